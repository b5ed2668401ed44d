import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y008",
  name: "docker-archive-parent",
  title: "A manifest.json Parent is not another image in the archive",
  description:
    "Parent names the image ID (the sha256 of the config) of the image this one was built on, and docker save writes it only when that image is in the same archive. docker load fails when it cannot find the parent.",
  category: "layout",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
