import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L009",
  name: "platform-mismatch",
  title: "An index entry's platform differs from the image config",
  description:
    "An index entry's platform says which machine the image is for; the config's os, architecture and variant say what it really is. A mismatch makes clients pull an image that cannot run.",
  category: "platform",
  spec: "image-spec image-index.md; config.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
