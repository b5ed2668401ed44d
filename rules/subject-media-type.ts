import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { INDEX_TYPES, MANIFEST_TYPES } from "../src/model/index.js";

export default defineRule({
  id: "OCI-M003",
  name: "subject-media-type",
  title: "subject does not point at a manifest or index",
  description:
    "subject names the manifest (or index) that this one refers to, such as the image a signature or SBOM is for. A subject with a layer or config media type cannot be resolved by the referrers API.",
  category: "spec",
  spec: "image-spec manifest.md#image-manifest-property-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "descriptor",
  check(ctx) {
    if (ctx.role !== "subject") return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType === undefined || MANIFEST_TYPES.has(mediaType) || INDEX_TYPES.has(mediaType)) return;
    ctx.report({ pointer: child(ctx.pointer, "mediaType"), message: `subject must point at a manifest or index, found media type "${mediaType}"` });
  },
});
