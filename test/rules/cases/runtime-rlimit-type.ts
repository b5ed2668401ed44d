import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const RLIMIT = `{\n        "type": "RLIMIT_NOFILE",\n        "hard": 1024,\n        "soft": 1024\n      }`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "several types", doc: edit(RUNTIME_CONFIG, RLIMIT, `${RLIMIT},\n      { "type": "RLIMIT_CORE", "hard": 0, "soft": 0 },\n      { "type": "RLIMIT_NPROC", "hard": 4096, "soft": 4096 }`) },
    { name: "RLIMIT_VMEM on Solaris", doc: edit(edit(RUNTIME_CONFIG, `"RLIMIT_NOFILE"`, `"RLIMIT_VMEM"`), `"hostname": "runc",`, `"hostname": "runc",\n  "solaris": { "milestone": "svc:/milestone/container:default" },`) },
  ],
  invalid: [
    { name: "without the prefix", doc: edit(RUNTIME_CONFIG, `"type": "RLIMIT_NOFILE"`, `"type": ▶"NOFILE"`), pointer: "/process/rlimits/0/type", message: `"NOFILE" is not a Linux resource limit; did you mean "RLIMIT_NOFILE"?` },
    { name: "Solaris-only type on Linux", doc: edit(RUNTIME_CONFIG, `"type": "RLIMIT_NOFILE"`, `"type": ▶"RLIMIT_VMEM"`), pointer: "/process/rlimits/0/type", message: `"RLIMIT_VMEM" is a Solaris resource limit, not a Linux one` },
    { name: "set twice", doc: edit(RUNTIME_CONFIG, RLIMIT, `${RLIMIT},\n      { "type": ▶"RLIMIT_NOFILE", "hard": 4096, "soft": 4096 }`), pointer: "/process/rlimits/1/type", message: "RLIMIT_NOFILE is already set by rlimits[0]" },
  ],
} satisfies RuleCases;
