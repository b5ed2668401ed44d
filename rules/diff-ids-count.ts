import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-C003",
  name: "diff-ids-count",
  title: "rootfs.diff_ids and the manifest's layers differ in number",
  description:
    "With an image config, layers[i] corresponds to rootfs.diff_ids[i], so both lists have the same length.",
  category: "spec",
  spec: "image-spec manifest.md; config.md#layer-diffid",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
