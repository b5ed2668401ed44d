import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";
import { LINUX_RLIMITS, SOLARIS_RLIMITS, runtimePlatform, suggestName } from "../src/model/index.js";

// Another platform's config: a type either platform knows is accepted.
const EITHER_RLIMITS: ReadonlySet<string> = new Set([...LINUX_RLIMITS, ...SOLARIS_RLIMITS]);

export default defineRule({
  id: "OCI-R017",
  name: "runtime-rlimit-type",
  title: "An rlimit type is unknown or set twice",
  description:
    "rlimits[].type names a resource of getrlimit(2) on Linux or getrlimit(3) on Solaris (RLIMIT_NOFILE, RLIMIT_CORE, …); the runtime MUST generate an error for a type it cannot map, and for two entries of the same type.",
  category: "runtime",
  spec: "runtime-spec config.md#posix-process",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const rlimits = valueAt(ctx.node, "process", "rlimits");
    if (!Array.isArray(rlimits)) return;
    const platform = runtimePlatform(ctx.node);
    const known = platform === "solaris" ? SOLARIS_RLIMITS : platform === "linux" ? LINUX_RLIMITS : EITHER_RLIMITS;
    const first = new Map<string, number>();
    for (const [i, rlimit] of rlimits.entries()) {
      const type = isObject(rlimit) ? rlimit["type"] : undefined;
      if (typeof type !== "string") continue;
      const pointer = child("/process/rlimits", i, "type");
      if (!known.has(type)) {
        const name = platform === "solaris" ? "Solaris" : platform === "linux" ? "Linux" : "POSIX";
        const other = platform === "solaris" ? LINUX_RLIMITS : SOLARIS_RLIMITS;
        if (other.has(type)) {
          ctx.report({ pointer, message: `"${type}" is a ${platform === "solaris" ? "Linux" : "Solaris"} resource limit, not a ${name} one` });
          continue;
        }
        const near = suggestName(type.startsWith("RLIMIT_") ? type : `RLIMIT_${type.toUpperCase()}`, known);
        ctx.report({ pointer, message: `"${type}" is not a ${name} resource limit${near ? `; did you mean "${near}"?` : ""}` });
        continue;
      }
      const earlier = first.get(type);
      if (earlier === undefined) first.set(type, i);
      else ctx.report({ pointer, message: `${type} is already set by rlimits[${earlier}]` });
    }
  },
});
