import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads an archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L015",
  name: "archive-format",
  title: "An image archive is not a well-formed tar of an image layout",
  description:
    "An oci-archive is an image layout in a tar. A truncated or corrupt tar, entries with absolute or \"..\" paths, or an entry stored twice mean that what one tool extracts is not what another sees.",
  category: "layout",
  spec: "image-spec image-layout.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
