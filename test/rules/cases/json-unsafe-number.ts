import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "the largest safe integer", doc: edit(MANIFEST, `"size": 7023`, `"size": 9007199254740991`) }],
  invalid: [
    { name: "a size above 2^53", doc: edit(MANIFEST, `"size": 7023`, `"size": ▶9007199254740993`), pointer: "/config/size", message: /9007199254740993/ },
  ],
} satisfies RuleCases;
