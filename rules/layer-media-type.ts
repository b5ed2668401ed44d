import { defineRule, presetsFor, isObject, stringAt, child } from "./defineRule.js";
import { IMAGE_CONFIG_TYPES, layerCompression } from "../src/model/index.js";

export default defineRule({
  id: "OCI-M004",
  name: "layer-media-type",
  title: "A container image layer has a media type runtimes cannot unpack",
  description:
    "In a container image (config of the OCI or Docker image config type), layers SHOULD use the tar, tar+gzip or tar+zstd layer types so that every runtime can unpack them. Artifacts may use any layer type and are not checked.",
  category: "portability",
  spec: "image-spec manifest.md#image-manifest-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    if (ctx.role !== "layer") return;
    const config = ctx.document["config"];
    const configType = isObject(config) ? stringAt(config, "mediaType") : undefined;
    if (configType === undefined || !IMAGE_CONFIG_TYPES.has(configType)) return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType === undefined || layerCompression(mediaType) !== undefined) return;
    ctx.report({ pointer: child(ctx.pointer, "mediaType"), message: `layer media type "${mediaType}" is not one of the OCI or Docker layer types (tar, tar+gzip, tar+zstd) that runtimes unpack` });
  },
});
