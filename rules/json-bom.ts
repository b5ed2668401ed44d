import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J005",
  name: "json-bom",
  title: "The document starts with a byte order mark",
  description:
    "RFC 8259 forbids adding a BOM to JSON text; some parsers reject it and it changes the digest for no reason.",
  category: "json",
  spec: "RFC 8259 section 8.1",
  level: "warning",
  presets: presetsFor("warning"),
  target: "json",
});
