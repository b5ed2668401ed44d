import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "plain integers", doc: MANIFEST }],
  invalid: [
    { name: "schemaVersion 2.0", doc: edit(MANIFEST, `"schemaVersion": 2`, `"schemaVersion": ▶2.0`), pointer: "/schemaVersion", message: "integer written as 2.0; write it without a fraction or exponent" },
    { name: "size in exponent form", doc: edit(MANIFEST, `"size": 16724`, `"size": ▶16724e0`), pointer: "/layers/1/size", message: /16724e0/ },
  ],
} satisfies RuleCases;
