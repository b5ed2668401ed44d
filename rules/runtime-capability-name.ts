import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";
import { CAPABILITY_SETS, LINUX_CAPABILITIES, suggestName } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R013",
  name: "runtime-capability-name",
  title: "A capability is not a Linux capability name",
  description:
    "Capability sets hold the names capabilities(7) defines, such as CAP_CHOWN. Runtimes log and drop a name they cannot map, so a misspelt capability (SYS_ADMIN without its CAP_ prefix, cap_chown in lower case) silently leaves the process without it.",
  category: "runtime",
  spec: "runtime-spec config.md#linux-process",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const capabilities = valueAt(ctx.node, "process", "capabilities");
    if (!isObject(capabilities)) return;
    for (const set of CAPABILITY_SETS) {
      const list = capabilities[set];
      if (!Array.isArray(list)) continue;
      for (const [i, name] of list.entries()) {
        if (typeof name !== "string" || LINUX_CAPABILITIES.has(name)) continue;
        const near = suggestName(name.startsWith("CAP_") || name.startsWith("cap_") ? name : `CAP_${name}`, LINUX_CAPABILITIES);
        ctx.report({
          pointer: child("/process/capabilities", set, i),
          message: `"${name}" is not a Linux capability${near ? `; did you mean "${near}"?` : ""}`,
        });
      }
    }
  },
});
