import { defineRule, presetsFor, isObject } from "./defineRule.js";

const MAX_LAYERS = 127;

export default defineRule({
  id: "OCI-B004",
  name: "manifest-many-layers",
  title: "The image has more than 127 layers",
  description:
    "Every layer is a separate overlay lower directory; past about 127 layers overlayfs mounts fail or slow down, Docker refuses to build on the image, and pulls pay for each layer's round trip.",
  category: "best-practice",
  spec: "ocilint",
  level: "note",
  presets: presetsFor("note"),
  target: "document",
  kinds: ["manifest", "docker-manifest"],
  check(ctx) {
    // Artifacts use layers for any number of files, which nothing mounts.
    const config = ctx.node["config"];
    if (ctx.kind === "manifest" && (!isObject(config) || config["mediaType"] !== "application/vnd.oci.image.config.v1+json")) return;
    const layers = ctx.node["layers"];
    if (!Array.isArray(layers) || layers.length <= MAX_LAYERS) return;
    ctx.report({ pointer: "/layers", atKey: true, message: `the image has ${layers.length} layers, more than ${MAX_LAYERS}` });
  },
});
