import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { NONDISTRIBUTABLE_LAYER_TYPES } from "../src/model/index.js";

export default defineRule({
  id: "OCI-M005",
  name: "nondistributable-layer",
  title: "A layer uses a deprecated nondistributable (foreign) media type",
  description:
    "The nondistributable layer types are deprecated: producers SHOULD NOT create new ones, and consumers must still accept them. Docker's foreign layer types are their predecessors.",
  category: "portability",
  spec: "image-spec layer.md#non-distributable-layers",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    if (ctx.role !== "layer") return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType === undefined || !NONDISTRIBUTABLE_LAYER_TYPES.has(mediaType)) return;
    ctx.report({ pointer: child(ctx.pointer, "mediaType"), message: `"${mediaType}" is deprecated; push the layer as a normal distributable layer` });
  },
});
