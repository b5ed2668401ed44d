import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const SYS = `{
      "destination": "/sys",
      "type": "sysfs",
      "source": "sysfs",
      "options": [
        "nosuid",
        "noexec",
        "nodev",
        "ro"
      ]
    }`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "rootless /sys bind", doc: edit(RUNTIME_CONFIG, SYS, `{ "destination": "/sys", "type": "none", "source": "/sys", "options": ["rbind", "nosuid", "noexec", "nodev", "ro"] }`) },
    { name: "/proc/sys masked", doc: edit(RUNTIME_CONFIG, `"/proc/sys",\n      "/proc/sysrq-trigger"\n    ]`, `"/proc/sysrq-trigger"\n    ]`).replace(`"/sys/firmware"`, `"/sys/firmware", "/proc/sys"`) },
  ],
  invalid: [
    { name: "read-write sysfs", doc: edit(RUNTIME_CONFIG, SYS, `▶{ "destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev"] }`), pointer: "/mounts/3", message: `/sys (sysfs) is mounted read-write; add "ro" to its options` },
    { name: "no read-only paths under /proc (docker --privileged)", doc: edit(edit(RUNTIME_CONFIG, `"/proc/sys",\n      "/proc/sysrq-trigger"\n    ]`, `"/proc/fs"\n    ]`).replace(`"/proc/fs",\n      "/proc/fs"`, `"/proc/fs"`), `{\n      "destination": "/proc",`, `▶{\n      "destination": "/proc",`), pointer: "/mounts/0", message: "/proc/sys and /proc/sysrq-trigger are writable under /proc; list them in linux.readonlyPaths" },
    { name: "host /proc bound in", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",`).replace(SYS, `${SYS},\n    ▶{ "destination": "/host/proc", "type": "bind", "source": "/proc", "options": ["rbind"] }`), pointer: "/mounts/4", message: "/proc/sys and /proc/sysrq-trigger are writable under /host/proc; list them in linux.readonlyPaths" },
  ],
} satisfies RuleCases;
