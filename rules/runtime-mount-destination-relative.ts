import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { runtimePlatform } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R006",
  name: "runtime-mount-destination-relative",
  title: "A Linux mount destination is a relative path",
  description:
    "On Linux a mount destination SHOULD be an absolute path. Relative destinations are deprecated: runtimes still read them as relative to /, but they are kept only for old tools and configurations.",
  category: "runtime",
  spec: "runtime-spec config.md#mounts",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const mounts = ctx.node["mounts"];
    if (runtimePlatform(ctx.node) !== "linux" || !Array.isArray(mounts)) return;
    for (const [i, mount] of mounts.entries()) {
      const destination = isObject(mount) ? mount["destination"] : undefined;
      if (typeof destination !== "string" || destination.startsWith("/")) continue;
      ctx.report({
        pointer: child("/mounts", i, "destination"),
        message: `mount destination "${destination}" is relative; relative destinations are deprecated (write "/${destination.replace(/^\.?\/*/, "")}")`,
      });
    }
  },
});
