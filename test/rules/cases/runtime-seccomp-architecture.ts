import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "x86 family", doc: RUNTIME_CONFIG },
    { name: "libseccomp 2.6 architectures", doc: edit(RUNTIME_CONFIG, `"SCMP_ARCH_X32"`, `"SCMP_ARCH_X32",\n        "SCMP_ARCH_LOONGARCH64",\n        "SCMP_ARCH_RISCV64"`) },
  ],
  invalid: [
    { name: "Go name", doc: edit(RUNTIME_CONFIG, `"SCMP_ARCH_X86_64",`, `▶"amd64",`), pointer: "/linux/seccomp/architectures/0", message: `"amd64" is not a seccomp architecture; did you mean "SCMP_ARCH_X86_64"?` },
    { name: "Go name with the prefix", doc: edit(RUNTIME_CONFIG, `"SCMP_ARCH_X86_64",`, `▶"SCMP_ARCH_ARM64",`), pointer: "/linux/seccomp/architectures/0", message: `"SCMP_ARCH_ARM64" is not a seccomp architecture; did you mean "SCMP_ARCH_AARCH64"?` },
    { name: "unknown", doc: edit(RUNTIME_CONFIG, `"SCMP_ARCH_X32"`, `▶"SCMP_ARCH_VAX"`), pointer: "/linux/seccomp/architectures/2", message: `"SCMP_ARCH_VAX" is not a seccomp architecture` },
  ],
} satisfies RuleCases;
