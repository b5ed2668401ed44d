import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L011",
  name: "ref-name-duplicate",
  title: "Two index.json entries have the same ref.name",
  description:
    "org.opencontainers.image.ref.name names one image in a layout; a second entry with the same name makes the name ambiguous.",
  category: "annotation",
  spec: "image-spec image-layout.md#indexjson-file; annotations.md",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
