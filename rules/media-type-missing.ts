import { defineRule, presetsFor } from "./defineRule.js";

export default defineRule({
  id: "OCI-K003",
  name: "media-type-missing",
  title: "A manifest or index does not state its mediaType",
  description:
    "Manifests and indexes SHOULD set mediaType. Without it a reader can only guess the kind from the shape, which is how manifest/index confusion attacks work.",
  category: "media-type",
  spec: "image-spec manifest.md#image-manifest-property-descriptions; image-index.md#image-index-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["manifest", "index"],
  check(ctx) {
    if (ctx.node["mediaType"] !== undefined) return;
    const type = ctx.kind === "index" ? "application/vnd.oci.image.index.v1+json" : "application/vnd.oci.image.manifest.v1+json";
    ctx.report({ pointer: "", message: `${ctx.kind === "index" ? "index" : "manifest"} should set "mediaType": "${type}"` });
  },
});
