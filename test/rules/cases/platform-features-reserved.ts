import { INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "no features", doc: INDEX }],
  invalid: [
    { name: "features in an OCI index", doc: edit(INDEX, `"os": "linux",\n        "variant": "v8"`, `"os": "linux",\n        "variant": "v8",\n        ▶"features": ["sse4"]`), pointer: "/manifests/1/platform/features", message: "platform.features is reserved in OCI; leave it out" },
  ],
} satisfies RuleCases;
