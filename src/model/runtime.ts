// TypeScript shapes of the OCI runtime-spec documents (config.json, the state, the features structure)
// and the closed vocabularies the spec names. Inputs are untrusted JSON: the engine treats them as
// `unknown` until the schema has run; these types describe what a valid document looks like.

import type { Annotations } from "./spec.js";
import { isObject } from "./jsonValue.js";

// ---------------------------------------------------------------------------------------------------
// config.json (config.md and the platform documents)

export interface RuntimeConfig {
  ociVersion: string;
  root?: RuntimeRoot;
  mounts?: RuntimeMount[];
  process?: RuntimeProcess;
  hostname?: string;
  domainname?: string;
  hooks?: RuntimeHooks;
  annotations?: Annotations;
  linux?: RuntimeLinux;
  windows?: RuntimeWindows;
  solaris?: RuntimeSolaris;
  vm?: RuntimeVM;
  zos?: RuntimeZOS;
  /** runtime-spec 1.3 adds a FreeBSD section; ocilint checks only that it is an object. */
  freebsd?: Record<string, unknown>;
}

export interface RuntimeRoot {
  /** A path relative to the bundle or absolute (POSIX), a volume GUID path (Windows). */
  path: string;
  readonly?: boolean;
}

export interface LinuxIDMapping {
  containerID: number;
  hostID: number;
  size: number;
}

export interface RuntimeMount {
  destination: string;
  source?: string;
  type?: string;
  options?: string[];
  uidMappings?: LinuxIDMapping[];
  gidMappings?: LinuxIDMapping[];
}

export interface RuntimeProcess {
  terminal?: boolean;
  consoleSize?: { height: number; width: number };
  cwd: string;
  env?: string[];
  /** At least one entry on every platform but Windows, where commandLine may replace it. */
  args?: string[];
  commandLine?: string;
  user?: RuntimeUser;
  rlimits?: POSIXRlimit[];
  capabilities?: LinuxCapabilities;
  noNewPrivileges?: boolean;
  apparmorProfile?: string;
  selinuxLabel?: string;
  oomScoreAdj?: number;
  scheduler?: LinuxScheduler;
  ioPriority?: LinuxIOPriority;
  execCPUAffinity?: { initial?: string; final?: string };
}

/** POSIX platforms use uid and gid (both required there); Windows uses username. */
export interface RuntimeUser {
  uid?: number;
  gid?: number;
  umask?: number;
  additionalGids?: number[];
  username?: string;
}

export interface POSIXRlimit {
  type: string;
  soft: number;
  hard: number;
}

export interface LinuxCapabilities {
  effective?: string[];
  bounding?: string[];
  inheritable?: string[];
  permitted?: string[];
  ambient?: string[];
}

export interface LinuxScheduler {
  policy: string;
  nice?: number;
  priority?: number;
  flags?: string[];
  runtime?: number;
  deadline?: number;
  period?: number;
}

export interface LinuxIOPriority {
  class: "IOPRIO_CLASS_RT" | "IOPRIO_CLASS_BE" | "IOPRIO_CLASS_IDLE";
  priority: number;
}

export interface RuntimeHook {
  path: string;
  args?: string[];
  env?: string[];
  /** Seconds; greater than zero when set. */
  timeout?: number;
}

export interface RuntimeHooks {
  /** Deprecated in favour of createRuntime, createContainer and startContainer. */
  prestart?: RuntimeHook[];
  createRuntime?: RuntimeHook[];
  createContainer?: RuntimeHook[];
  startContainer?: RuntimeHook[];
  poststart?: RuntimeHook[];
  poststop?: RuntimeHook[];
}

export interface LinuxNamespace {
  type: string;
  path?: string;
}

