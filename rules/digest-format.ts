import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S006",
  name: "digest-format",
  title: "A digest does not follow the digest grammar or its algorithm's encoding",
  description:
    "A digest is algorithm:encoded; the registered algorithms fix the encoding (sha256 and blake3: 64 lowercase hex, sha512: 128). The official schemas check only the grammar inside manifests; ocilint checks the algorithm too.",
  category: "digest",
  spec: "image-spec descriptor.md#digests",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
