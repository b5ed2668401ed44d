import { defineRule, presetsFor, isObject } from "./defineRule.js";
import { runnableConfig } from "./defineRule.js";

function empty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

export default defineRule({
  id: "OCI-B003",
  name: "config-no-command",
  title: "The image sets neither Entrypoint nor Cmd",
  description:
    "An image with layers and a runtime config but no Entrypoint and no Cmd cannot be started without naming a command; docker run and Kubernetes then fail with 'no command specified'.",
  category: "best-practice",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const config = runnableConfig(ctx.node);
    if (!config) return;
    if (!empty(config["Entrypoint"]) || !empty(config["Cmd"])) return;
    ctx.report({ pointer: "/config", atKey: true, message: "config sets neither Entrypoint nor Cmd, so the image cannot run without a command given" });
  },
});
