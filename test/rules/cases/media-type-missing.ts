import { INDEX, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest with mediaType", doc: MANIFEST }, { name: "index with mediaType", doc: INDEX }],
  invalid: [
    {
      name: "manifest without mediaType",
      doc: "▶" + edit(MANIFEST, `  "mediaType": "application/vnd.oci.image.manifest.v1+json",\n  "config"`, `  "config"`),
      pointer: "",
      message: `manifest should set "mediaType": "application/vnd.oci.image.manifest.v1+json"`,
    },
  ],
} satisfies RuleCases;
