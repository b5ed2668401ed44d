import { defineRule, presetsFor, isObject, child, type JsonObject } from "./defineRule.js";

// Under a writable /proc these reach the host kernel; runtimes make them read-only or mask them.
const PROC_SENSITIVE = ["/proc/sys", "/proc/sysrq-trigger"];

export default defineRule({
  id: "OCI-R028",
  name: "runtime-writable-proc-sys",
  title: "/sys, /proc/sys or /proc/sysrq-trigger is writable in the container",
  description:
    "sysfs and parts of procfs (/proc/sys, /proc/sysrq-trigger) are kernel interfaces, not container files: writing them changes the host. /sys should be mounted with ro, and /proc/sys and /proc/sysrq-trigger listed in linux.readonlyPaths or linux.maskedPaths, as runc spec and container engines do.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const linux = ctx.node["linux"];
    const mounts = ctx.node["mounts"];
    if (!isObject(linux) || !Array.isArray(mounts)) return;
    const protectedPaths = new Set([...strings(linux["readonlyPaths"]), ...strings(linux["maskedPaths"])]);
    for (const [i, mount] of mounts.entries()) {
      if (!isObject(mount) || readOnly(mount)) continue;
      const destination = clean(mount["destination"]);
      const source = clean(mount["source"]);
      const pointer = child("/mounts", i);
      if (destination === "/sys" || (isBind(mount) && source === "/sys")) {
        ctx.report({ pointer, message: `${destination} (sysfs) is mounted read-write; add "ro" to its options` });
      } else if (destination === "/proc" || (isBind(mount) && source === "/proc")) {
        const open = PROC_SENSITIVE.filter((p) => destination !== "/proc" || !protectedPaths.has(p));
        if (open.length > 0) ctx.report({ pointer, message: `${open.join(" and ")} ${open.length > 1 ? "are" : "is"} writable under ${destination}; list ${open.length > 1 ? "them" : "it"} in linux.readonlyPaths` });
      }
    }
  },
});

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function clean(path: unknown): string | undefined {
  return typeof path === "string" ? path.replace(/\/+$/, "") || "/" : undefined;
}

function options(mount: JsonObject): string[] {
  return strings(mount["options"]);
}

function readOnly(mount: JsonObject): boolean {
  return options(mount).some((o) => o === "ro" || o === "rro");
}

function isBind(mount: JsonObject): boolean {
  return mount["type"] === "bind" || options(mount).some((o) => o === "bind" || o === "rbind");
}
