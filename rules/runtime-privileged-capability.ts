import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";
import { CAPABILITY_SETS } from "../src/model/index.js";

// Capabilities that let a process act on the kernel or the host beyond its own container.
const PRIVILEGED: Readonly<Record<string, string>> = {
  CAP_SYS_ADMIN: "it opens most of the kernel's administrative interfaces (mount, namespaces, devices) and is close to full root",
  CAP_SYS_MODULE: "it loads kernel modules",
  CAP_SYS_RAWIO: "it gives raw access to I/O ports and device memory",
  CAP_SYS_PTRACE: "it lets the process trace and read the memory of other processes",
  CAP_SYS_BOOT: "it lets the process reboot or load a new kernel",
  CAP_SYS_TIME: "it sets the host's clock",
  CAP_DAC_READ_SEARCH: "it opens files by handle past directory permissions, a known way out of a container",
  CAP_MAC_ADMIN: "it changes the mandatory access control policy (AppArmor, SELinux)",
  CAP_MAC_OVERRIDE: "it bypasses the mandatory access control policy",
  CAP_NET_ADMIN: "it reconfigures interfaces, routes and firewall rules of the network namespace",
  CAP_BPF: "it loads BPF programs into the kernel",
  CAP_PERFMON: "it reads kernel performance and tracing data",
  CAP_SYSLOG: "it reads the kernel log and kernel addresses",
  CAP_AUDIT_CONTROL: "it changes the kernel's audit rules",
};

export default defineRule({
  id: "OCI-R026",
  name: "runtime-privileged-capability",
  title: "The process keeps a capability that reaches beyond the container",
  description:
    "Capabilities such as CAP_SYS_ADMIN, CAP_SYS_MODULE, CAP_SYS_PTRACE or CAP_DAC_READ_SEARCH let a process act on the kernel or the host; a container that keeps one is a privileged container in all but name, and a compromise of it is a compromise of the host.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const capabilities = valueAt(ctx.node, "process", "capabilities");
    if (!isObject(capabilities)) return;
    // One finding per capability, at its first occurrence, naming every set that holds it.
    const found = new Map<string, { pointer: string; sets: string[] }>();
    for (const set of CAPABILITY_SETS) {
      const list = capabilities[set];
      if (!Array.isArray(list)) continue;
      for (const [i, name] of list.entries()) {
        if (typeof name !== "string" || PRIVILEGED[name] === undefined) continue;
        const seen = found.get(name);
        if (seen) {
          if (!seen.sets.includes(set)) seen.sets.push(set);
        } else found.set(name, { pointer: child("/process/capabilities", set, i), sets: [set] });
      }
    }
    for (const [name, { pointer, sets }] of found) {
      ctx.report({ pointer, message: `the process keeps ${name} (${sets.join(", ")}): ${PRIVILEGED[name]}` });
    }
  },
});
