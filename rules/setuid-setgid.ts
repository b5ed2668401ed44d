import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T014",
  name: "setuid-setgid",
  title: "A layer contains a setuid or setgid file",
  description:
    "setuid and setgid files run with their owner's rights; every one in an image widens what a compromised process can do.",
  category: "security",
  spec: "ocilint",
  level: "note",
  presets: presetsFor("note"),
  target: "engine",
});
