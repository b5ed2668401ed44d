import { defineRule, presetsFor } from "./defineRule.js";

export default defineRule({
  id: "OCI-K102",
  name: "docker-schema1-layers",
  title: "A schema 1 manifest's history and fsLayers differ in length",
  description:
    "In a Docker schema 1 manifest, history[i] carries the v1 metadata of the layer fsLayers[i], so both lists MUST have the same length; a client that pairs them up fails or builds the wrong image otherwise.",
  category: "spec",
  spec: "distribution docs/spec/manifest-v2-1.md#manifest-field-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["docker-manifest-schema1"],
  check(ctx) {
    const layers = ctx.node["fsLayers"];
    const history = ctx.node["history"];
    if (!Array.isArray(layers) || !Array.isArray(history) || layers.length === history.length) return;
    ctx.report({ pointer: "/history", message: `history has ${history.length} ${history.length === 1 ? "entry" : "entries"} but fsLayers has ${layers.length}; they pair up one to one` });
  },
});
