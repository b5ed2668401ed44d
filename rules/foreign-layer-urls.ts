import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { DOCKER } from "../src/model/index.js";

export default defineRule({
  id: "OCI-K103",
  name: "foreign-layer-urls",
  title: "A Docker foreign layer has no urls, or a URL with a fragment",
  description:
    "A foreign layer is not stored in the registry: clients download it from the descriptor's urls. The distribution registry refuses a manifest whose foreign layer has no URL, or a URL with a #fragment.",
  category: "spec",
  spec: "distribution docs/content/spec/manifest-v2-2.md#image-manifest-field-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "descriptor",
  check(ctx) {
    if (ctx.role !== "layer") return;
    const mediaType = stringAt(ctx.node, "mediaType");
    if (mediaType !== DOCKER.foreignLayerGzip && mediaType !== DOCKER.foreignLayerTar) return;
    const urls = ctx.node["urls"];
    if (!Array.isArray(urls) || urls.length === 0) {
      const pointer = urls === undefined ? ctx.pointer : child(ctx.pointer, "urls");
      ctx.report({ pointer, message: "foreign layer has no urls; it is not in the registry, so nothing says where to fetch it" });
      return;
    }
    urls.forEach((url, i) => {
      if (typeof url === "string" && url.includes("#")) ctx.report({ pointer: child(ctx.pointer, "urls", i), message: "foreign layer URL has a #fragment, which registries refuse" });
    });
  },
});
