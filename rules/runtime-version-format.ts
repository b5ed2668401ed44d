import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the runtime schemas (spec-schemas/runtime-defs.json#/$defs/semver); defined here for its name, level and docs.
export default defineRule({
  id: "OCI-R001",
  name: "runtime-version-format",
  title: "A runtime-spec version is not a SemVer 2.0.0 version",
  description:
    "ociVersion in config.json and in a container's state, and ociVersionMin and ociVersionMax in a runtime's features, MUST be SemVer 2.0.0 versions; runtimes compare them to decide whether they can run the bundle.",
  category: "runtime",
  spec: "runtime-spec config.md#specification-version",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
