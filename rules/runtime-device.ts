import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";

const DEVICE_TYPES: Readonly<Record<string, string>> = { c: "character", b: "block", u: "unbuffered character", p: "FIFO" };

export default defineRule({
  id: "OCI-R011",
  name: "runtime-device",
  title: "A device has an unknown type or lacks its major and minor numbers",
  description:
    "A device in linux.devices is of type c (character), b (block), u (unbuffered character) or p (FIFO), and major and minor are REQUIRED unless the type is p: without them the runtime cannot create the node.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#devices",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const devices = valueAt(ctx.node, "linux", "devices");
    if (!Array.isArray(devices)) return;
    for (const [i, device] of devices.entries()) {
      if (!isObject(device) || typeof device["type"] !== "string") continue;
      const type = device["type"];
      if (DEVICE_TYPES[type] === undefined) {
        const lower = type.toLowerCase();
        const hint = DEVICE_TYPES[lower] !== undefined ? `; did you mean "${lower}"?` : "";
        ctx.report({ pointer: child("/linux/devices", i, "type"), message: `device type "${type}" is not c (character), b (block), u (unbuffered character) or p (FIFO)${hint}` });
        continue;
      }
      if (type === "p") continue;
      const missing = ["major", "minor"].filter((key) => device[key] === undefined);
      if (missing.length > 0) {
        ctx.report({ pointer: child("/linux/devices", i), message: `a ${DEVICE_TYPES[type]} device needs ${missing.join(" and ")}` });
      }
    }
  },
});
