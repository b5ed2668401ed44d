import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T001",
  name: "layer-compression-mismatch",
  title: "A layer's bytes do not match the compression its media type names",
  description:
    "+gzip layers start with the gzip magic 1f 8b, +zstd layers with 28 b5 2f fd, and plain tar layers with neither. Runtimes choose the decompressor from the media type.",
  category: "content",
  spec: "image-spec layer.md; media-types.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
