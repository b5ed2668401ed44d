import { defineRule, presetsFor, isObject, child, type JsonObject } from "./defineRule.js";
import { isAbsoluteRuntimePath, namespaceLists, runtimePlatform, type RuntimePlatform } from "../src/model/index.js";

const HOOK_KINDS = ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"];

export default defineRule({
  id: "OCI-R005",
  name: "runtime-path-absolute",
  title: "A path the spec requires to be absolute is relative",
  description:
    "process.cwd, hook paths, namespace paths, masked and read-only paths, device paths, the VM's host paths, mount destinations on every platform but Linux, and the bundle in a container's state MUST be absolute. A runtime resolves a relative one against whatever directory it happens to run in, or refuses it.",
  category: "runtime",
  spec: "runtime-spec config.md#process",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config", "runtime-state"],
  check(ctx) {
    if (ctx.kind === "runtime-state") {
      const bundle = ctx.node["bundle"];
      // A state does not say its platform; either spelling of an absolute path is accepted.
      if (typeof bundle === "string" && !isAbsoluteRuntimePath(bundle, "linux") && !isAbsoluteRuntimePath(bundle, "windows")) {
        ctx.report({ pointer: "/bundle", message: `bundle must be the absolute path of the bundle directory, found "${bundle}"` });
      }
      return;
    }
    const platform = runtimePlatform(ctx.node);
    for (const [pointer, value] of requiredAbsolute(ctx.node, platform)) {
      if (typeof value === "string" && !isAbsoluteRuntimePath(value, platform)) {
        ctx.report({ pointer, message: `${label(pointer)} must be an absolute path, found "${value}"` });
      }
    }
  },
});

/** Every [pointer, value] the spec requires to be an absolute path on this platform. */
function* requiredAbsolute(config: JsonObject, platform: RuntimePlatform): Generator<[string, unknown]> {
  const process = config["process"];
  if (isObject(process)) yield ["/process/cwd", process["cwd"]];
  // Linux only recommends absolute destinations (runtime-mount-destination-relative); elsewhere they are required.
  if (platform !== "linux") yield* eachOf(config["mounts"], "/mounts", (m, p) => [[child(p, "destination"), m["destination"]]]);
  const hooks = config["hooks"];
  if (isObject(hooks) && platform !== "windows") {
    for (const kind of HOOK_KINDS) yield* eachOf(hooks[kind], child("/hooks", kind), (h, p) => [[child(p, "path"), h["path"]]]);
  }
  for (const { pointer, list } of namespaceLists(config)) yield* eachOf(list, pointer, (ns, p) => [[child(p, "path"), ns["path"]]]);
  const linux = config["linux"];
  if (isObject(linux)) {
    for (const key of ["maskedPaths", "readonlyPaths"]) {
      const list = linux[key];
      if (Array.isArray(list)) for (const [i, path] of list.entries()) yield [child("/linux", key, i), path];
    }
    yield* eachOf(linux["devices"], "/linux/devices", (d, p) => [[child(p, "path"), d["path"]]]);
  }
  const vm = config["vm"];
  if (isObject(vm)) {
    for (const part of ["hypervisor", "kernel", "image"]) {
      const o = vm[part];
      if (isObject(o)) yield [child("/vm", part, "path"), o["path"]];
    }
    const kernel = vm["kernel"];
    if (isObject(kernel)) yield ["/vm/kernel/initrd", kernel["initrd"]];
  }
}

function* eachOf(list: unknown, pointer: string, pick: (item: JsonObject, pointer: string) => [string, unknown][]): Generator<[string, unknown]> {
  if (!Array.isArray(list)) return;
  for (const [i, item] of list.entries()) if (isObject(item)) yield* pick(item, child(pointer, i));
}

/** `/hooks/prestart/0/path` as a person writes it: `hooks.prestart[0].path`. */
function label(pointer: string): string {
  return pointer.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join("").slice(1);
}
