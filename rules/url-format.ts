import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S009",
  name: "url-format",
  title: "A descriptor URL is not an RFC 3986 URI",
  description:
    "Each entry of urls MUST be a URI that a client can fetch the content from.",
  category: "spec",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
