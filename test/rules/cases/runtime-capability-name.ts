import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const BOUNDING = `"bounding": [\n        "CAP_AUDIT_WRITE",`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "the newest capability", doc: edit(RUNTIME_CONFIG, BOUNDING, `"bounding": [\n        "CAP_CHECKPOINT_RESTORE",\n        "CAP_AUDIT_WRITE",`) },
  ],
  invalid: [
    { name: "Docker-style name without CAP_", doc: edit(RUNTIME_CONFIG, BOUNDING, `"bounding": [\n        ▶"NET_RAW",\n        "CAP_AUDIT_WRITE",`), pointer: "/process/capabilities/bounding/0", message: `"NET_RAW" is not a Linux capability; did you mean "CAP_NET_RAW"?` },
    { name: "lower case", doc: edit(RUNTIME_CONFIG, `"ambient": [\n        "CAP_AUDIT_WRITE",`, `"ambient": [\n        ▶"cap_audit_write",`), pointer: "/process/capabilities/ambient/0", message: `"cap_audit_write" is not a Linux capability; did you mean "CAP_AUDIT_WRITE"?` },
    { name: "invented", doc: edit(RUNTIME_CONFIG, BOUNDING, `"bounding": [\n        ▶"CAP_EVERYTHING",\n        "CAP_AUDIT_WRITE",`), pointer: "/process/capabilities/bounding/0", message: `"CAP_EVERYTHING" is not a Linux capability` },
  ],
} satisfies RuleCases;
