// The runtime schemas, case by case: every section the spec defines passes when filled in the way the
// spec describes, unknown properties pass, and each kind of violation names its rule and pointer.

import { describe, expect, it } from "vitest";
import { validateSchema, type SchemaKind } from "../../src/schema/validateSchema.js";
import { lintDocument } from "../../src/index.js";
import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE, WINDOWS_CONFIG } from "./documents.js";

const config = () => JSON.parse(RUNTIME_CONFIG);
const windows = () => JSON.parse(WINDOWS_CONFIG);
const state = () => JSON.parse(RUNTIME_STATE);
const features = () => JSON.parse(RUNTIME_FEATURES);

function change<T>(doc: T, mutate: (d: T) => void): T {
  mutate(doc);
  return doc;
}

/** Every optional Linux property the spec defines, filled in. */
function fullLinux() {
  return change(config(), (d) => {
    d.domainname = "example.test";
    d.annotations = { "com.example.gpu-cores": "2", "org.opencontainers.image.os": "linux" };
    d.hooks = Object.fromEntries(["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"].map((k) => [k, [{ path: "/usr/bin/hook", args: ["hook", k], env: ["A=b"], timeout: 5 }]]));
    d.mounts.push({ destination: "/data", type: "none", source: "/volumes/data", options: ["rbind", "rw", "idmap"], uidMappings: [{ containerID: 0, hostID: 1000, size: 1 }], gidMappings: [{ containerID: 0, hostID: 1000, size: 1 }] });
    Object.assign(d.process, {
      consoleSize: { height: 25, width: 80 },
      apparmorProfile: "acme_secure_profile",
      selinuxLabel: "system_u:system_r:svirt_lxc_net_t:s0:c124,c675",
      oomScoreAdj: -500,
      scheduler: { policy: "SCHED_DEADLINE", nice: -5, priority: 0, flags: ["SCHED_FLAG_RESET_ON_FORK"], runtime: 10000000, deadline: 20000000, period: 20000000 },
      ioPriority: { class: "IOPRIO_CLASS_IDLE", priority: 4 },
      execCPUAffinity: { initial: "7", final: "0-3,7" },
    });
    d.process.user = { uid: 1, gid: 1, umask: 63, additionalGids: [5, 6] };
    d.process.capabilities.inheritable = ["CAP_KILL"];
    Object.assign(d.linux, {
      uidMappings: [{ containerID: 0, hostID: 1000, size: 32000 }],
      gidMappings: [{ containerID: 0, hostID: 1000, size: 32000 }],
      timeOffsets: { monotonic: { secs: 172800, nanosecs: 0 }, boottime: { secs: 604800 } },
      devices: [{ path: "/dev/fuse", type: "c", major: 10, minor: 229, fileMode: 438, uid: 0, gid: 0 }],
      netDevices: { eth1: { name: "eth0" }, ens4: {} },
      cgroupsPath: "/myRuntime/myContainer",
      intelRdt: { closID: "guaranteed_group", l3CacheSchema: "L3:0=7f0;1=1f", memBwSchema: "MB:0=20;1=70", schemata: ["L2:0=ff"], enableMonitoring: true },
      memoryPolicy: { mode: "MPOL_INTERLEAVE", nodes: "2-3", flags: ["MPOL_F_STATIC_NODES"] },
      sysctl: { "net.ipv4.ip_forward": "1" },
      rootfsPropagation: "slave",
      mountLabel: "system_u:object_r:svirt_sandbox_file_t:s0:c715,c811",
      personality: { domain: "LINUX32", flags: [] },
    });
    d.linux.namespaces.push({ type: "user" }, { type: "cgroup" }, { type: "time" });
    d.linux.seccomp = {
      defaultAction: "SCMP_ACT_ERRNO", defaultErrnoRet: 1, architectures: ["SCMP_ARCH_X86_64"], flags: ["SECCOMP_FILTER_FLAG_LOG"],
      listenerPath: "/run/agent.sock", listenerMetadata: "MKNOD=/dev/null",
      syscalls: [{ names: ["personality"], action: "SCMP_ACT_ALLOW", args: [{ index: 0, value: 8, valueTwo: 0, op: "SCMP_CMP_EQ" }] }],
    };
    d.linux.resources = {
      devices: [{ allow: false, access: "rwm" }, { allow: true, type: "c", major: 10, minor: 229, access: "rw" }],
      memory: { limit: 536870912, reservation: 536870912, swap: 536870912, kernel: -1, kernelTCP: -1, swappiness: 0, disableOOMKiller: false, useHierarchy: true, checkBeforeUpdate: true },
      cpu: { shares: 1024, quota: 1000000, burst: 1000000, period: 500000, realtimeRuntime: 950000, realtimePeriod: 1000000, cpus: "2-3", mems: "0-7", idle: 0 },
      pids: { limit: 32771 },
      blockIO: {
        weight: 10, leafWeight: 10, weightDevice: [{ major: 8, minor: 0, weight: 500, leafWeight: 300 }],
        throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 600 }], throttleWriteIOPSDevice: [{ major: 8, minor: 16, rate: 300 }],
      },
      hugepageLimits: [{ pageSize: "2MB", limit: 209715200 }],
      network: { classID: 1048577, priorities: [{ name: "eth0", priority: 500 }] },
      rdma: { mlx5_1: { hcaHandles: 3, hcaObjects: 10000 } },
      unified: { "io.max": "259:0 rbps=2097152 wiops=120" },
    };
  });
}

