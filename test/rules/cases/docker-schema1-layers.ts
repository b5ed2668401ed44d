import { SCHEMA1_MANIFEST } from "../../docker/documents.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "one history entry per layer", doc: SCHEMA1_MANIFEST }],
  invalid: [
    {
      name: "a history entry missing",
      doc: SCHEMA1_MANIFEST.replace(/"history": \[\n    (\{[^\n]*\}),\n    \{[^\n]*\}\n  \]/, '"history": ▶[\n    $1\n  ]'),
      pointer: "/history",
      message: "history has 1 entry but fsLayers has 2; they pair up one to one",
    },
  ],
} satisfies RuleCases;
