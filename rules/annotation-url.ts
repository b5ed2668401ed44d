import { defineRule, presetsFor, child } from "./defineRule.js";

const URL_KEYS = ["url", "documentation", "source"].map((k) => `org.opencontainers.image.${k}`);

export default defineRule({
  id: "OCI-A005",
  name: "annotation-url",
  title: "A URL annotation is not an absolute URL",
  description:
    "org.opencontainers.image.url, .documentation and .source hold URLs; tools such as registries' UIs link them. scp-style git addresses (git@host:repo) are not URLs.",
  category: "annotation",
  spec: "image-spec annotations.md#pre-defined-annotation-keys",
  level: "warning",
  presets: presetsFor("warning"),
  target: "annotations",
  check(ctx) {
    for (const key of URL_KEYS) {
      const value = ctx.node[key];
      if (typeof value !== "string") continue;
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(value) && !/^[^:/]+@[^:/]+:/.test(value)) continue;
      ctx.report({ pointer: child(ctx.pointer, key), message: `${key} should be an absolute URL, found "${value}"` });
    }
  },
});
