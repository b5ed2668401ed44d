import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the schemas in spec-schemas/; defined here so its findings have a name, a level and docs.
export default defineRule({
  id: "OCI-S013",
  name: "rootfs-type",
  title: "rootfs.type is not layers",
  description:
    "rootfs.type MUST be layers; an implementation MUST fail on any other value.",
  category: "spec",
  spec: "image-spec config.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
