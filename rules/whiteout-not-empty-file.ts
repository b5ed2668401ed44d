import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T006",
  name: "whiteout-not-empty-file",
  title: "A whiteout entry is not an empty regular file",
  description:
    "Whiteouts are empty regular files named .wh.<name>; any other entry with that name is not a valid whiteout.",
  category: "content",
  spec: "image-spec layer.md#whiteouts",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
