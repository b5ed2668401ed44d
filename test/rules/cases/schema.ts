import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest", doc: MANIFEST }],
  invalid: [
    { name: "urls given as an empty string list item of wrong type", doc: edit(MANIFEST, `"size": 32654`, `"size": 32654,\n      "urls": ▶"https://example.com"`), pointer: "/layers/0/urls", message: /array/ },
  ],
} satisfies RuleCases;
