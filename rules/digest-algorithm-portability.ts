import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { isParsedDigest, parseDigest } from "../src/model/index.js";

export default defineRule({
  id: "OCI-D005",
  name: "digest-algorithm-portability",
  title: "A digest uses a registered algorithm other than sha256",
  description:
    "Implementations SHOULD use sha256 and MUST only be able to verify sha256. sha512 and blake3 are valid, but Docker and many registries cannot pull such content yet.",
  category: "portability",
  spec: "image-spec descriptor.md#registered-algorithms",
  level: "note",
  presets: presetsFor("note"),
  target: "descriptor",
  check(ctx) {
    const digest = stringAt(ctx.node, "digest");
    if (digest === undefined) return;
    const parsed = parseDigest(digest);
    if (!isParsedDigest(parsed) || !parsed.registered || parsed.algorithm === "sha256") return;
    ctx.report({ pointer: child(ctx.pointer, "digest"), message: `${parsed.algorithm} digest: valid, but only sha256 is supported everywhere` });
  },
});
