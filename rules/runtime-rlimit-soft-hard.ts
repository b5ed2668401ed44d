import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-R018",
  name: "runtime-rlimit-soft-hard",
  title: "An rlimit's soft limit is above its hard limit",
  description:
    "The hard limit is the ceiling for the soft limit, and the runtime MUST set both exactly as configured; setrlimit refuses a soft limit above the hard one, so the container fails to start.",
  category: "runtime",
  spec: "runtime-spec config.md#posix-process",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const rlimits = valueAt(ctx.node, "process", "rlimits");
    if (!Array.isArray(rlimits)) return;
    for (const [i, rlimit] of rlimits.entries()) {
      if (!isObject(rlimit)) continue;
      const { soft, hard, type } = rlimit;
      // Values past 2^53 are rounded, but rounding keeps order, so a soft above hard here is above it in the text too.
      if (typeof soft !== "number" || typeof hard !== "number" || soft <= hard) continue;
      const name = typeof type === "string" ? `${type} ` : "";
      ctx.report({ pointer: child("/process/rlimits", i, "soft"), message: `${name}soft limit ${soft} is above the hard limit ${hard}` });
    }
  },
});
