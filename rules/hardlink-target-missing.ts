import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T012",
  name: "hardlink-target-missing",
  title: "A hard link's target is not earlier in the layer",
  description:
    "A hard link's target must exist when the link is extracted; if it is not earlier in the same layer it must come from a lower layer.",
  category: "content",
  spec: "image-spec layer.md#hardlinks",
  level: "note",
  presets: presetsFor("note"),
  target: "engine",
});
