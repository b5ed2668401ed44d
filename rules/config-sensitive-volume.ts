import { defineRule, presetsFor, isObject, child } from "./defineRule.js";

const SENSITIVE = new Map([
  ["/", "the whole root filesystem"],
  ["/dev", "the device directory"],
  ["/proc", "the process filesystem"],
  ["/sys", "the kernel's sysfs"],
  ["/var/run/docker.sock", "the Docker daemon's socket"],
  ["/run/docker.sock", "the Docker daemon's socket"],
]);

function normalise(path: string): string {
  const collapsed = path.trim().replace(/\/+/g, "/");
  return collapsed.length > 1 ? collapsed.replace(/\/$/, "") : collapsed;
}

export default defineRule({
  id: "OCI-E004",
  name: "config-sensitive-volume",
  title: "The config declares a volume on a sensitive path",
  description:
    "A volume at /, /dev, /proc, /sys or the Docker socket asks the runtime to put a mount over a system path; users who satisfy it with a host bind mount hand the container the host's devices, kernel interfaces or control of the Docker daemon.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const config = ctx.node["config"];
    if (!isObject(config)) return;
    const volumes = config["Volumes"];
    if (!isObject(volumes)) return;
    for (const key of Object.keys(volumes)) {
      const what = SENSITIVE.get(normalise(key));
      if (what === undefined) continue;
      ctx.report({ pointer: child("/config/Volumes", key), atKey: true, message: `Volumes declares "${key}", ${what}` });
    }
  },
});
