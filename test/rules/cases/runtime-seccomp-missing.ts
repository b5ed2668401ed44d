import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const PROFILE = RUNTIME_CONFIG.slice(RUNTIME_CONFIG.indexOf(`    "seccomp": {`), RUNTIME_CONFIG.indexOf(`    "maskedPaths"`));

export default {
  valid: [
    { name: "a profile that denies by default", doc: RUNTIME_CONFIG },
    { name: "allow by default, deny some", doc: edit(edit(RUNTIME_CONFIG, `"defaultAction": "SCMP_ACT_ERRNO",\n      "defaultErrnoRet": 1,`, `"defaultAction": "SCMP_ACT_ALLOW",`), `"action": "SCMP_ACT_ALLOW"`, `"action": "SCMP_ACT_ERRNO"`) },
    { name: "Windows", doc: WINDOWS_CONFIG },
  ],
  invalid: [
    { name: "no profile (runc spec)", doc: edit(edit(RUNTIME_CONFIG, PROFILE, ""), `"linux": {`, `"linux": ▶{`), pointer: "/linux", message: "no seccomp profile: the container can make every system call" },
    { name: "a profile that allows everything", doc: edit(RUNTIME_CONFIG, `"defaultAction": "SCMP_ACT_ERRNO",\n      "defaultErrnoRet": 1,`, `"defaultAction": ▶"SCMP_ACT_ALLOW",`), pointer: "/linux/seccomp/defaultAction", message: "the seccomp profile allows every system call (SCMP_ACT_ALLOW and no rule that denies one)" },
  ],
} satisfies RuleCases;
