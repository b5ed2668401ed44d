import { defineRule, presetsFor, child } from "./defineRule.js";

// Label Schema keys and the OCI keys that replaced them (annotations.md, back-compatibility).
const REPLACEMENTS: Record<string, string> = {
  "build-date": "created", url: "url", "vcs-url": "source", version: "version", "vcs-ref": "revision",
  vendor: "vendor", name: "title", description: "description", usage: "documentation",
};

export default defineRule({
  id: "OCI-A004",
  name: "label-schema-key",
  title: "A Label Schema key has an OCI equivalent",
  description:
    "The org.label-schema keys are superseded by the pre-defined org.opencontainers.image keys, which current tools read.",
  category: "best-practice",
  spec: "image-spec annotations.md#back-compatibility-with-label-schema",
  level: "note",
  presets: presetsFor("note"),
  target: "annotations",
  check(ctx) {
    for (const key of Object.keys(ctx.node)) {
      const replacement = key.startsWith("org.label-schema.") ? REPLACEMENTS[key.slice("org.label-schema.".length)] : undefined;
      if (replacement === undefined) continue;
      ctx.report({ pointer: child(ctx.pointer, key), atKey: true, message: `"${key}" is superseded by "org.opencontainers.image.${replacement}"` });
    }
  },
});
