import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "OCI types only", doc: MANIFEST }],
  invalid: [
    {
      name: "Docker layer type in an OCI manifest",
      doc: edit(MANIFEST, `"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip"`, `"mediaType": ▶"application/vnd.docker.image.rootfs.diff.tar.gzip"`),
      pointer: "/layers/0/mediaType",
      message: `Docker media type "application/vnd.docker.image.rootfs.diff.tar.gzip" inside an OCI manifest`,
    },
  ],
} satisfies RuleCases;