export interface LinuxDevice {
  type: string;
  path: string;
  major?: number;
  minor?: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

export interface LinuxDeviceCgroup {
  allow: boolean;
  type?: "a" | "c" | "b";
  major?: number;
  minor?: number;
  access?: string;
}

export interface LinuxResources {
  devices?: LinuxDeviceCgroup[];
  memory?: {
    limit?: number; reservation?: number; swap?: number; kernel?: number; kernelTCP?: number;
    swappiness?: number; disableOOMKiller?: boolean; useHierarchy?: boolean; checkBeforeUpdate?: boolean;
  };
  cpu?: {
    shares?: number; quota?: number; burst?: number; period?: number; realtimeRuntime?: number;
    realtimePeriod?: number; cpus?: string; mems?: string; idle?: number;
  };
  pids?: { limit: number };
  blockIO?: {
    weight?: number;
    leafWeight?: number;
    weightDevice?: { major: number; minor: number; weight?: number; leafWeight?: number }[];
    throttleReadBpsDevice?: LinuxThrottleDevice[];
    throttleWriteBpsDevice?: LinuxThrottleDevice[];
    throttleReadIOPSDevice?: LinuxThrottleDevice[];
    throttleWriteIOPSDevice?: LinuxThrottleDevice[];
  };
  hugepageLimits?: { pageSize: string; limit: number }[];
  network?: { classID?: number; priorities?: { name: string; priority: number }[] };
  rdma?: Record<string, { hcaHandles?: number; hcaObjects?: number }>;
  unified?: Record<string, string>;
}

export interface LinuxThrottleDevice {
  major: number;
  minor: number;
  rate: number;
}

export interface LinuxSeccomp {
  defaultAction: string;
  defaultErrnoRet?: number;
  architectures?: string[];
  flags?: string[];
  listenerPath?: string;
  listenerMetadata?: string;
  syscalls?: LinuxSyscall[];
}

export interface LinuxSyscall {
  names: string[];
  action: string;
  errnoRet?: number;
  args?: { index: number; value: number; valueTwo?: number; op: string }[];
}

export interface RuntimeLinux {
  namespaces?: LinuxNamespace[];
  uidMappings?: LinuxIDMapping[];
  gidMappings?: LinuxIDMapping[];
  timeOffsets?: Record<string, { secs?: number; nanosecs?: number }>;
  devices?: LinuxDevice[];
  netDevices?: Record<string, { name?: string }>;
  cgroupsPath?: string;
  resources?: LinuxResources;
  intelRdt?: {
    closID?: string; l3CacheSchema?: string; memBwSchema?: string; schemata?: string[]; enableMonitoring?: boolean;
  };
  memoryPolicy?: { mode: string; nodes?: string; flags?: string[] };
  sysctl?: Record<string, string>;
  seccomp?: LinuxSeccomp;
  rootfsPropagation?: string;
  maskedPaths?: string[];
  readonlyPaths?: string[];
  mountLabel?: string;
  personality?: { domain: "LINUX" | "LINUX32"; flags?: string[] };
}

export interface RuntimeWindows {
  layerFolders: string[];
  devices?: { id: string; idType: string }[];
  resources?: {
    memory?: { limit?: number };
    cpu?: { count?: number; shares?: number; maximum?: number };
    storage?: { iops?: number; bps?: number; sandboxSize?: number };
  };
  network?: {
    endpointList?: string[]; allowUnqualifiedDNSQuery?: boolean; DNSSearchList?: string[];
    networkSharedContainerName?: string; networkNamespace?: string;
  };
  credentialSpec?: Record<string, unknown>;
  servicing?: boolean;
  ignoreFlushesDuringBoot?: boolean;
  hyperv?: { utilityVMPath?: string };
}

export interface RuntimeSolaris {
  milestone?: string;
  limitpriv?: string;
  maxShmMemory?: string;
  cappedCPU?: { ncpus?: string };
  cappedMemory?: { physical?: string; swap?: string };
  anet?: {
    linkname?: string; lowerLink?: string; allowedAddress?: string; configureAllowedAddress?: string;
    defrouter?: string; macAddress?: string; linkProtection?: string;
  }[];
}

export interface RuntimeVM {
  hypervisor?: { path: string; parameters?: string[] };
  kernel: { path: string; parameters?: string[]; initrd?: string };
  image?: { path: string; format: "raw" | "qcow2" | "vdi" | "vmdk" | "vhd" };
}

export interface RuntimeZOS {
  namespaces?: LinuxNamespace[];
}

// ---------------------------------------------------------------------------------------------------
// The state of a container (runtime.md#state) and the features structure (features.md)

export interface RuntimeState {
  ociVersion: string;
  id: string;
  /** creating | created | running | stopped, or a runtime's own additional state. */
  status: string;
  /** Required on Linux while the status is created or running. */
  pid?: number;
  /** Absolute path of the bundle directory. */
  bundle: string;
  annotations?: Annotations;
}

/** Every property but the two versions may be absent or null; null is not the same as empty. */
export interface RuntimeFeatures {
  ociVersionMin: string;
  ociVersionMax: string;
  hooks?: string[] | null;
  mountOptions?: string[] | null;
  linux?: Record<string, unknown> | null;
  annotations?: Annotations | null;
  potentiallyUnsafeConfigAnnotations?: string[] | null;
}

// ---------------------------------------------------------------------------------------------------
// Which platform a config targets. config.json has no os field, so its platform section says it.

export type RuntimePlatform = "linux" | "windows" | "solaris" | "zos" | "freebsd";

/** The platform whose section the config carries; a config with none is read as Linux, the common case. */
export function runtimePlatform(config: Record<string, unknown>): RuntimePlatform {
  const has = (key: string) => isObject(config[key]);
  if (has("windows")) return "windows";
  if (has("solaris")) return "solaris";
  if (has("zos")) return "zos";
  if (has("freebsd")) return "freebsd";
  return "linux";
}

/** An absolute path as the platform spells one: `/…` on POSIX, `C:\…` or `\\…` on Windows. */
export function isAbsoluteRuntimePath(path: string, platform: RuntimePlatform): boolean {
  if (platform === "windows") return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
  return path.startsWith("/");
}

// ---------------------------------------------------------------------------------------------------
// SemVer 2.0.0, which ociVersion and the features versions follow (the schemas check the syntax)

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Orders two SemVer versions by SemVer precedence (build metadata ignored); undefined if either is not one. */
export function compareSemVer(a: string, b: string): number | undefined {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  if (!x || !y) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = compareNumeric(x[i]!, y[i]!);
    if (d !== 0) return d;
  }
  // A version with a pre-release ranks below the same version without one.
  if (x[4] === undefined || y[4] === undefined) return (x[4] === undefined ? 1 : 0) - (y[4] === undefined ? 1 : 0);
  const p = x[4].split(".");
  const q = y[4].split(".");
  for (let i = 0; i < Math.min(p.length, q.length); i++) {
    const d = comparePreRelease(p[i]!, q[i]!);
    if (d !== 0) return d;
  }
  return Math.sign(p.length - q.length);
}

