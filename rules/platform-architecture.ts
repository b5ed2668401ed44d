import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { GOARCH, GOOS, isKnownPort, isKnownUnported, suggestedArchitecture } from "../src/model/index.js";

export default defineRule({
  id: "OCI-P002",
  name: "platform-architecture",
  title: "architecture is not a GOARCH value, or the os/architecture pair is not a known port",
  description:
    "architecture SHOULD use Go's GOARCH values (amd64, not x86_64; arm64, not aarch64), so that clients match platforms by plain comparison. A valid GOARCH that Go never built for the os is usually a typo.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions; config.md#properties",
  level: "warning",
  presets: presetsFor("warning"),
  target: "platform",
  check(ctx) {
    const arch = stringAt(ctx.node, "architecture");
    if (arch === undefined) return;
    const pointer = child(ctx.pointer, "architecture");
    if (!GOARCH.has(arch)) {
      if (arch === "unknown" && stringAt(ctx.node, "os") === "unknown") return; // BuildKit attestation entries
      const alias = suggestedArchitecture(arch);
      ctx.report({ pointer, message: `architecture "${arch}" is not a GOARCH value${alias ? `; use "${alias}"` : ""}` });
      return;
    }
    const os = stringAt(ctx.node, "os");
    if (os !== undefined && GOOS.has(os) && !isKnownPort(os, arch) && !isKnownUnported(os, arch)) {
      ctx.report({ pointer, message: `${os}/${arch} is not a platform Go builds for` });
    }
  },
});
