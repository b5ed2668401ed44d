import { INDEX, MANIFEST, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "manifest", doc: MANIFEST }, { name: "index", doc: INDEX }],
  invalid: [
    {
      name: "manifest that also lists manifests",
      doc: edit(MANIFEST, `  "annotations": {`, `  ▶"manifests": [],\n  "annotations": {`),
      pointer: "/manifests",
      message: /"manifests" belongs to an image index/,
    },
    {
      name: "index that also has a config",
      doc: edit(INDEX, `  "annotations": {`, `  ▶"config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "${SHA_A}", "size": 1},\n  "annotations": {`),
      pointer: "/config",
      message: /"config" belongs to an image manifest/,
    },
  ],
} satisfies RuleCases;
