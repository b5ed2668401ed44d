import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "no listener", doc: RUNTIME_CONFIG },
    { name: "listener with metadata", doc: edit(RUNTIME_CONFIG, `"defaultErrnoRet": 1,`, `"defaultErrnoRet": 1,\n      "listenerPath": "/run/seccomp-agent.sock",\n      "listenerMetadata": "MKNOD=/dev/null",`) },
  ],
  invalid: [
    { name: "metadata without a listener", doc: edit(RUNTIME_CONFIG, `"defaultErrnoRet": 1,`, `"defaultErrnoRet": 1,\n      "listenerMetadata": ▶"MKNOD=/dev/null",`), pointer: "/linux/seccomp/listenerMetadata", message: "listenerMetadata is set but listenerPath is not; the metadata would never reach a seccomp agent" },
  ],
} satisfies RuleCases;
