import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J002",
  name: "json-duplicate-key",
  title: "An object has two members with the same name",
  description:
    "image-spec requires unique member names (I-JSON). Parsers disagree on which duplicate wins, so two tools can read two different images from one manifest.",
  category: "json",
  spec: "image-spec considerations.md#json; RFC 7493",
  level: "error",
  presets: presetsFor("error"),
  target: "json",
});
