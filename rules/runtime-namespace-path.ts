import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { namespaceLists } from "../src/model/index.js";

// /proc/<pid>/ns/<file>: the file name says which type of namespace the path is.
const PROC_NS = /^\/proc\/(?:\d+|self|thread-self)\/(?:task\/\d+\/)?ns\/([a-z_]+)$/;
const TYPE_OF_FILE: Readonly<Record<string, string>> = {
  net: "network", mnt: "mount", pid: "pid", pid_for_children: "pid", ipc: "ipc", uts: "uts",
  user: "user", cgroup: "cgroup", time: "time", time_for_children: "time",
};

export default defineRule({
  id: "OCI-R030",
  name: "runtime-namespace-path",
  title: "A namespace path names a namespace of another type",
  description:
    "A namespace entry with a path joins the namespace that file refers to; the runtime MUST generate an error when the path is not associated with a namespace of the entry's type. A /proc/<pid>/ns/<file> path says its type in its file name, so a mismatch (type network, path …/ns/pid) is certain before the container runs.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#namespaces",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    for (const { pointer, list } of namespaceLists(ctx.node)) {
      for (const [i, ns] of list.entries()) {
        if (!isObject(ns) || typeof ns["type"] !== "string" || typeof ns["path"] !== "string") continue;
        const file = PROC_NS.exec(ns["path"])?.[1];
        const type = file !== undefined ? TYPE_OF_FILE[file] : undefined;
        if (type === undefined || type === ns["type"]) continue;
        ctx.report({ pointer: child(pointer, i, "path"), message: `${ns["path"]} is a namespace of type ${type}, not ${ns["type"]}` });
      }
    }
  },
});
