import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "no paths", doc: RUNTIME_CONFIG },
    { name: "matching /proc paths", doc: edit(edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": "/proc/4242/ns/net"`), `"type": "pid"`, `"type": "pid",\n        "path": "/proc/4242/ns/pid_for_children"`) },
    { name: "a named network namespace", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": "/var/run/netns/web"`) },
  ],
  invalid: [
    { name: "network entry joining a pid namespace", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": ▶"/proc/4242/ns/pid"`), pointer: "/linux/namespaces/1/path", message: "/proc/4242/ns/pid is a namespace of type pid, not network" },
    { name: "mount entry joining a thread's uts namespace", doc: edit(RUNTIME_CONFIG, `"type": "mount"`, `"type": "mount",\n        "path": ▶"/proc/4242/task/4250/ns/uts"`), pointer: "/linux/namespaces/4/path", message: "/proc/4242/task/4250/ns/uts is a namespace of type uts, not mount" },
  ],
} satisfies RuleCases;
