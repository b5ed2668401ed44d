import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L014",
  name: "graph-limits",
  title: "The descriptor graph exceeds ocilint's depth or size limits",
  description:
    "A graph nested or sized beyond any real image is treated as hostile input and is not walked further.",
  category: "layout",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
