import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L006",
  name: "blob-unreferenced",
  title: "A blob is not reachable from index.json",
  description:
    "Unreferenced blobs are allowed, but they take space and are often left over from a failed or partial build.",
  category: "layout",
  spec: "image-spec image-layout.md#blobs",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
