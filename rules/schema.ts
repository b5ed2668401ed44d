import { defineRule, presetsFor } from "./defineRule.js";

// The engine's fallback for a schema failure no other rule names; test/schema/annotations.test.ts keeps every
// validating schema keyword annotated with x-rule, so this should never fire.
export default defineRule({
  id: "OCI-S001",
  name: "schema",
  title: "The document does not match the spec's schema",
  description:
    "A catch-all for schema violations that no more specific rule names.",
  category: "schema",
  spec: "image-spec",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
