import { ARTIFACT } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "subject is a manifest", doc: ARTIFACT }, { name: "subject is an index", doc: edit(ARTIFACT, `"mediaType": "application/vnd.oci.image.manifest.v1+json",\n    "digest"`, `"mediaType": "application/vnd.oci.image.index.v1+json",\n    "digest"`) }],
  invalid: [
    {
      name: "subject is a layer",
      doc: edit(ARTIFACT, `"mediaType": "application/vnd.oci.image.manifest.v1+json",\n    "digest"`, `"mediaType": ▶"application/vnd.oci.image.layer.v1.tar+gzip",\n    "digest"`),
      pointer: "/subject/mediaType",
      message: `subject must point at a manifest or index, found media type "application/vnd.oci.image.layer.v1.tar+gzip"`,
    },
  ],
} satisfies RuleCases;
