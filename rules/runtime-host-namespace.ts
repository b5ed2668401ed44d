import { defineRule, presetsFor, isObject, child } from "./defineRule.js";

// What a container shares with the host when it creates no namespace of the type.
const SHARED: Readonly<Record<string, string>> = {
  pid: "it sees and can signal every process on the host",
  network: "it shares the host's network stack, including services listening on localhost",
  ipc: "it shares the host's System V IPC objects and POSIX message queues",
  uts: "it shares the host's hostname and domain name",
  mount: "it shares the host's mount table",
};

export default defineRule({
  id: "OCI-R027",
  name: "runtime-host-namespace",
  title: "The container shares a namespace with the host",
  description:
    "A namespace type left out of linux.namespaces is inherited from the runtime, which is usually the host's. Without its own pid, network, ipc, uts or mount namespace a container sees and reaches host resources; joining /proc/1/ns/* does the same on purpose.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const linux = ctx.node["linux"];
    if (!isObject(linux)) return;
    const list = Array.isArray(linux["namespaces"]) ? (linux["namespaces"] as unknown[]) : [];
    const at = Array.isArray(linux["namespaces"]) ? "/linux/namespaces" : "/linux";
    const types = new Set<unknown>();
    for (const [i, ns] of list.entries()) {
      if (!isObject(ns)) continue;
      types.add(ns["type"]);
      const path = ns["path"];
      if (typeof path === "string" && typeof ns["type"] === "string" && /^\/proc\/1\/ns\//.test(path) && SHARED[ns["type"]]) {
        ctx.report({ pointer: child("/linux/namespaces", i, "path"), message: `joins the ${ns["type"]} namespace of PID 1, the host's: ${SHARED[ns["type"]]}` });
      }
    }
    for (const [type, risk] of Object.entries(SHARED)) {
      if (!types.has(type)) ctx.report({ pointer: at, message: `no ${type} namespace: ${risk}` });
    }
  },
});
