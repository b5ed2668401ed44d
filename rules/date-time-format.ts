import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S011",
  name: "date-time-format",
  title: "A date is not an RFC 3339 date-time",
  description:
    "created fields MUST be RFC 3339 section 5.6 date-times so that tools can order and compare them.",
  category: "spec",
  spec: "image-spec config.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
