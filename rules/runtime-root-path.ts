import { defineRule, presetsFor } from "./defineRule.js";

// Checked by lintBundle when a bundle directory is linted (it needs the file system); defined here for its name, level and docs.
export default defineRule({
  id: "OCI-R004",
  name: "runtime-root-path",
  title: "root.path is not a directory inside the bundle",
  description:
    "A directory MUST exist at root.path, and the bundle's artifacts, the root filesystem among them, MUST be present in the bundle directory. ocilint checks this only when given the bundle directory, never follows a symbolic link out of it, and reports a root.path that is missing, not a directory, outside the bundle or reached through a link that leaves it.",
  category: "runtime",
  spec: "runtime-spec config.md#root; bundle.md",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
