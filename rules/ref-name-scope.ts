import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L012",
  name: "ref-name-scope",
  title: "ref.name is used outside index.json",
  description:
    "org.opencontainers.image.ref.name SHOULD only be considered valid on descriptors in index.json.",
  category: "annotation",
  spec: "image-spec annotations.md#pre-defined-annotation-keys",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
