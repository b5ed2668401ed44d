import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T013",
  name: "device-node",
  title: "A layer contains a device node or FIFO",
  description:
    "Device nodes and FIFOs in an image are rarely intended; runtimes create /dev themselves.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
