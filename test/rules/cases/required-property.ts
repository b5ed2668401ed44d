import { CONFIG, INDEX, MANIFEST, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest", doc: MANIFEST }, { name: "index", doc: INDEX }, { name: "config", doc: CONFIG }],
  invalid: [
    {
      name: "config descriptor without digest",
      doc: edit(MANIFEST, `"config": {\n    "mediaType": "application/vnd.oci.image.config.v1+json",\n    "digest": "${SHA_A}",`, `"config": ▶{\n    "mediaType": "application/vnd.oci.image.config.v1+json",`),
      pointer: "/config",
      message: /"digest"/,
    },
    {
      name: "index without manifests",
      kind: "index",
      doc: `▶{\n  "schemaVersion": 2,\n  "mediaType": "application/vnd.oci.image.index.v1+json"\n}\n`,
      pointer: "",
      message: /"manifests"/,
    },
    {
      name: "config without os",
      doc: edit(CONFIG, `  "os": "linux",\n`, "").replace(/^\{/, "▶{"),
      pointer: "",
      message: /"os"/,
    },
  ],
} satisfies RuleCases;
