import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "non-ASCII text in an annotation", doc: edit(MANIFEST, `"value1"`, `"Grüße, 世界 🚀"`) },
    { name: "an escaped surrogate pair", doc: edit(MANIFEST, `"value1"`, `"\\ud83d\\ude80"`) },
  ],
  invalid: [
    { name: "a lone escaped surrogate", doc: edit(MANIFEST, `"value1"`, `▶"\\ud800"`), pointer: "/annotations/com.example.key1", message: /surrogate/ },
  ],
} satisfies RuleCases;
