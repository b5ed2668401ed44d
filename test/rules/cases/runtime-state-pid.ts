import { RUNTIME_STATE } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "running with pid", doc: RUNTIME_STATE },
    { name: "stopped without pid", doc: edit(edit(RUNTIME_STATE, `"running"`, `"stopped"`), `"pid": 4422,\n  `, "") },
    { name: "being created without pid", doc: edit(edit(RUNTIME_STATE, `"running"`, `"creating"`), `"pid": 4422,\n  `, "") },
  ],
  invalid: [
    { name: "created without pid", doc: "▶" + edit(edit(RUNTIME_STATE, `"running"`, `"created"`), `"pid": 4422,\n  `, ""), pointer: "", message: "the state of a created container needs its pid" },
  ],
} satisfies RuleCases;
