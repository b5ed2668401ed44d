import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T016",
  name: "sparse-entry",
  title: "A layer contains a sparse file",
  description:
    "Layers SHOULD NOT contain sparse files, because not every implementation supports them.",
  category: "content",
  spec: "image-spec layer.md#file-attributes",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