interface Valid { name: string; kind: SchemaKind; data: unknown }
interface Invalid extends Valid { rule: string; pointer: string }

const valid: Valid[] = [
  { name: "every Linux property", kind: "runtime-config", data: fullLinux() },
  { name: "Windows with every property", kind: "runtime-config", data: change(windows(), (d) => {
    Object.assign(d.windows, {
      devices: [{ id: "24E552D7-6523-47F7-A647-D3465BF1F5CA", idType: "class" }],
      resources: { memory: { limit: 2097152 }, cpu: { count: 2, shares: 100, maximum: 5000 }, storage: { iops: 50, bps: 1000, sandboxSize: 20000000000 } },
      network: { endpointList: ["7a010682-17e0-4455-a838-02e5d9655fe6"], allowUnqualifiedDNSQuery: true, DNSSearchList: ["a.com"], networkSharedContainerName: "c", networkNamespace: "168f3daf" },
      credentialSpec: { CmsPlugins: ["ActiveDirectory"] }, servicing: false, ignoreFlushesDuringBoot: true,
    });
    d.process.commandLine = "cmd /S /C ping";
  }) },
  { name: "Solaris", kind: "runtime-config", data: change(config(), (d) => {
    delete d.linux;
    d.solaris = { milestone: "svc:/milestone/container:default", limitpriv: "default", maxShmMemory: "512m", cappedCPU: { ncpus: "8" }, cappedMemory: { physical: "512m", swap: "512m" },
      anet: [{ linkname: "net0", lowerLink: "net2", allowedAddress: "172.17.0.2/16", configureAllowedAddress: "true", defrouter: "172.17.0.1/16", macAddress: "02:42:f8:52:c7:16", linkProtection: "mac-nospoof, ip-nospoof" }] };
  }) },
  { name: "VM", kind: "runtime-config", data: change(config(), (d) => {
    d.vm = { hypervisor: { path: "/usr/bin/qemu-system-x86_64", parameters: ["-m", "1G"] }, kernel: { path: "/var/lib/vm/vmlinuz", parameters: ["console=ttyS0"], initrd: "/var/lib/vm/initrd.img" }, image: { path: "/var/lib/vm/root.img", format: "qcow2" } };
  }) },
  { name: "z/OS", kind: "runtime-config", data: change(config(), (d) => {
    delete d.linux;
    d.zos = { namespaces: [{ type: "pid" }, { type: "mount" }, { type: "ipc", path: "/proc/1234/ns/ipc" }] };
  }) },
  { name: "unknown properties are ignored", kind: "runtime-config", data: change(config(), (d) => { d["com.example.extra"] = { any: 1 }; d.process["com.example.flag"] = true; }) },
  { name: "no process, hooks or mounts", kind: "runtime-config", data: { ociVersion: "1.0.0", root: { path: "rootfs" } } },
  { name: "state", kind: "runtime-state", data: state() },
  { name: "state of a runtime's own status", kind: "runtime-state", data: change(state(), (d) => (d.status = "paused")) },
  { name: "features", kind: "runtime-features", data: features() },
  { name: "features with null members", kind: "runtime-features", data: change(features(), (d) => { d.hooks = null; d.linux.seccomp.actions = null; d.linux.cgroup.rdma = null; d.annotations = null; }) },
];

