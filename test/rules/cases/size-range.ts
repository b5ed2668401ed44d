import { INDEX, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "zero size", doc: edit(MANIFEST, `"size": 7023`, `"size": 0`) }],
  invalid: [
    { name: "negative layer size", doc: edit(MANIFEST, `"size": 32654`, `"size": ▶-1`), pointer: "/layers/0/size", message: /-1/ },
    { name: "negative size in an index entry", doc: edit(INDEX, `"size": 7143`, `"size": ▶-7143`), pointer: "/manifests/0/size", message: /-7143/ },
    { name: "fractional size", doc: edit(MANIFEST, `"size": 7023`, `"size": ▶70.5`), pointer: "/config/size", message: /integer/ },
  ],
} satisfies RuleCases;
