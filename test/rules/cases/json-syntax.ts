import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "a well-formed manifest", doc: MANIFEST }],
  invalid: [
    { name: "trailing comma", doc: edit(MANIFEST, `"size": 7023\n  },`, `"size": 7023,\n  ▶},`), pointer: "/config", message: /expected/ },
    { name: "unterminated document", doc: `{"schemaVersion": 2,▶`, pointer: undefined, message: /end of input/ },
    { name: "single quotes", doc: `{▶'schemaVersion': 2}`, pointer: undefined, message: /expected/ },
  ],
} satisfies RuleCases;
