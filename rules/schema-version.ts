import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S004",
  name: "schema-version",
  title: "schemaVersion is not 2",
  description:
    "Image manifests and indexes MUST set schemaVersion to 2 for compatibility with older Docker clients.",
  category: "schema",
  spec: "image-spec manifest.md#image-manifest-property-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
