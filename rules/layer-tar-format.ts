import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-T004",
  name: "layer-tar-format",
  title: "A layer is not a well-formed tar archive",
  description:
    "A tar layer's payload MUST be a tar archive: headers with valid checksums, complete entries and an end marker.",
  category: "content",
  spec: "image-spec layer.md#distributable-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
