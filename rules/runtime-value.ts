import { defineRule, presetsFor } from "./defineRule.js";

// Enforced by the runtime schemas (spec-schemas/runtime-*.json); defined here for its name, level and docs.
export default defineRule({
  id: "OCI-R002",
  name: "runtime-value",
  title: "A runtime config value is outside what the spec allows",
  description:
    "runtime-spec gives many fields a closed list of values (rootfsPropagation, scheduler policies, seccomp operators, memory policy modes), an integer width (uint32 ids, uint64 limits) or a format (CPU lists, hugepage sizes, hook timeouts above zero); runtimes MUST reject a config whose values are invalid.",
  category: "runtime",
  spec: "runtime-spec config.md#valid-values",
  level: "error",
  presets: presetsFor("error"),
  target: "schema",
});
