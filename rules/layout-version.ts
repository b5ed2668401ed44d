import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S014",
  name: "layout-version",
  title: "oci-layout has an unknown imageLayoutVersion",
  description:
    "The image layout header states the layout version; 1.0.0 is the only one defined.",
  category: "layout",
  spec: "image-spec image-layout.md#oci-layout-file",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