function compareNumeric(a: string, b: string): number {
  return Math.sign(a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0);
}

function comparePreRelease(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return compareNumeric(a, b);
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// Closed vocabularies the spec lists

/** config-linux.md#namespaces; z/OS supports the first four. */
export const LINUX_NAMESPACE_TYPES: readonly string[] = ["pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"];
export const ZOS_NAMESPACE_TYPES: readonly string[] = ["pid", "mount", "ipc", "uts"];

/** capabilities(7) as of Linux 5.9 (CAP_CHECKPOINT_RESTORE, number 40, is the newest). */
export const LINUX_CAPABILITIES: ReadonlySet<string> = new Set([
  "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
  "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
  "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
  "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
  "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP",
  "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ",
  "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
]);

export const CAPABILITY_SETS = ["bounding", "effective", "permitted", "inheritable", "ambient"] as const;

/** getrlimit(2) on Linux; getrlimit(3) on Solaris adds RLIMIT_VMEM. */
export const LINUX_RLIMITS: ReadonlySet<string> = new Set([
  "RLIMIT_AS", "RLIMIT_CORE", "RLIMIT_CPU", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_LOCKS", "RLIMIT_MEMLOCK",
  "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_NOFILE", "RLIMIT_NPROC", "RLIMIT_RSS", "RLIMIT_RTPRIO", "RLIMIT_RTTIME",
  "RLIMIT_SIGPENDING", "RLIMIT_STACK",
]);
export const SOLARIS_RLIMITS: ReadonlySet<string> = new Set([
  "RLIMIT_AS", "RLIMIT_CORE", "RLIMIT_CPU", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_STACK", "RLIMIT_VMEM",
]);

/** Seccomp actions as libseccomp names them (config-linux.md#seccomp). */
export const SECCOMP_ACTIONS: ReadonlySet<string> = new Set([
  "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO",
  "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG", "SCMP_ACT_NOTIFY",
]);

/** The actions that take an errno (errnoRet, defaultErrnoRet). */
export const SECCOMP_ERRNO_ACTIONS: ReadonlySet<string> = new Set(["SCMP_ACT_ERRNO", "SCMP_ACT_TRACE"]);

/** The spec's list (libseccomp 2.5), plus the architectures libseccomp 2.6 added. */
export const SECCOMP_ARCHITECTURES: ReadonlySet<string> = new Set([
  "SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64", "SCMP_ARCH_MIPS",
  "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32",
  "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390", "SCMP_ARCH_S390X", "SCMP_ARCH_PARISC",
  "SCMP_ARCH_PARISC64", "SCMP_ARCH_RISCV64", "SCMP_ARCH_LOONGARCH64", "SCMP_ARCH_M68K", "SCMP_ARCH_SH", "SCMP_ARCH_SHEB",
]);

/** Annotation keys runtime-spec defines under org.opencontainers (config.md#annotations). */
export const RUNTIME_OCI_ANNOTATIONS: readonly string[] = [
  "org.opencontainers.image.os", "org.opencontainers.image.os.version", "org.opencontainers.image.os.features",
  "org.opencontainers.image.architecture", "org.opencontainers.image.variant", "org.opencontainers.image.author",
  "org.opencontainers.image.created", "org.opencontainers.image.stopSignal",
];

// ---------------------------------------------------------------------------------------------------
// Suggestions for near misses (net for network, SYS_ADMIN for CAP_SYS_ADMIN)

/** The known name a misspelt one most likely meant: same letters in another case, or within `maxDistance` edits. */
export function suggestName(value: string, names: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const name of names) {
    if (name.toLowerCase() === value.toLowerCase()) return name;
    const d = editDistance(value.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The namespace lists of a runtime config (Linux and z/OS both have one), each with its section and pointer. */
export function namespaceLists(config: Record<string, unknown>): Array<{ section: "linux" | "zos"; pointer: string; list: unknown[] }> {
  const out: Array<{ section: "linux" | "zos"; pointer: string; list: unknown[] }> = [];
  for (const section of ["linux", "zos"] as const) {
    const s = config[section];
    const list = isObject(s) ? s["namespaces"] : undefined;
    if (Array.isArray(list)) out.push({ section, pointer: `/${section}/namespaces`, list });
  }
  return out;
}
