import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S005",
  name: "media-type-syntax",
  title: "A media type is not a valid RFC 6838 media type",
  description:
    "mediaType, artifactType and config media types MUST follow RFC 6838 including its restricted-name syntax.",
  category: "media-type",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
