import { CONFIG, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest", doc: MANIFEST }, { name: "config with null optional fields", doc: edit(CONFIG, `"author": "Example Builders <builders@example.com>"`, `"author": null`) }],
  invalid: [
    { name: "layers is an object", doc: edit(MANIFEST, `"annotations": {`, `"x": 1, "annotations": {`).replace(/"layers": \[[\s\S]*?\n  \],/, `"layers": ▶{},`), pointer: "/layers", message: /array/ },
    { name: "Entrypoint is a string", doc: edit(CONFIG, `"Entrypoint": ["/app/server"]`, `"Entrypoint": ▶"/app/server"`), pointer: "/config/Entrypoint", message: /array/ },
  ],
} satisfies RuleCases;
