import { defineRule, presetsFor, stringAt } from "./defineRule.js";
import { DOCKER, OCI } from "../src/model/index.js";

export default defineRule({
  id: "OCI-I001",
  name: "index-platform-missing",
  title: "An index entry for an image manifest has no platform",
  description:
    "platform SHOULD be present when the manifest is platform-specific; without it a client cannot choose the entry for its machine and takes the first one.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    if (ctx.role !== "manifest-entry" || ctx.node["platform"] !== undefined) return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType !== OCI.manifest && mediaType !== DOCKER.manifest) return;
    // Artifacts (signatures, SBOMs) are not platform-specific.
    if (ctx.node["artifactType"] !== undefined) return;
    ctx.report({ pointer: ctx.pointer, message: "index entry for an image manifest has no platform" });
  },
});
