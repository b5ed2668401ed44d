import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the JSON reader; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-J006",
  name: "json-limits",
  title: "The document exceeds ocilint's size or nesting limits",
  description:
    "A document nested or sized beyond any real manifest is treated as hostile input and is not read further.",
  category: "json",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "json",
});
