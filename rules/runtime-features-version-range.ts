import { defineRule, presetsFor } from "./defineRule.js";
import { compareSemVer } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R024",
  name: "runtime-features-version-range",
  title: "A runtime's ociVersionMax is lower than its ociVersionMin",
  description:
    "The features structure states the range of runtime-spec versions a runtime accepts; ociVersionMax MUST NOT be less than ociVersionMin, or no config could satisfy the range.",
  category: "runtime",
  spec: "runtime-spec features.md#specification-version",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-features"],
  check(ctx) {
    const { ociVersionMin: min, ociVersionMax: max } = ctx.node;
    if (typeof min !== "string" || typeof max !== "string") return;
    const order = compareSemVer(max, min);
    if (order !== undefined && order < 0) {
      ctx.report({ pointer: "/ociVersionMax", message: `ociVersionMax ${max} is lower than ociVersionMin ${min}` });
    }
  },
});
