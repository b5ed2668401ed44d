import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S008",
  name: "base64-data",
  title: "Descriptor data is not padded standard base64",
  description:
    "data MUST be base64 as in RFC 4648 section 4 (standard alphabet, with padding).",
  category: "spec",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
