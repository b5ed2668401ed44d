import { defineRule, presetsFor, stringAt, child } from "./defineRule.js";
import { digestOf, isParsedDigest, parseDigest } from "../src/model/index.js";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export default defineRule({
  id: "OCI-D002",
  name: "descriptor-data-mismatch",
  title: "Embedded data does not match the descriptor's digest or size",
  description:
    "data embeds the referenced content. The decoded bytes MUST be identical to the content the digest names, so their length must equal size and their hash must equal digest; a client that trusts data would otherwise use other bytes than the ones named.",
  category: "digest",
  spec: "image-spec descriptor.md#properties; descriptor.md#embedded-content",
  level: "error",
  presets: presetsFor("error"),
  target: "descriptor",
  check(ctx) {
    const data = stringAt(ctx.node, "data");
    if (data === undefined || !BASE64.test(data)) return; // malformed base64 is base64-data's finding
    const bytes = Buffer.from(data, "base64");
    const size = ctx.node["size"];
    if (typeof size === "number" && size !== bytes.length) {
      ctx.report({ pointer: child(ctx.pointer, "data"), message: `data decodes to ${bytes.length} bytes but size is ${size}` });
    }
    const digest = stringAt(ctx.node, "digest");
    if (digest === undefined) return;
    const parsed = parseDigest(digest);
    if (!isParsedDigest(parsed)) return;
    const actual = digestOf(parsed.algorithm, bytes);
    if (actual !== undefined && actual !== digest) {
      ctx.report({ pointer: child(ctx.pointer, "data"), message: `data hashes to ${actual}, not to the descriptor's digest` });
    }
  },
});
