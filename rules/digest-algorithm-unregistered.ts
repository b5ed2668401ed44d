import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { isParsedDigest, parseDigest } from "../src/model/index.js";

export default defineRule({
  id: "OCI-D001",
  name: "digest-algorithm-unregistered",
  title: "A digest uses an algorithm the spec does not register",
  description:
    "Unregistered algorithms that follow the digest grammar are valid and MUST pass validation, but most clients cannot verify them. Registered algorithms are sha256, sha512 and blake3.",
  category: "portability",
  spec: "image-spec descriptor.md#registered-algorithms",
  level: "warning",
  presets: presetsFor("warning"),
  target: "descriptor",
  check(ctx) {
    const digest = stringAt(ctx.node, "digest");
    if (digest === undefined) return;
    const parsed = parseDigest(digest);
    if (!isParsedDigest(parsed) || parsed.registered) return;
    ctx.report({
      pointer: child(ctx.pointer, "digest"),
      message: `digest algorithm "${parsed.algorithm}" is not registered (sha256, sha512, blake3); most clients cannot verify it`,
    });
  },
});
