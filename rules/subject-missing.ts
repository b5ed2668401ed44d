import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L013",
  name: "subject-missing",
  title: "A subject is not in the layout",
  description:
    "The manifest that an artifact refers to through subject is not in the layout, so the artifact cannot be related to its image here.",
  category: "layout",
  spec: "image-spec manifest.md",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
