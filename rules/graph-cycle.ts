import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L010",
  name: "graph-cycle",
  title: "Descriptors form a cycle",
  description:
    "A manifest or index that refers back to itself through its descriptors cannot be pulled. Only content whose digests do not match can form one.",
  category: "layout",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
