import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const USERNS = `"type": "mount"\n      }`;
const MAPPINGS = `"uidMappings": [{ "containerID": 0, "hostID": 100000, "size": 65536 }],\n    "gidMappings": [{ "containerID": 0, "hostID": 100000, "size": 65536 }],\n    "namespaces"`;
const ROOTLESS = edit(edit(RUNTIME_CONFIG, USERNS, `"type": "mount"\n      },\n      {\n        "type": "user"\n      }`), `"namespaces"`, MAPPINGS);

export default {
  valid: [
    { name: "no user namespace, no mappings", doc: RUNTIME_CONFIG },
    { name: "user namespace with both mappings", doc: ROOTLESS },
    { name: "joined user namespace takes its mappings", doc: edit(RUNTIME_CONFIG, USERNS, `"type": "mount"\n      },\n      { "type": "user", "path": "/proc/4242/ns/user" }`) },
    { name: "id-mapped mount with its own mappings", doc: edit(RUNTIME_CONFIG, `"destination": "/dev/pts",`, `"destination": "/dev/pts",\n      "uidMappings": [{ "containerID": 0, "hostID": 1000, "size": 1 }],\n      "gidMappings": [{ "containerID": 0, "hostID": 1000, "size": 1 }],`) },
    { name: "idmap mount using the container's user namespace", doc: edit(ROOTLESS, `"nosuid",\n        "noexec",\n        "newinstance"`, `"idmap",\n        "nosuid",\n        "noexec",\n        "newinstance"`) },
  ],
  invalid: [
    { name: "user namespace without mappings", doc: edit(RUNTIME_CONFIG, USERNS, `"type": "mount"\n      },\n      ▶{\n        "type": "user"\n      }`), pointer: "/linux/namespaces/5", message: "a new user namespace needs uidMappings and gidMappings" },
    { name: "user namespace without gidMappings", doc: edit(edit(ROOTLESS, `"gidMappings": [{ "containerID": 0, "hostID": 100000, "size": 65536 }],\n    `, ""), `{\n        "type": "user"`, `▶{\n        "type": "user"`), pointer: "/linux/namespaces/5", message: "a new user namespace needs gidMappings" },
    { name: "mappings without a user namespace", doc: edit(RUNTIME_CONFIG, `"namespaces"`, `"uidMappings": ▶[{ "containerID": 0, "hostID": 100000, "size": 65536 }],\n    "namespaces"`), pointer: "/linux/uidMappings", message: `uidMappings without a user namespace maps nothing; add {"type": "user"} to linux.namespaces` },
    { name: "mount with only uidMappings", doc: edit(RUNTIME_CONFIG, `"destination": "/dev/pts",`, `"destination": "/dev/pts",\n      "uidMappings": ▶[{ "containerID": 0, "hostID": 1000, "size": 1 }],`), pointer: "/mounts/2/uidMappings", message: "mount sets uidMappings without gidMappings; they must be given together" },
    { name: "idmap mount with nothing to map", doc: edit(RUNTIME_CONFIG, `"nosuid",\n        "noexec",\n        "newinstance"`, `▶"idmap",\n        "nosuid",\n        "noexec",\n        "newinstance"`), pointer: "/mounts/2/options/0", message: `"idmap" needs uidMappings and gidMappings on the mount or a user namespace for the container` },
  ],
} satisfies RuleCases;
