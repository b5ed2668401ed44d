import { INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "platforms with variant", doc: INDEX }],
  invalid: [
    { name: "os.features is a string", doc: edit(INDEX, `"architecture": "amd64",`, `"architecture": "amd64",\n        "os.features": ▶"win32k",`), pointer: "/manifests/0/platform/os.features", message: /array/ },
  ],
} satisfies RuleCases;
