import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y003",
  name: "docker-archive-path-escape",
  title: "A path in a docker-archive leads outside the archive",
  description:
    "Paths in manifest.json and link targets in the archive are relative to the archive's root. An absolute path, a .. that climbs above the root, or a link that leads outside makes a loader read some other file, or nothing.",
  category: "security",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
