import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T010",
  name: "path-escape",
  title: "A layer entry's path escapes the root",
  description:
    "An absolute path or a path whose .. components climb above the root writes outside the container's filesystem in naive extractors.",
  category: "security",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
