import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const volumes = (body: string) => edit(CONFIG, `"StopSignal": "SIGTERM"`, `"StopSignal": "SIGTERM",\n    "Volumes": { ${body} }`);

export default {
  valid: [
    { name: "no volumes", doc: CONFIG },
    { name: "a data volume", doc: volumes(`"/var/lib/app": {}`) },
    { name: "paths that only start like a sensitive one", doc: volumes(`"/devdata": {}, "/srv/proc": {}, "/var/run/app.sock": {}`) },
  ],
  invalid: [
    { name: "the root", doc: volumes(`▶"/": {}`), pointer: "/config/Volumes/~1", message: 'Volumes declares "/", the whole root filesystem' },
    { name: "/dev", doc: volumes(`"/data": {}, ▶"/dev": {}`), pointer: "/config/Volumes/~1dev", message: 'Volumes declares "/dev", the device directory' },
    { name: "/proc with a trailing slash", doc: volumes(`▶"/proc/": {}`), pointer: "/config/Volumes/~1proc~1", message: 'Volumes declares "/proc/", the process filesystem' },
    { name: "/sys", doc: volumes(`▶"/sys": {}`), pointer: "/config/Volumes/~1sys", message: 'Volumes declares "/sys", the kernel\'s sysfs' },
    { name: "the docker socket", doc: volumes(`▶"/var/run/docker.sock": {}`), pointer: "/config/Volumes/~1var~1run~1docker.sock", message: 'Volumes declares "/var/run/docker.sock", the Docker daemon\'s socket' },
    { name: "the docker socket under /run", kind: "docker-config", doc: volumes(`▶"/run/docker.sock": {}`), pointer: "/config/Volumes/~1run~1docker.sock", message: 'Volumes declares "/run/docker.sock", the Docker daemon\'s socket' },
  ],
} satisfies RuleCases;
