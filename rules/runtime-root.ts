import { defineRule, presetsFor, isObject } from "./defineRule.js";
import { runtimePlatform } from "../src/model/index.js";

// \\?\Volume{GUID}\ as Windows names a volume.
const VOLUME_GUID_PATH = /^\\\\\?\\Volume\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}\\?$/;

export default defineRule({
  id: "OCI-R003",
  name: "runtime-root",
  title: "The root filesystem is missing or set the wrong way for the platform",
  description:
    "root is REQUIRED on every platform but Windows. On Windows, root.path MUST be a volume GUID path, root.readonly MUST be omitted or false, and a Hyper-V container (windows.hyperv) MUST NOT set root.",
  category: "runtime",
  spec: "runtime-spec config.md#root",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const platform = runtimePlatform(ctx.node);
    const root = ctx.node["root"];
    if (platform !== "windows") {
      if (root === undefined) ctx.report({ pointer: "", message: `missing "root": every platform but Windows needs a root filesystem` });
      return;
    }
    if (root === undefined || !isObject(root)) return;
    const windows = ctx.node["windows"];
    if (isObject(windows) && windows["hyperv"] !== undefined) {
      ctx.report({ pointer: "/root", message: "a Hyper-V container (windows.hyperv is set) must not set root" });
      return;
    }
    const path = root["path"];
    if (typeof path === "string" && !VOLUME_GUID_PATH.test(path)) {
      ctx.report({ pointer: "/root/path", message: `on Windows, root.path must be a volume GUID path (\\\\?\\Volume{…}\\), found "${path}"` });
    }
    if (root["readonly"] === true) ctx.report({ pointer: "/root/readonly", message: "on Windows, root.readonly must be omitted or false" });
  },
});
