import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { RUNTIME_OCI_ANNOTATIONS, suggestName } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R019",
  name: "runtime-annotation-reserved-key",
  title: "A runtime annotation key uses the reserved org.opencontainers prefix without being a key runtime-spec defines",
  description:
    "In config.json the org.opencontainers namespace is reserved: only the keys runtime-spec lists (org.opencontainers.image.os, .architecture, .variant, .os.version, .os.features, .author, .created, .stopSignal) may be used, as described there. Other image-spec keys copied into a config, and invented keys, break that reservation.",
  category: "runtime",
  spec: "runtime-spec config.md#annotations",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config", "runtime-state"],
  check(ctx) {
    const annotations = ctx.node["annotations"];
    if (!isObject(annotations)) return;
    for (const key of Object.keys(annotations)) {
      if (!key.startsWith("org.opencontainers.") || RUNTIME_OCI_ANNOTATIONS.includes(key)) continue;
      const near = suggestName(key, RUNTIME_OCI_ANNOTATIONS);
      ctx.report({
        pointer: child("/annotations", key),
        atKey: true,
        message: `"${key}" is under the reserved org.opencontainers prefix but is not a key runtime-spec allows in a config${near ? `; did you mean "${near}"?` : ""}`,
      });
    }
  },
});
