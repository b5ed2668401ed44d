import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "Windows (runtime-path-absolute's business)", doc: WINDOWS_CONFIG },
  ],
  invalid: [
    { name: "relative destination", doc: edit(RUNTIME_CONFIG, `"destination": "/dev/pts"`, `"destination": ▶"dev/pts"`), pointer: "/mounts/2/destination", message: `mount destination "dev/pts" is relative; relative destinations are deprecated (write "/dev/pts")` },
    { name: "dot-relative destination", doc: edit(RUNTIME_CONFIG, `"destination": "/dev/pts"`, `"destination": ▶"./dev/pts"`), pointer: "/mounts/2/destination", message: `mount destination "./dev/pts" is relative; relative destinations are deprecated (write "/dev/pts")` },
  ],
} satisfies RuleCases;
