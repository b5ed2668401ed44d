import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y006",
  name: "docker-archive-repositories",
  title: "The legacy repositories file disagrees with manifest.json",
  description:
    "repositories maps each repository and tag to the ID of the image's top layer, for loaders older than Docker 1.10. When it names a tag manifest.json lacks, lacks one it has, or points at another layer, old and new loaders tag different images.",
  category: "layout",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
