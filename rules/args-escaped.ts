import { defineRule, presetsFor, isObject } from "./defineRule.js";

export default defineRule({
  id: "OCI-C002",
  name: "args-escaped",
  title: "The config sets the deprecated ArgsEscaped",
  description:
    "ArgsEscaped is deprecated and Windows-specific; new builders should not set it, and it changes how Entrypoint and Cmd are joined on Windows.",
  category: "best-practice",
  spec: "image-spec config.md#properties",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const config = ctx.node["config"];
    if (!isObject(config) || config["ArgsEscaped"] !== true || ctx.node["os"] === "windows") return;
    ctx.report({ pointer: "/config/ArgsEscaped", message: "ArgsEscaped is deprecated and only meaningful on windows" });
  },
});
