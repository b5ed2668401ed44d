import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J003",
  name: "json-invalid-unicode",
  title: "The document is not valid UTF-8 or holds a lone surrogate",
  description:
    "JSON content in OCI MUST be UTF-8. Invalid bytes are replaced differently by different parsers, so the digest and the meaning disagree.",
  category: "json",
  spec: "image-spec considerations.md#json; RFC 7493",
  level: "error",
  presets: presetsFor("error"),
  target: "json",
});
