import { defineRule, presetsFor, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-D004",
  name: "url-scheme",
  title: "A descriptor URL does not use http or https",
  description: "urls entries SHOULD use http or https so that any client can fetch the content.",
  category: "portability",
  spec: "image-spec descriptor.md#properties",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    const urls = ctx.node["urls"];
    if (!Array.isArray(urls)) return;
    urls.forEach((url, i) => {
      if (typeof url !== "string") return;
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
      if (scheme === undefined || scheme === "http" || scheme === "https") return;
      ctx.report({ pointer: child(ctx.pointer, "urls", i), message: `URL scheme "${scheme}" should be http or https` });
    });
  },
});
