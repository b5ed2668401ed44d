import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "every Linux type", doc: edit(RUNTIME_CONFIG, `"type": "mount"\n      }`, `"type": "mount"\n      },\n      { "type": "cgroup" },\n      { "type": "time" }`) },
    { name: "z/OS", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "zos": { "namespaces": [{ "type": "pid" }, { "type": "uts" }] },`) },
  ],
  invalid: [
    { name: "/proc name for the network namespace", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": ▶"net"`), pointer: "/linux/namespaces/1/type", message: `namespace type "net" is not a Linux namespace; did you mean "network"?` },
    { name: "capitalised", doc: edit(RUNTIME_CONFIG, `"type": "pid"`, `"type": ▶"PID"`), pointer: "/linux/namespaces/0/type", message: `namespace type "PID" is not a Linux namespace; did you mean "pid"?` },
    { name: "invented type", doc: edit(RUNTIME_CONFIG, `"type": "uts"`, `"type": ▶"kernel"`), pointer: "/linux/namespaces/3/type", message: `namespace type "kernel" is not a Linux namespace (pid, network, mount, ipc, uts, user, cgroup, time)` },
    { name: "Linux-only type on z/OS", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "zos": { "namespaces": [{ "type": ▶"network" }] },`), pointer: "/zos/namespaces/0/type", message: `namespace type "network" is not a z/OS namespace (pid, mount, ipc, uts)` },
  ],
} satisfies RuleCases;
