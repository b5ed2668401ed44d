import { INDEX, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest", doc: MANIFEST }, { name: "index", doc: INDEX }],
  invalid: [
    {
      name: "index media type on a manifest forced to manifest",
      kind: "manifest",
      doc: edit(MANIFEST, `"mediaType": "application/vnd.oci.image.manifest.v1+json",\n  "config"`, `"mediaType": ▶"application/vnd.oci.image.index.v1+json",\n  "config"`),
      pointer: "/mediaType",
      message: `mediaType of an image manifest must be "application/vnd.oci.image.manifest.v1+json", found "application/vnd.oci.image.index.v1+json"`,
    },
    {
      name: "Docker list type on an OCI index",
      kind: "index",
      doc: edit(INDEX, `"mediaType": "application/vnd.oci.image.index.v1+json"`, `"mediaType": ▶"application/vnd.docker.distribution.manifest.list.v2+json"`),
      pointer: "/mediaType",
      message: /must be "application\/vnd.oci.image.index.v1\+json"/,
    },
  ],
} satisfies RuleCases;
