import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { GOOS, isUnknownPlatform, suggestedOs } from "../src/model/index.js";

export default defineRule({
  id: "OCI-P001",
  name: "platform-os",
  title: "os is not a GOOS value",
  description:
    "os SHOULD use the values Go lists for GOOS, so that clients match platforms by plain comparison. Spellings from other ecosystems never match.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions; config.md#properties",
  level: "warning",
  presets: presetsFor("warning"),
  target: "platform",
  check(ctx) {
    const os = stringAt(ctx.node, "os");
    if (os === undefined || GOOS.has(os) || isUnknownPlatform(os, stringAt(ctx.node, "architecture"))) return;
    const alias = suggestedOs(os);
    ctx.report({ pointer: child(ctx.pointer, "os"), message: `os "${os}" is not a GOOS value${alias ? `; use "${alias}"` : ""}` });
  },
});
