import { defineRule, presetsFor } from "./defineRule.js";

// Checked by lintBundle when a bundle directory is linted; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-R025",
  name: "runtime-bundle-config",
  title: "A bundle's config.json is not a regular file ocilint can read",
  description:
    "config.json MUST reside in the root of the bundle directory. ocilint reads it only as a regular file: a symbolic link (which could lead out of the bundle), a directory or a device is reported instead of being followed.",
  category: "runtime",
  spec: "runtime-spec bundle.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
