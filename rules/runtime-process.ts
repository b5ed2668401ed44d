import { defineRule, presetsFor, isObject } from "./defineRule.js";
import { runtimePlatform } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R007",
  name: "runtime-process",
  title: "The process lacks what its platform requires: args, a command line, or uid and gid",
  description:
    "Outside Windows, process.args MUST hold at least one entry, the program to run, and process.user MUST give uid and gid. On Windows, commandLine is REQUIRED when args is omitted.",
  category: "runtime",
  spec: "runtime-spec config.md#process",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const process = ctx.node["process"];
    if (!isObject(process)) return;
    const args = process["args"];
    if (runtimePlatform(ctx.node) === "windows") {
      if (args === undefined && typeof process["commandLine"] !== "string") {
        ctx.report({ pointer: "/process", message: "the process has neither args nor commandLine; Windows needs one of them" });
      }
      return;
    }
    if (args === undefined) ctx.report({ pointer: "/process", message: `missing "args": the process needs at least the program to run` });
    else if (Array.isArray(args) && args.length === 0) ctx.report({ pointer: "/process/args", message: "args is empty: it needs at least the program to run" });
    const user = process["user"];
    if (!isObject(user)) return;
    const missing = ["uid", "gid"].filter((key) => user[key] === undefined);
    if (missing.length > 0) ctx.report({ pointer: "/process/user", message: `process.user needs ${missing.join(" and ")} on POSIX platforms` });
  },
});
