import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S010",
  name: "annotations-format",
  title: "Annotations are not a map of string to string",
  description:
    "Annotations MUST be a map of non-empty string keys to string values, absent or empty rather than null.",
  category: "annotation",
  spec: "image-spec annotations.md#rules",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
