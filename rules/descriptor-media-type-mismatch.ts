import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L008",
  name: "descriptor-media-type-mismatch",
  title: "A descriptor's mediaType differs from the mediaType the document declares",
  description:
    "A manifest or index reached through a descriptor must declare the same mediaType as the descriptor. A mismatch is how manifest/index confusion (CVE-2021-41190) slips through.",
  category: "media-type",
  spec: "image-spec media-types.md; descriptor.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
