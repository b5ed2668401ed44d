import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const SECCOMP = `"syscalls": [
        {
          "names": [
            "read",
            "write",
            "exit_group"
          ],
          "action": "SCMP_ACT_ALLOW"
        }
      ]`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "recursive rootfs propagation (containerd CRI writes rslave)", doc: edit(RUNTIME_CONFIG, `"linux": {`, `"linux": {\n    "rootfsPropagation": "rslave",`) },
    { name: "RLIM_INFINITY as uint64", doc: edit(RUNTIME_CONFIG, `"hard": 1024`, `"hard": 18446744073709551615`) },
    { name: "empty CPU list", doc: edit(RUNTIME_CONFIG, `"resources": {`, `"resources": {\n      "cpu": { "cpus": "", "mems": "0-3,7" },`) },
    { name: "hugepage sizes", doc: edit(RUNTIME_CONFIG, `"resources": {`, `"resources": {\n      "hugepageLimits": [{ "pageSize": "2MB", "limit": 209715200 }, { "pageSize": "64KB", "limit": 0 }],`) },
    { name: "state", doc: RUNTIME_STATE },
    { name: "features with null members", doc: edit(RUNTIME_FEATURES, `"mountOptions": [`, `"potentiallyUnsafeConfigAnnotations": null,\n  "mountOptions": [`) },
    { name: "Windows", doc: WINDOWS_CONFIG },
  ],
  invalid: [
    { name: "rootfsPropagation", doc: edit(RUNTIME_CONFIG, `"linux": {`, `"linux": {\n    "rootfsPropagation": ▶"host",`), pointer: "/linux/rootfsPropagation", message: `"rootfsPropagation" must be one of "shared", "slave", "private", "unbindable", "rshared", "rslave", "rprivate", "runbindable", found "host"` },
    { name: "negative uid", doc: edit(RUNTIME_CONFIG, `"uid": 0`, `"uid": ▶-1`), pointer: "/process/user/uid", message: `"uid" must be a uint32 (0 to 4294967295), found -1` },
    { name: "hook timeout of zero", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "hooks": { "poststart": [{ "path": "/usr/bin/notify", "timeout": ▶0 }] },`), pointer: "/hooks/poststart/0/timeout", message: `"timeout" must be greater than zero (seconds), found 0` },
    { name: "seccomp rule without names", doc: edit(RUNTIME_CONFIG, SECCOMP, `"syscalls": [\n        {\n          "names": ▶[],\n          "action": "SCMP_ACT_ALLOW"\n        }\n      ]`), pointer: "/linux/seccomp/syscalls/0/names", message: `"names" must name at least one system call, found an array` },
    { name: "CPU list", doc: edit(RUNTIME_CONFIG, `"resources": {`, `"resources": {\n      "cpu": { "cpus": ▶"0..3" },`), pointer: "/linux/resources/cpu/cpus", message: `"cpus" must be a comma-separated list of numbers and ranges such as 0-3,7, found "0..3"` },
    { name: "hugepage size", doc: edit(RUNTIME_CONFIG, `"resources": {`, `"resources": {\n      "hugepageLimits": [{ "pageSize": ▶"2M", "limit": 0 }],`), pointer: "/linux/resources/hugepageLimits/0/pageSize", message: /must be <size><unit prefix>B/ },
    { name: "device cgroup access", doc: edit(RUNTIME_CONFIG, `"access": "rwm"`, `"access": ▶"rwx"`), pointer: "/linux/resources/devices/0/access", message: `"access" must be made of r (read), w (write) and m (mknod), found "rwx"` },
    { name: "empty annotation key", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "annotations": { ▶"": "x" },`), pointer: "/annotations/", message: `key "" must not be empty` },
    { name: "io priority", doc: edit(RUNTIME_CONFIG, `"noNewPrivileges": true`, `"noNewPrivileges": true,\n    "ioPriority": { "class": "IOPRIO_CLASS_BE", "priority": ▶8 }`), pointer: "/process/ioPriority/priority", message: `"priority" must be from 0 (highest) to 7 (lowest), found 8` },
    { name: "VM image format", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "vm": { "kernel": { "path": "/var/lib/vm/vmlinuz" }, "image": { "path": "/var/lib/vm/root.img", "format": ▶"iso" } },`), pointer: "/vm/image/format", message: /must be one of "raw", "qcow2", "vdi", "vmdk", "vhd", found "iso"$/ },
    { name: "Windows layer folders empty", doc: edit(WINDOWS_CONFIG, `"layerFolders": [\n      "C:\\\\ProgramData\\\\containerd\\\\snapshots\\\\2"\n    ]`, `"layerFolders": ▶[]`), pointer: "/windows/layerFolders", message: `"layerFolders" must list at least one layer folder, found an array` },
    { name: "negative pid in a state", doc: edit(RUNTIME_STATE, `"pid": 4422`, `"pid": ▶-3`), pointer: "/pid", message: `"pid" must be a process ID (0 or more), found -3` },
  ],
} satisfies RuleCases;