const invalid: Invalid[] = [
  { name: "config without ociVersion", kind: "runtime-config", data: change(config(), (d) => delete d.ociVersion), rule: "required-property", pointer: "" },
  { name: "process without cwd", kind: "runtime-config", data: change(config(), (d) => delete d.process.cwd), rule: "required-property", pointer: "/process" },
  { name: "mount without destination", kind: "runtime-config", data: change(config(), (d) => delete d.mounts[1].destination), rule: "required-property", pointer: "/mounts/1" },
  { name: "uid as a string", kind: "runtime-config", data: change(config(), (d) => (d.process.user.uid = "0")), rule: "property-type", pointer: "/process/user/uid" },
  { name: "args as a string", kind: "runtime-config", data: change(config(), (d) => (d.process.args = "sh")), rule: "property-type", pointer: "/process/args" },
  { name: "uint32 overflow in an id mapping", kind: "runtime-config", data: change(config(), (d) => (d.linux.uidMappings = [{ containerID: 0, hostID: 4294967296, size: 1 }])), rule: "runtime-value", pointer: "/linux/uidMappings/0/hostID" },
  { name: "seccomp without defaultAction", kind: "runtime-config", data: change(config(), (d) => delete d.linux.seccomp.defaultAction), rule: "required-property", pointer: "/linux/seccomp" },
  { name: "unknown seccomp operator", kind: "runtime-config", data: change(config(), (d) => (d.linux.seccomp.syscalls[0].args = [{ index: 0, value: 1, op: "SCMP_CMP_IN" }])), rule: "runtime-value", pointer: "/linux/seccomp/syscalls/0/args/0/op" },
  { name: "unknown clock", kind: "runtime-config", data: change(config(), (d) => (d.linux.timeOffsets = { realtime: { secs: 1 } })), rule: "runtime-value", pointer: "/linux/timeOffsets/realtime" },
  { name: "memory policy mode", kind: "runtime-config", data: change(config(), (d) => (d.linux.memoryPolicy = { mode: "MPOL_SPREAD" })), rule: "runtime-value", pointer: "/linux/memoryPolicy/mode" },
  { name: "memBwSchema without MB:", kind: "runtime-config", data: change(config(), (d) => (d.linux.intelRdt = { memBwSchema: "0=20;1=70" })), rule: "runtime-value", pointer: "/linux/intelRdt/memBwSchema" },
  { name: "Windows without layerFolders", kind: "runtime-config", data: change(windows(), (d) => delete d.windows.layerFolders), rule: "required-property", pointer: "/windows" },
  { name: "Windows CPU maximum beyond uint16", kind: "runtime-config", data: change(windows(), (d) => (d.windows.resources.cpu.maximum = 70000)), rule: "runtime-value", pointer: "/windows/resources/cpu/maximum" },
  { name: "VM without kernel", kind: "runtime-config", data: change(config(), (d) => (d.vm = { hypervisor: { path: "/usr/bin/qemu" } })), rule: "required-property", pointer: "/vm" },
  { name: "state without bundle", kind: "runtime-state", data: change(state(), (d) => delete d.bundle), rule: "required-property", pointer: "" },
  { name: "state ociVersion", kind: "runtime-state", data: change(state(), (d) => (d.ociVersion = "1")), rule: "runtime-version-format", pointer: "/ociVersion" },
  { name: "features without ociVersionMax", kind: "runtime-features", data: change(features(), (d) => delete d.ociVersionMax), rule: "required-property", pointer: "" },
  { name: "features switch as a string", kind: "runtime-features", data: change(features(), (d) => (d.linux.apparmor.enabled = "yes")), rule: "property-type", pointer: "/linux/apparmor/enabled" },
];

describe("runtime schemas", () => {
  it.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_, c) => {
    expect(validateSchema(c.kind, c.data)).toEqual([]);
  });

  it.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_, c) => {
    expect(validateSchema(c.kind, c.data).map((v) => [v.rule, v.pointer])).toEqual([[c.rule, c.pointer]]);
  });

  it("the fully filled Linux config is clean under every rule", () => {
    expect(lintDocument(fullLinux(), { preset: "all", path: "config.json" }).findings).toEqual([]);
  });
});

describe("numbers in runtime documents", () => {
  it("read integers up to uint64 as Go writes them (RLIM_INFINITY), with no JSON finding", () => {
    const text = RUNTIME_CONFIG.replace(`"hard": 1024`, `"hard": 18446744073709551615`).replace(`"soft": 1024`, `"soft": 18446744073709551615`);
    expect(lintDocument(text, { preset: "all" }).findings).toEqual([]);
  });

  it("still report a number no parser holds, and large integers in image documents", () => {
    const overflow = RUNTIME_CONFIG.replace(`"hard": 1024`, `"hard": 1e400`);
    expect(lintDocument(overflow, { preset: "all" }).findings.map((f) => f.ruleName)).toContain("json-unsafe-number");
    const image = `{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "sha256:${"a".repeat(64)}", "size": 18446744073709551615}`;
    expect(lintDocument(image, { preset: "all" }).findings.map((f) => f.ruleName)).toContain("json-unsafe-number");
  });
});

describe("kind detection of runtime documents", () => {
  it.each([
    ["config with only root", { ociVersion: "1.0.0", root: { path: "rootfs" } }, "runtime-config"],
    ["config with only process", { ociVersion: "1.0.0", process: { cwd: "/", args: ["sh"] } }, "runtime-config"],
    ["config with only mounts", { ociVersion: "1.0.0", mounts: [] }, "runtime-config"],
    ["state", { ociVersion: "1.0.0", id: "a", status: "stopped", bundle: "/b" }, "runtime-state"],
    ["features", { ociVersionMin: "1.0.0", ociVersionMax: "1.1.0" }, "runtime-features"],
  ] as const)("%s", (_, doc, kind) => {
    expect(lintDocument(doc).results[0]!.kind).toBe(kind);
  });

  it("a bare ociVersion is not enough to tell", () => {
    expect(lintDocument({ ociVersion: "1.0.0" }).findings.map((f) => f.ruleName)).toEqual(["unknown-document"]);
  });
});
