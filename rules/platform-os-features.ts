import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";

export default defineRule({
  id: "OCI-P005",
  name: "platform-os-features",
  title: "os.features holds a value not defined for the os",
  description:
    "The spec defines win32k for windows (images that need win32k.sys on the host); other values are implementation-defined and clients ignore them or refuse the image.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "platform",
  check(ctx) {
    const features = ctx.node["os.features"];
    if (!Array.isArray(features)) return;
    const os = stringAt(ctx.node, "os");
    features.forEach((feature, i) => {
      if (typeof feature !== "string") return;
      if (feature === "win32k" && os === "windows") return;
      const why = feature === "win32k" ? `win32k is defined only for windows, not "${os}"` : `os.features "${feature}" is not defined by the spec`;
      ctx.report({ pointer: child(ctx.pointer, "os.features", i), message: why });
    });
  },
});
