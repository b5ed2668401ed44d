import { MANIFEST, SHA_B } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "sha256", doc: MANIFEST }],
  invalid: [
    { name: "sha512 layer", doc: edit(MANIFEST, `"digest": "${SHA_B}"`, `"digest": ▶"sha512:${"cd".repeat(64)}"`), pointer: "/layers/0/digest", message: /sha512 digest: valid, but only sha256/ },
  ],
} satisfies RuleCases;
