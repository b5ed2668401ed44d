import { defineRule, presetsFor, isObject } from "./defineRule.js";

export default defineRule({
  id: "OCI-C001",
  name: "config-history-layers",
  title: "History entries that create layers do not match rootfs.diff_ids",
  description:
    "Each history entry without empty_layer: true describes one layer, in order, so their count equals the number of diff_ids. A mismatch means tools show the wrong command for each layer.",
  category: "spec",
  spec: "image-spec config.md#properties",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const history = ctx.node["history"];
    const rootfs = ctx.node["rootfs"];
    if (!Array.isArray(history) || history.length === 0 || !isObject(rootfs) || !Array.isArray(rootfs["diff_ids"])) return;
    const layered = history.filter((h) => !(isObject(h) && h["empty_layer"] === true)).length;
    const diffIds = rootfs["diff_ids"].length;
    if (layered === diffIds) return;
    ctx.report({ pointer: "/history", message: `${layered} history entries create layers but rootfs.diff_ids lists ${diffIds}` });
  },
});
