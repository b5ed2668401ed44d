import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T017",
  name: "pax-path-override",
  title: "A PAX header renames an entry outside the root",
  description:
    "A PAX path or linkpath record that differs from the header name and escapes the root hides the real destination from tools that read only the header.",
  category: "security",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
