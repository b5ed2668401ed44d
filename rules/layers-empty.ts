import { defineRule, presetsFor } from "./defineRule.js";

export default defineRule({
  id: "OCI-M002",
  name: "layers-empty",
  title: "A manifest has no layers",
  description:
    "For portability, layers SHOULD have at least one entry; an artifact with no content can use the empty descriptor as its single layer. An empty array is valid (the official schema wrongly rejects it).",
  category: "portability",
  spec: "image-spec manifest.md#image-manifest-property-descriptions; artifacts-guidance.md",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["manifest", "docker-manifest"],
  check(ctx) {
    const layers = ctx.node["layers"];
    if (!Array.isArray(layers) || layers.length > 0) return;
    ctx.report({ pointer: "/layers", message: "layers is empty; for portability add at least one layer (the empty descriptor for artifacts)" });
  },
});
