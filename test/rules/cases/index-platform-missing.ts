import { INDEX } from "../../helpers/documents.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "platforms on images, none on the signature artifact", doc: INDEX }],
  invalid: [
    {
      name: "image entry without platform",
      doc: INDEX.replace(/(\n    )\{\n      "mediaType": "application\/vnd.oci.image.manifest.v1\+json",\n      "digest": "sha256:6c3c[0-9a-f]+",\n      "size": 7143,\n      "platform": \{\n        "architecture": "amd64",\n        "os": "linux"\n      \}/, `$1▶{\n      "mediaType": "application/vnd.oci.image.manifest.v1+json",\n      "digest": "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b",\n      "size": 7143`),
      pointer: "/manifests/0",
      message: "index entry for an image manifest has no platform",
    },
  ],
} satisfies RuleCases;
