import { defineRule, presetsFor, child } from "./defineRule.js";
import { isParsedDigest, isRfc3339DateTime, isRefName, parseDigest } from "../src/model/index.js";

const P = "org.opencontainers.image.";

export default defineRule({
  id: "OCI-A002",
  name: "annotation-value-format",
  title: "A pre-defined annotation's value has the wrong format",
  description:
    "Pre-defined keys fix their value format: created is an RFC 3339 date-time, base.digest and referrer.subject are digests, referrer.convert is the string true, ref.name follows the reference grammar. Tools parse these values, so a malformed one breaks sorting, provenance and tagging.",
  category: "annotation",
  spec: "image-spec annotations.md#pre-defined-annotation-keys",
  level: "error",
  presets: presetsFor("error"),
  target: "annotations",
  check(ctx) {
    for (const [key, value] of Object.entries(ctx.node)) {
      if (typeof value !== "string") continue;
      const pointer = child(ctx.pointer, key);
      if ((key === `${P}created` || key === "org.opencontainers.artifact.created") && !isRfc3339DateTime(value)) {
        ctx.report({ pointer, message: `${key} must be an RFC 3339 date-time (2024-01-31T12:00:00Z), found "${value}"` });
      } else if (key === `${P}base.digest` || key === `${P}referrer.subject`) {
        const parsed = parseDigest(value);
        if (!isParsedDigest(parsed)) ctx.report({ pointer, message: `${key} must be a digest: ${parsed.message}` });
      } else if (key === `${P}referrer.convert` && value !== "true") {
        ctx.report({ pointer, message: `${key} is only ever set to "true", found "${value}"` });
      } else if (key === `${P}ref.name` && !isRefName(value)) {
        ctx.report({ pointer, message: `${key} "${value}" does not follow the reference grammar (components of letters and digits joined by - . _ : @ + or --, separated by /)` });
      }
    }
  },
});
