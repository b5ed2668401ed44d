import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S015",
  name: "platform-format",
  title: "A platform object has the wrong shape",
  description:
    "A platform MUST name architecture and os as strings; the optional fields have fixed types.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
