import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-R012",
  name: "runtime-device-duplicate",
  title: "Two devices share the same type, major and minor",
  description:
    "The same type, major and minor SHOULD NOT be used for several devices: the container then reaches one device under two paths, which is usually a copy-paste slip and defeats per-path reasoning about access.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#devices",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const devices = valueAt(ctx.node, "linux", "devices");
    if (!Array.isArray(devices)) return;
    const first = new Map<string, number>();
    for (const [i, device] of devices.entries()) {
      if (!isObject(device) || device["type"] === "p") continue;
      const { type, major, minor } = device;
      if (typeof type !== "string" || typeof major !== "number" || typeof minor !== "number") continue;
      const key = `${type} ${major}:${minor}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else ctx.report({ pointer: child("/linux/devices", i), message: `devices[${i}] is the same device (${key}) as devices[${earlier}]` });
    }
  },
});
