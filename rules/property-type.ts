import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S003",
  name: "property-type",
  title: "A property has the wrong JSON type",
  description:
    "Each property has one JSON type in the spec; a string where an object belongs cannot be read by a conforming implementation.",
  category: "schema",
  spec: "image-spec",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
