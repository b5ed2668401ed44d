import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L007",
  name: "blob-not-regular-file",
  title: "A blob or layout file is a symlink, a directory or a device",
  description:
    "ocilint never follows a symlink out of the layout and never reads devices or FIFOs; a layout that needs them is not portable.",
  category: "security",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
