import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S001",
  name: "schema",
  title: "The document does not match the spec's schema",
  description:
    "A catch-all for schema violations that no more specific rule names.",
  category: "schema",
  spec: "image-spec",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
