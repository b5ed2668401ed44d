import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L002",
  name: "blob-missing",
  title: "A referenced blob is not in the layout",
  description:
    "A layout MAY lack referenced blobs when they come from an external store; for a layout that must be complete (the default), a missing blob is an error. --allow-missing-blobs downgrades it to a warning.",
  category: "layout",
  spec: "image-spec image-layout.md#blobs",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
