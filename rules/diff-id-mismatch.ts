import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-C004",
  name: "diff-id-mismatch",
  title: "A layer's uncompressed digest differs from its diff_id",
  description:
    "diff_ids[i] is the digest of the uncompressed tar of layers[i]; a runtime that verifies it refuses the image.",
  category: "digest",
  spec: "image-spec config.md#layer-diffid",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
