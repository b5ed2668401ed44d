import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-R022",
  name: "runtime-resources",
  title: "A cgroup resource entry breaks a rule between its fields",
  description:
    "Some linux.resources entries constrain their fields together: a blockIO.weightDevice entry MUST give weight or leafWeight, an rdma entry MUST give hcaHandles or hcaObjects, and cpu.burst MUST be no larger than a positive cpu.quota.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#control-groups",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const resources = valueAt(ctx.node, "linux", "resources");
    if (!isObject(resources)) return;
    const at = "/linux/resources";
    const blockIO = resources["blockIO"];
    const weightDevice = isObject(blockIO) ? blockIO["weightDevice"] : undefined;
    if (Array.isArray(weightDevice)) {
      for (const [i, entry] of weightDevice.entries()) {
        if (isObject(entry) && entry["weight"] === undefined && entry["leafWeight"] === undefined) {
          ctx.report({ pointer: child(at, "blockIO", "weightDevice", i), message: "a weightDevice entry needs weight or leafWeight" });
        }
      }
    }
    const rdma = resources["rdma"];
    if (isObject(rdma)) {
      for (const [device, limits] of Object.entries(rdma)) {
        if (isObject(limits) && limits["hcaHandles"] === undefined && limits["hcaObjects"] === undefined) {
          ctx.report({ pointer: child(at, "rdma", device), message: `rdma entry "${device}" needs hcaHandles or hcaObjects` });
        }
      }
    }
    const cpu = resources["cpu"];
    if (!isObject(cpu)) return;
    const { quota, burst } = cpu;
    if (typeof quota === "number" && typeof burst === "number" && quota > 0 && burst > quota) {
      ctx.report({ pointer: child(at, "cpu", "burst"), message: `cpu.burst ${burst} is larger than cpu.quota ${quota}` });
    }
  },
});
