import { ARTIFACT, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "gzip and zstd layers", doc: MANIFEST },
    { name: "artifact layers may be anything", doc: ARTIFACT },
    { name: "uncompressed tar", doc: edit(MANIFEST, `"application/vnd.oci.image.layer.v1.tar+gzip"`, `"application/vnd.oci.image.layer.v1.tar"`) },
  ],
  invalid: [
    {
      name: "an image with a JSON layer",
      doc: edit(MANIFEST, `"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip"`, `"mediaType": ▶"application/vnd.example.data+json"`),
      pointer: "/layers/0/mediaType",
      message: `layer media type "application/vnd.example.data+json" is not one of the OCI or Docker layer types (tar, tar+gzip, tar+zstd) that runtimes unpack`,
    },
  ],
} satisfies RuleCases;
