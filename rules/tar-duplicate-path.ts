import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T005",
  name: "tar-duplicate-path",
  title: "A layer has two entries for the same path",
  description:
    "Layer archives MUST NOT contain duplicate entries for a path; tools disagree on which one wins.",
  category: "content",
  spec: "image-spec layer.md#distributable-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
