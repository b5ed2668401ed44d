import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "errno default with its errno", doc: RUNTIME_CONFIG },
    { name: "trace with an errno", doc: edit(RUNTIME_CONFIG, `"action": "SCMP_ACT_ALLOW"`, `"action": "SCMP_ACT_TRACE",\n          "errnoRet": 38`) },
    { name: "notify", doc: edit(RUNTIME_CONFIG, `"action": "SCMP_ACT_ALLOW"`, `"action": "SCMP_ACT_NOTIFY"`) },
  ],
  invalid: [
    { name: "unknown default action", doc: edit(RUNTIME_CONFIG, `"defaultAction": "SCMP_ACT_ERRNO"`, `"defaultAction": ▶"SCMP_ACT_DENY"`), pointer: "/linux/seccomp/defaultAction", message: `"SCMP_ACT_DENY" is not a seccomp action` },
    { name: "action without prefix", doc: edit(RUNTIME_CONFIG, `"action": "SCMP_ACT_ALLOW"`, `"action": ▶"allow"`), pointer: "/linux/seccomp/syscalls/0/action", message: `"allow" is not a seccomp action; did you mean "SCMP_ACT_ALLOW"?` },
    { name: "errno on an allow rule", doc: edit(RUNTIME_CONFIG, `"action": "SCMP_ACT_ALLOW"`, `"action": "SCMP_ACT_ALLOW",\n          "errnoRet": ▶1`), pointer: "/linux/seccomp/syscalls/0/errnoRet", message: "errnoRet is set but SCMP_ACT_ALLOW takes no errno; only SCMP_ACT_ERRNO and SCMP_ACT_TRACE do" },
    { name: "default errno on a kill default", doc: edit(RUNTIME_CONFIG, `"defaultAction": "SCMP_ACT_ERRNO",\n      "defaultErrnoRet": 1`, `"defaultAction": "SCMP_ACT_KILL_PROCESS",\n      "defaultErrnoRet": ▶1`), pointer: "/linux/seccomp/defaultErrnoRet", message: "defaultErrnoRet is set but SCMP_ACT_KILL_PROCESS takes no errno; only SCMP_ACT_ERRNO and SCMP_ACT_TRACE do" },
  ],
} satisfies RuleCases;
