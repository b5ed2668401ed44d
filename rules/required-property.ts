import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S002",
  name: "required-property",
  title: "A required property is missing",
  description:
    "The spec marks this property REQUIRED for the document kind.",
  category: "schema",
  spec: "image-spec",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
