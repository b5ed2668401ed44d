import { MANIFEST, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "sha256", doc: MANIFEST }, { name: "sha512", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": "sha512:${"cd".repeat(64)}"`) }],
  invalid: [
    {
      name: "sha384",
      doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": ▶"sha384:${"ab".repeat(48)}"`),
      pointer: "/config/digest",
      message: `digest algorithm "sha384" is not registered (sha256, sha512, blake3); most clients cannot verify it`,
    },
  ],
} satisfies RuleCases;
