import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L004",
  name: "blob-size-mismatch",
  title: "A blob's length differs from its descriptor's size",
  description:
    "Content whose length differs from the descriptor's size SHOULD NOT be trusted: a client reads exactly size bytes.",
  category: "digest",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
