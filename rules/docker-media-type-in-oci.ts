import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { isDockerMediaType } from "../src/model/index.js";

export default defineRule({
  id: "OCI-X001",
  name: "docker-media-type-in-oci",
  title: "An OCI manifest or index points at content with a Docker media type",
  description:
    "Docker media types inside an OCI manifest or index mix two formats. Docker and most registries accept it, but strict OCI clients may not; convert the referenced content or use a Docker manifest list.",
  category: "portability",
  spec: "image-spec media-types.md#compatibility-matrix",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    if (ctx.kind !== "manifest" && ctx.kind !== "index") return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType === undefined || !isDockerMediaType(mediaType)) return;
    ctx.report({ pointer: child(ctx.pointer, "mediaType"), message: `Docker media type "${mediaType}" inside an OCI ${ctx.kind}` });
  },
});
