import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "distributable layers", doc: MANIFEST }],
  invalid: [
    {
      name: "nondistributable gzip layer",
      doc: edit(MANIFEST, `"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip"`, `"mediaType": ▶"application/vnd.oci.image.layer.nondistributable.v1.tar+gzip"`),
      pointer: "/layers/0/mediaType",
      message: /is deprecated/,
    },
  ],
} satisfies RuleCases;
