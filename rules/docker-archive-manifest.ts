import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y001",
  name: "docker-archive-manifest",
  title: "A docker-archive's manifest.json is missing or malformed",
  description:
    "manifest.json is the index of a docker-archive: a list of images, each naming its Config file, its RepoTags and its Layers files in order. Without it, or when its entries have the wrong shape, skopeo, podman and containerd cannot load the archive, and docker load falls back to the pre-1.10 legacy format.",
  category: "layout",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
