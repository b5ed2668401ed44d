import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L001",
  name: "layout-missing-file",
  title: "A required image layout file is missing or unreadable",
  description:
    "An image layout MUST have an oci-layout file, an index.json that is an image index, and a blobs directory (it may be empty).",
  category: "layout",
  spec: "image-spec image-layout.md#content",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
