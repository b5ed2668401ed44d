import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { isReverseDomainKey } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R021",
  name: "runtime-annotation-key-format",
  title: "A runtime annotation key is not in reverse domain notation",
  description:
    "Annotation keys SHOULD be named in reverse domain notation (com.example.myKey): config.json annotations are read by runtimes, shims and hooks from many vendors, and only a domain-owned prefix keeps their keys apart.",
  category: "runtime",
  spec: "runtime-spec config.md#annotations",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config", "runtime-state", "runtime-features"],
  check(ctx) {
    const annotations = ctx.node["annotations"];
    if (!isObject(annotations)) return;
    for (const key of Object.keys(annotations)) {
      if (key === "" || isReverseDomainKey(key)) continue;
      ctx.report({ pointer: child("/annotations", key), atKey: true, message: `key "${key}" is not in reverse domain notation (com.example.${key})` });
    }
  },
});
