import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S007",
  name: "size-range",
  title: "A size is negative or not an integer",
  description:
    "size is the byte length of the content as an int64 and MUST NOT be negative.",
  category: "digest",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
