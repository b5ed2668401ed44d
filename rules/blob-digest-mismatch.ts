import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L003",
  name: "blob-digest-mismatch",
  title: "A blob's content does not hash to its digest",
  description:
    "The bytes of blobs/<alg>/<encoded> MUST hash to <alg>:<encoded>, and content whose digest differs from its descriptor must not be trusted. This holds for every blob, referenced or not.",
  category: "digest",
  spec: "image-spec image-layout.md#blobs; descriptor.md#verification",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
