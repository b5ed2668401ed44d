import { defineRule, presetsFor } from "./defineRule.js";

// Reported by the config layer after suppressions are applied; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-G002",
  name: "suppression-unused",
  title: "A suppression in the config matched no finding",
  description:
    "A suppression that matches nothing is stale: the finding was fixed or the rule, path or digest is mistyped. Remove it so that it cannot hide a future finding.",
  category: "best-practice",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
