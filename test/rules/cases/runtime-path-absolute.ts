import { RUNTIME_CONFIG, RUNTIME_STATE, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "Windows paths", doc: WINDOWS_CONFIG },
    { name: "state", doc: RUNTIME_STATE },
    { name: "relative Linux mount destination is only deprecated", doc: edit(RUNTIME_CONFIG, `"destination": "/dev/pts"`, `"destination": "dev/pts"`) },
    { name: "joined namespace", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": "/var/run/netns/web"`) },
  ],
  invalid: [
    { name: "relative cwd", doc: edit(RUNTIME_CONFIG, `"cwd": "/"`, `"cwd": ▶"app"`), pointer: "/process/cwd", message: `process.cwd must be an absolute path, found "app"` },
    { name: "Windows cwd without a drive", doc: edit(WINDOWS_CONFIG, `"cwd": "C:\\\\"`, `"cwd": ▶"app"`), pointer: "/process/cwd", message: `process.cwd must be an absolute path, found "app"` },
    { name: "Windows mount destination", doc: edit(WINDOWS_CONFIG, `"destination": "C:\\\\data"`, `"destination": ▶"data"`), pointer: "/mounts/0/destination", message: `mounts[0].destination must be an absolute path, found "data"` },
    { name: "hook path", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "hooks": { "createRuntime": [{ "path": ▶"bin/setup-network" }] },`), pointer: "/hooks/createRuntime/0/path", message: `hooks.createRuntime[0].path must be an absolute path, found "bin/setup-network"` },
    { name: "namespace path", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": ▶"netns/web"`), pointer: "/linux/namespaces/1/path", message: `linux.namespaces[1].path must be an absolute path, found "netns/web"` },
    { name: "read-only path", doc: edit(RUNTIME_CONFIG, `"/proc/bus",`, `▶"proc/bus",`), pointer: "/linux/readonlyPaths/0", message: `linux.readonlyPaths[0] must be an absolute path, found "proc/bus"` },
    { name: "device path", doc: edit(RUNTIME_CONFIG, `"linux": {`, `"linux": {\n    "devices": [{ "type": "c", "path": ▶"dev/fuse", "major": 10, "minor": 229 }],`), pointer: "/linux/devices/0/path", message: `linux.devices[0].path must be an absolute path, found "dev/fuse"` },
    { name: "VM kernel", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "vm": { "kernel": { "path": ▶"vmlinuz" } },`), pointer: "/vm/kernel/path", message: `vm.kernel.path must be an absolute path, found "vmlinuz"` },
    { name: "state bundle", doc: edit(RUNTIME_STATE, `"bundle": "/run/containers/web-1"`, `"bundle": ▶"containers/web-1"`), pointer: "/bundle", message: `bundle must be the absolute path of the bundle directory, found "containers/web-1"` },
  ],
} satisfies RuleCases;
