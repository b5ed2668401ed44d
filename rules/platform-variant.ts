import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { GOARCH, VARIANTS } from "../src/model/index.js";

export default defineRule({
  id: "OCI-P003",
  name: "platform-variant",
  title: "variant is not a listed value for its architecture",
  description:
    "variant SHOULD come from the spec's Platform Variants table (arm v6/v7/v8, arm64 v8.x/v9.x, amd64 v1-v4, ppc64le power8+, riscv64 rva20u64+). Other values are implementation-defined and rarely matched.",
  category: "platform",
  spec: "image-spec image-index.md#platform-variants",
  level: "warning",
  presets: presetsFor("warning"),
  target: "platform",
  check(ctx) {
    const variant = stringAt(ctx.node, "variant");
    const arch = stringAt(ctx.node, "architecture");
    if (variant === undefined || variant === "" || arch === undefined) return;
    const allowed = VARIANTS[arch];
    // An architecture that is not a GOARCH value is platform-architecture's finding; one is enough.
    if (allowed === undefined && !GOARCH.has(arch)) return;
    if (allowed === undefined) {
      ctx.report({ pointer: child(ctx.pointer, "variant"), message: `architecture "${arch}" has no variants in the spec's table, found "${variant}"` });
    } else if (!allowed.test(variant)) {
      ctx.report({ pointer: child(ctx.pointer, "variant"), message: `variant "${variant}" is not a listed ${arch} variant` });
    }
  },
});
