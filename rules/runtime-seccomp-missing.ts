import { defineRule, presetsFor, isObject } from "./defineRule.js";

const PERMISSIVE = new Set(["SCMP_ACT_ALLOW", "SCMP_ACT_LOG"]);

export default defineRule({
  id: "OCI-R029",
  name: "runtime-seccomp-missing",
  title: "A Linux container has no seccomp profile, or one that allows every system call",
  description:
    "Seccomp filters the system calls a container may make; without a profile every system call, including rarely needed ones with a history of kernel exploits (keyctl, bpf, userfaultfd), reaches the kernel. A profile whose default action allows everything and that denies nothing filters nothing.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const linux = ctx.node["linux"];
    if (!isObject(linux)) return;
    const seccomp = linux["seccomp"];
    if (seccomp === undefined) {
      ctx.report({ pointer: "/linux", message: "no seccomp profile: the container can make every system call" });
      return;
    }
    if (!isObject(seccomp) || typeof seccomp["defaultAction"] !== "string" || !PERMISSIVE.has(seccomp["defaultAction"])) return;
    const syscalls = Array.isArray(seccomp["syscalls"]) ? (seccomp["syscalls"] as unknown[]) : [];
    const restricts = syscalls.some((s) => isObject(s) && typeof s["action"] === "string" && !PERMISSIVE.has(s["action"]));
    if (!restricts) {
      ctx.report({ pointer: "/linux/seccomp/defaultAction", message: `the seccomp profile allows every system call (${seccomp["defaultAction"]} and no rule that denies one)` });
    }
  },
});
