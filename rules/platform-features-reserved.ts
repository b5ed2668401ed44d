import { defineRule, presetsFor, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-P004",
  name: "platform-features-reserved",
  title: "platform.features is set in an OCI document",
  description:
    "The features property of platform is reserved for future versions of image-spec; Docker manifest lists use it for CPU features, OCI documents should leave it out.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "platform",
  check(ctx) {
    if (ctx.kind === "docker-manifest-list" || ctx.owner === "config" || ctx.node["features"] === undefined) return;
    ctx.report({ pointer: child(ctx.pointer, "features"), atKey: true, message: "platform.features is reserved in OCI; leave it out" });
  },
});
