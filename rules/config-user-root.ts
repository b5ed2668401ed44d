import { defineRule, presetsFor, isObject } from "./defineRule.js";
import { runnableConfig } from "./defineRule.js";

const ROOT_NAMES = new Set(["root", "0"]);

/** "root", "0", "root:root", "0:0", "root:<group>": the user part decides who the process runs as. */
function runsAsRoot(user: string): boolean {
  const trimmed = user.trim();
  if (trimmed === "") return true;
  const name = trimmed.split(":")[0]!;
  return ROOT_NAMES.has(name);
}

export default defineRule({
  id: "OCI-E001",
  name: "config-user-root",
  title: "The image runs as root",
  description:
    "An image config whose User is empty, root or 0 starts its process as root unless the runtime overrides it; a flaw in that process then has root's rights inside the container and a larger reach outside it.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const config = runnableConfig(ctx.node);
    if (!config) return;
    if (ctx.node["os"] === "windows") return;
    const user = config["User"];
    if (user === undefined || user === null) {
      ctx.report({ pointer: "/config", atKey: true, message: "config.User is not set, so the image runs as root" });
    } else if (typeof user === "string" && runsAsRoot(user)) {
      ctx.report({ pointer: "/config/User", message: user.trim() === "" ? "config.User is empty, so the image runs as root" : `config.User "${user}" runs the image as root` });
    }
  },
});
