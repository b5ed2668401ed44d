import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T002",
  name: "layer-decompress",
  title: "A layer cannot be decompressed",
  description:
    "The compressed stream is corrupt or truncated.",
  category: "content",
  spec: "image-spec layer.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
