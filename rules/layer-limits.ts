import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T003",
  name: "layer-limits",
  title: "A layer exceeds the decompression size or ratio limit",
  description:
    "A layer that expands beyond the limits is treated as a decompression bomb and not read further.",
  category: "security",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
