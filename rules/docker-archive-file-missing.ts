import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y002",
  name: "docker-archive-file-missing",
  title: "A file that manifest.json names is not in the archive",
  description:
    "Every Config and Layers path in manifest.json must be a file in the archive; a loader that cannot find one fails to load the image.",
  category: "layout",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
