import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { EMPTY_BLOB } from "../src/model/index.js";

export default defineRule({
  id: "OCI-D003",
  name: "empty-descriptor",
  title: "An empty descriptor does not describe the blob {}",
  description:
    "application/vnd.oci.empty.v1+json names the two-byte blob {}: size 2, digest sha256:44136fa3…caaff8a, and when present data e30=. Any other digest, size or data means a different blob under the empty type.",
  category: "spec",
  spec: "image-spec manifest.md#guidance-for-an-empty-descriptor",
  level: "error",
  presets: presetsFor("error"),
  target: "descriptor",
  check(ctx) {
    if (stringAt(ctx.node, "mediaType") !== EMPTY_BLOB.mediaType) return;
    const { size, digest, data } = ctx.node;
    if (typeof size === "number" && size !== EMPTY_BLOB.size) {
      ctx.report({ pointer: child(ctx.pointer, "size"), message: `the empty descriptor has size 2, found ${size}` });
    }
    if (typeof digest === "string" && digest !== EMPTY_BLOB.digest) {
      ctx.report({ pointer: child(ctx.pointer, "digest"), message: `the empty descriptor's digest is ${EMPTY_BLOB.digest}` });
    }
    if (typeof data === "string" && data !== EMPTY_BLOB.data) {
      ctx.report({ pointer: child(ctx.pointer, "data"), message: `the empty descriptor's data is "e30=" (the bytes {}), found "${data.slice(0, 40)}"` });
    }
  },
});
