import { defineRule, presetsFor, isObject, child, type JsonObject, type NodeContext } from "./defineRule.js";

const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

export default defineRule({
  id: "OCI-R010",
  name: "runtime-id-mappings",
  title: "User and group ID mappings are missing, unpaired or have no user namespace",
  description:
    "uidMappings and gidMappings describe the user namespace: a new user namespace needs both, and mappings without a user namespace have nothing to map. An id-mapped mount MUST give uidMappings and gidMappings together, and an idmap or ridmap mount without its own mappings needs the container's user namespace, or the runtime MUST return an error.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#user-namespace-mappings",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const linux = ctx.node["linux"];
    const namespaces = isObject(linux) && Array.isArray(linux["namespaces"]) ? (linux["namespaces"] as unknown[]) : [];
    const userIndex = namespaces.findIndex((ns) => isObject(ns) && ns["type"] === "user");
    if (isObject(linux)) checkContainerMappings(ctx, linux, namespaces, userIndex);
    checkMountMappings(ctx, userIndex >= 0);
  },
});

function checkContainerMappings(ctx: NodeContext, linux: JsonObject, namespaces: unknown[], userIndex: number): void {
  const present = ["uidMappings", "gidMappings"].filter((key) => nonEmpty(linux[key]));
  if (userIndex < 0) {
    for (const key of present) ctx.report({ pointer: child("/linux", key), message: `${key} without a user namespace maps nothing; add {"type": "user"} to linux.namespaces` });
    return;
  }
  const userNs = namespaces[userIndex] as JsonObject;
  // Joining an existing user namespace (path set) takes that namespace's mappings.
  if (typeof userNs["path"] === "string") return;
  const missing = ["uidMappings", "gidMappings"].filter((key) => !present.includes(key));
  if (missing.length > 0) ctx.report({ pointer: child("/linux/namespaces", userIndex), message: `a new user namespace needs ${missing.join(" and ")}` });
}

function checkMountMappings(ctx: NodeContext, hasUserNamespace: boolean): void {
  const mounts = ctx.node["mounts"];
  if (!Array.isArray(mounts)) return;
  for (const [i, mount] of mounts.entries()) {
    if (!isObject(mount)) continue;
    const uid = mount["uidMappings"] !== undefined;
    const gid = mount["gidMappings"] !== undefined;
    if (uid !== gid) {
      const [has, lacks] = uid ? ["uidMappings", "gidMappings"] : ["gidMappings", "uidMappings"];
      ctx.report({ pointer: child("/mounts", i, has), message: `mount sets ${has} without ${lacks}; they must be given together` });
      continue;
    }
    const options = Array.isArray(mount["options"]) ? (mount["options"] as unknown[]) : [];
    const at = options.findIndex((o) => o === "idmap" || o === "ridmap");
    if (at >= 0 && !uid && !hasUserNamespace) {
      ctx.report({ pointer: child("/mounts", i, "options", at), message: `"${String(options[at])}" needs uidMappings and gidMappings on the mount or a user namespace for the container` });
    }
  }
}
