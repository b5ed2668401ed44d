import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y007",
  name: "docker-archive-legacy-layer",
  title: "A legacy layer directory in a docker-archive is incomplete or inconsistent",
  description:
    "docker save also writes one directory per layer, named by its legacy ID, holding VERSION (1.0), json (the layer's v1 metadata with its id and parent) and layer.tar. Loaders that predate manifest.json read only these directories.",
  category: "layout",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
