import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T008",
  name: "whiteout-with-entry",
  title: "A layer both deletes and creates the same path",
  description:
    "A whiteout only hides lower layers; a whiteout and an entry for the same path in one layer contradict each other.",
  category: "content",
  spec: "image-spec layer.md#whiteouts",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
