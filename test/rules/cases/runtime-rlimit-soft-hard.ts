import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "equal", doc: RUNTIME_CONFIG },
    { name: "soft below an infinite hard limit", doc: edit(RUNTIME_CONFIG, `"hard": 1024`, `"hard": 18446744073709551615`) },
  ],
  invalid: [
    { name: "soft above hard", doc: edit(RUNTIME_CONFIG, `"soft": 1024`, `"soft": ▶4096`), pointer: "/process/rlimits/0/soft", message: "RLIMIT_NOFILE soft limit 4096 is above the hard limit 1024" },
  ],
} satisfies RuleCases;
