import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "two layer entries, one empty", doc: CONFIG }, { name: "no history", doc: CONFIG.replace(/,\n  "history": \[[\s\S]*?\n  \]/, "") }],
  invalid: [
    { name: "ENV entry not marked empty", doc: edit(edit(CONFIG, `, "empty_layer": true }`, ` }`), `"history": [`, `"history": ▶[`), pointer: "/history", message: "3 history entries create layers but rootfs.diff_ids lists 2" },
  ],
} satisfies RuleCases;
