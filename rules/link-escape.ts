import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T011",
  name: "link-escape",
  title: "A link's target escapes the root",
  description:
    "A hard link to a path outside the layer root, or a relative symlink that climbs above the root, points outside the container in naive extractors.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
