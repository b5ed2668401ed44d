import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T015",
  name: "world-writable",
  title: "A layer contains a world-writable file, or a world-writable directory without the sticky bit",
  description:
    "Anyone in the container can replace a world-writable file; directories like /tmp need the sticky bit.",
  category: "security",
  spec: "ocilint",
  level: "note",
  presets: presetsFor("note"),
  target: "engine",
});
