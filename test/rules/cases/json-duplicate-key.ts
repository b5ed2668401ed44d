import { MANIFEST, SHA_C } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "the same key in sibling objects", doc: MANIFEST }],
  invalid: [
    {
      name: "config digest given twice",
      doc: edit(MANIFEST, `"size": 7023\n`, `"size": 7023,\n    ▶"digest": "${SHA_C}"\n`),
      pointer: "/config/digest",
      message: /duplicate key "digest" \(first at line 6, column 5\)/,
    },
  ],
} satisfies RuleCases;
