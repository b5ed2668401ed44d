import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { DOCKER_LAYER_TYPES } from "../src/model/index.js";

export default defineRule({
  id: "OCI-K104",
  name: "docker-layer-media-type",
  title: "A Docker manifest's layer does not have a Docker layer media type",
  description:
    "Layers of a Docker schema 2 manifest should use the Docker layer types (rootfs.diff.tar.gzip, rootfs.diff.tar, rootfs.diff.tar.zstd or a foreign layer type). containers/image, and so skopeo, podman and buildah, refuses a schema 2 manifest with any other layer type.",
  category: "portability",
  spec: "distribution docs/content/spec/manifest-v2-2.md#image-manifest-field-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    if (ctx.kind !== "docker-manifest" || ctx.role !== "layer") return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType === undefined || DOCKER_LAYER_TYPES.has(mediaType)) return;
    ctx.report({ pointer: child(ctx.pointer, "mediaType"), message: `"${mediaType}" is not a Docker layer media type; skopeo and podman refuse a schema 2 manifest with it` });
  },
});
