import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T009",
  name: "whiteout-order",
  title: "A whiteout comes after entries it could affect",
  description:
    "Whiteouts SHOULD come before sibling entries in the same directory so that streaming extractors apply them first.",
  category: "content",
  spec: "image-spec layer.md#whiteouts",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
