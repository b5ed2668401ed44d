import { ARTIFACT, MANIFEST } from "../../helpers/documents.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "two layers", doc: MANIFEST }, { name: "artifact with one layer", doc: ARTIFACT }],
  invalid: [
    {
      name: "no layers",
      doc: MANIFEST.replace(/"layers": \[[\s\S]*?\n  \],/, `"layers": ▶[],`),
      pointer: "/layers",
      message: "layers is empty; for portability add at least one layer (the empty descriptor for artifacts)",
    },
  ],
} satisfies RuleCases;
