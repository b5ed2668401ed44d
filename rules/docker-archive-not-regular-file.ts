import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y004",
  name: "docker-archive-not-regular-file",
  title: "A file that manifest.json names is a directory, a device or a link that leads nowhere",
  description:
    "A Config or Layers path must lead to a regular file in the archive. Loaders follow one symbolic link (Docker writes one for a layer it already saved) but refuse directories, devices, links to missing files and chains of links.",
  category: "security",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
