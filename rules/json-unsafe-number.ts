import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J004",
  name: "json-unsafe-number",
  title: "A number cannot be held exactly by common JSON parsers",
  description:
    "Sizes are int64, but JavaScript and many parsers keep numbers as IEEE-754 doubles and silently round integers beyond 2^53; a size that rounds no longer matches the blob.",
  category: "json",
  spec: "image-spec considerations.md#json; RFC 7493 section 2.2",
  level: "error",
  presets: presetsFor("error"),
  target: "json",
});
