import { defineRule, presetsFor, child } from "./defineRule.js";
import { isReverseDomainKey } from "../src/model/index.js";

export default defineRule({
  id: "OCI-A003",
  name: "annotation-key-format",
  title: "An annotation key is not in reverse domain notation",
  description:
    "Keys SHOULD be named in reverse domain notation (com.example.key) so that keys from different tools never collide. Many Dockerfile labels (maintainer) predate the rule, hence the note level.",
  category: "annotation",
  spec: "image-spec annotations.md#rules",
  level: "note",
  presets: presetsFor("note"),
  target: "annotations",
  check(ctx) {
    for (const key of Object.keys(ctx.node)) {
      if (key === "" || isReverseDomainKey(key)) continue;
      ctx.report({ pointer: child(ctx.pointer, key), atKey: true, message: `key "${key}" is not in reverse domain notation (com.example.${key})` });
    }
  },
});
