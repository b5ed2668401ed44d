import { defineRule, presetsFor, valueAt, isObject } from "./defineRule.js";

export default defineRule({
  id: "OCI-R016",
  name: "runtime-seccomp-listener",
  title: "seccomp.listenerMetadata is set without listenerPath",
  description:
    "listenerMetadata is opaque data for the seccomp agent that listens on listenerPath; it MUST NOT be set when listenerPath is not, since nothing would receive it.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#seccomp",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const seccomp = valueAt(ctx.node, "linux", "seccomp");
    if (!isObject(seccomp)) return;
    // Go omits empty strings, so "" counts as unset, as runtimes read it.
    const set = (key: string) => typeof seccomp[key] === "string" && seccomp[key] !== "";
    if (set("listenerMetadata") && !set("listenerPath")) {
      ctx.report({ pointer: "/linux/seccomp/listenerMetadata", message: "listenerMetadata is set but listenerPath is not; the metadata would never reach a seccomp agent" });
    }
  },
});
