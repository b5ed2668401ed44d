import { defineRule, presetsFor, child } from "./defineRule.js";
import { suggestName } from "../src/model/index.js";

const IMAGE_PREFIX = "org.opencontainers.image.";
// annotations.md pre-defined keys, plus the keys conversion.md derives from config fields.
const IMAGE_KEYS = new Set([
  "created", "authors", "url", "documentation", "source", "version", "revision", "vendor", "licenses",
  "ref.name", "title", "description", "base.digest", "base.name", "referrer.subject", "referrer.convert",
  "os", "architecture", "variant", "os.version", "os.features", "author", "stopSignal", "exposedPorts",
]);
// Keys other OCI specs define under the reserved prefix.
const OTHER_OCI_KEYS = new Set([
  "org.opencontainers.artifact.created", "org.opencontainers.artifact.description",
  "org.opencontainers.referrers.filtersApplied",
]);

export default defineRule({
  id: "OCI-A001",
  name: "annotation-reserved-key",
  title: "An annotation key uses the reserved org.opencontainers prefix without being an OCI key",
  description:
    "Keys under org.opencontainers. are reserved for OCI specifications, and org.opencontainers.image. for image-spec; content MUST NOT invent keys there. A misspelled pre-defined key (image.licence) is the usual cause.",
  category: "annotation",
  spec: "image-spec annotations.md#rules",
  level: "error",
  presets: presetsFor("error"),
  target: "annotations",
  check(ctx) {
    for (const key of Object.keys(ctx.node)) {
      if (!key.startsWith("org.opencontainers.")) continue;
      if (key.startsWith(IMAGE_PREFIX) ? IMAGE_KEYS.has(key.slice(IMAGE_PREFIX.length)) : OTHER_OCI_KEYS.has(key)) continue;
      // The pre-defined key a typo most likely meant (within two edits).
      const near = key.startsWith(IMAGE_PREFIX) ? suggestName(key.slice(IMAGE_PREFIX.length), IMAGE_KEYS) : undefined;
      ctx.report({
        pointer: child(ctx.pointer, key),
        atKey: true,
        message: `"${key}" is under the reserved org.opencontainers prefix but is not an OCI key${near ? `; did you mean "${IMAGE_PREFIX}${near}"?` : ""}`,
      });
    }
  },
});
