import { defineRule, presetsFor, valueAt, isObject, child } from "./defineRule.js";
import { SECCOMP_ARCHITECTURES, suggestName } from "../src/model/index.js";

// Architecture names from uname, Go and Debian, with the libseccomp name each one means.
const ALIASES: Readonly<Record<string, string>> = {
  x86_64: "SCMP_ARCH_X86_64", amd64: "SCMP_ARCH_X86_64", i386: "SCMP_ARCH_X86", i686: "SCMP_ARCH_X86", "386": "SCMP_ARCH_X86",
  aarch64: "SCMP_ARCH_AARCH64", arm64: "SCMP_ARCH_AARCH64", arm: "SCMP_ARCH_ARM", ppc64le: "SCMP_ARCH_PPC64LE",
  s390x: "SCMP_ARCH_S390X", riscv64: "SCMP_ARCH_RISCV64", loong64: "SCMP_ARCH_LOONGARCH64",
};

export default defineRule({
  id: "OCI-R015",
  name: "runtime-seccomp-architecture",
  title: "A seccomp architecture is not a libseccomp architecture name",
  description:
    "seccomp.architectures lists libseccomp's SCMP_ARCH_* constants. An unknown name makes the runtime reject the profile; a Go or uname name (amd64, x86_64) where SCMP_ARCH_X86_64 is meant is the usual cause.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#seccomp",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const seccomp = valueAt(ctx.node, "linux", "seccomp");
    const list = isObject(seccomp) ? seccomp["architectures"] : undefined;
    if (!Array.isArray(list)) return;
    for (const [i, arch] of list.entries()) {
      if (typeof arch !== "string" || SECCOMP_ARCHITECTURES.has(arch)) continue;
      const bare = arch.replace(/^SCMP_ARCH_/i, "");
      const near = ALIASES[bare.toLowerCase()] ?? suggestName(`SCMP_ARCH_${bare}`, SECCOMP_ARCHITECTURES, 1);
      ctx.report({ pointer: child("/linux/seccomp/architectures", i), message: `"${arch}" is not a seccomp architecture${near ? `; did you mean "${near}"?` : ""}` });
    }
  },
});
