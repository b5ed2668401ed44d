import { defineRule, presetsFor } from "./defineRule.js";

// Reported by the config layer after suppressions are applied; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-G001",
  name: "suppression-expired",
  title: "A suppression in the config has expired",
  description:
    "A suppression past its expires date no longer hides its finding; renew it with a new reason or fix the finding.",
  category: "best-practice",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
