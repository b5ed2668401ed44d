import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the engine; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-K001",
  name: "unknown-document",
  title: "The document is not a kind of OCI document ocilint knows",
  description:
    "ocilint could not tell which OCI document this is from its mediaType or its shape; pass --kind to say.",
  category: "spec",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
