import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T007",
  name: "whiteout-bare",
  title: "A whiteout names nothing (a bare .wh.)",
  description:
    "A .wh. prefix with no name after it deletes nothing and is invalid; some tools take it to delete the whole directory.",
  category: "content",
  spec: "image-spec layer.md#whiteouts",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
