import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { namespaceLists } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R009",
  name: "runtime-namespace-duplicate",
  title: "A namespace type is listed twice",
  description:
    "If namespaces holds two entries of the same type, the runtime MUST generate an error: a process lives in exactly one namespace of each type.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#namespaces",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    for (const { pointer, list } of namespaceLists(ctx.node)) {
      const first = new Map<string, number>();
      for (const [i, ns] of list.entries()) {
        const type = isObject(ns) ? ns["type"] : undefined;
        if (typeof type !== "string") continue;
        const earlier = first.get(type);
        if (earlier === undefined) first.set(type, i);
        else ctx.report({ pointer: child(pointer, i), message: `namespace type "${type}" is already listed at namespaces[${earlier}]` });
      }
    }
  },
});
