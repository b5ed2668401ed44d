import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J001",
  name: "json-syntax",
  title: "The document is not valid JSON",
  description:
    "A document that is not RFC 8259 JSON cannot be read by any OCI implementation; nothing else can be checked until it parses.",
  category: "json",
  spec: "RFC 8259; image-spec considerations.md#json",
  level: "error",
  presets: presetsFor("error"),
  target: "json",
});
