import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { LINUX_NAMESPACE_TYPES, ZOS_NAMESPACE_TYPES, namespaceLists, suggestName } from "../src/model/index.js";

// Names other tools use for the same namespaces: clone flags, /proc/<pid>/ns entries, Docker's options.
const ALIASES: Readonly<Record<string, string>> = { net: "network", mnt: "mount", userns: "user", cgroupns: "cgroup", pidns: "pid", netns: "network" };

export default defineRule({
  id: "OCI-R008",
  name: "runtime-namespace-type",
  title: "A namespace type is not one the spec defines",
  description:
    "Linux namespace types are pid, network, mount, ipc, uts, user, cgroup and time; z/OS supports pid, mount, ipc and uts. A runtime cannot create a namespace of another type and must reject the config; /proc names such as net and mnt are the usual slip.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#namespaces",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    for (const { section, pointer, list } of namespaceLists(ctx.node)) {
      const known = section === "zos" ? ZOS_NAMESPACE_TYPES : LINUX_NAMESPACE_TYPES;
      for (const [i, ns] of list.entries()) {
        const type = isObject(ns) ? ns["type"] : undefined;
        if (typeof type !== "string" || known.includes(type)) continue;
        const near = ALIASES[type.toLowerCase()] ?? suggestName(type, known);
        const hint = near !== undefined && known.includes(near) ? `; did you mean "${near}"?` : ` (${known.join(", ")})`;
        ctx.report({ pointer: child(pointer, i, "type"), message: `namespace type "${type}" is not a ${section === "zos" ? "z/OS" : "Linux"} namespace${hint}` });
      }
    }
  },
});
