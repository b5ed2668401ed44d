import { INDEX, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest with 2", doc: MANIFEST }, { name: "index with 2", doc: INDEX }],
  invalid: [
    { name: "manifest with 1", doc: edit(MANIFEST, `"schemaVersion": 2`, `"schemaVersion": ▶1`), pointer: "/schemaVersion", message: /2/ },
    { name: "index with the string \"2\"", doc: edit(INDEX, `"schemaVersion": 2`, `"schemaVersion": ▶"2"`), pointer: "/schemaVersion", message: /2/ },
  ],
} satisfies RuleCases;
