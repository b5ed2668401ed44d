// GOOS / GOARCH / variant values (image-spec image-index.md points at Go's lists; CHECKS.md §5.4).

/** Ports that `go tool dist list` builds today. */
export const GO_PORTS: Readonly<Record<string, readonly string[]>> = {
  aix: ["ppc64"],
  android: ["386", "amd64", "arm", "arm64"],
  darwin: ["amd64", "arm64"],
  dragonfly: ["amd64"],
  freebsd: ["386", "amd64", "arm", "arm64", "riscv64"],
  illumos: ["amd64"],
  ios: ["amd64", "arm64"],
  js: ["wasm"],
  wasip1: ["wasm"],
  linux: ["386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x"],
  netbsd: ["386", "amd64", "arm", "arm64"],
  openbsd: ["386", "amd64", "arm", "arm64", "ppc64", "riscv64"],
  plan9: ["386", "amd64", "arm"],
  solaris: ["amd64"],
  windows: ["386", "amd64", "arm64"],
};

/** Names Go knows (its syslist) but does not build: valid values, unusual in images. */
const KNOWN_UNPORTED_OS = ["hurd", "nacl", "zos"];
const KNOWN_UNPORTED_ARCH = ["amd64p32", "armbe", "arm64be", "mips64p32", "mips64p32le", "ppc", "riscv", "s390", "sparc", "sparc64"];
const UNPORTED_OS: ReadonlySet<string> = new Set(KNOWN_UNPORTED_OS);
const UNPORTED_ARCH: ReadonlySet<string> = new Set(KNOWN_UNPORTED_ARCH);

/** Either side is a name Go knows but does not build: the pair cannot be judged against GO_PORTS. */
export function isKnownUnported(os: string, arch: string): boolean {
  return UNPORTED_OS.has(os) || UNPORTED_ARCH.has(arch);
}

export const GOOS: ReadonlySet<string> = new Set([...Object.keys(GO_PORTS), ...KNOWN_UNPORTED_OS]);
export const GOARCH: ReadonlySet<string> = new Set([...Object.values(GO_PORTS).flat(), ...KNOWN_UNPORTED_ARCH]);

/** Spellings other ecosystems use, with the GOARCH / GOOS value they mean. */
export const ARCH_ALIASES: Readonly<Record<string, string>> = {
  x86_64: "amd64", "x86-64": "amd64", x64: "amd64", aarch64: "arm64", i386: "386", i686: "386", x86: "386",
  armhf: "arm", armel: "arm", armv7l: "arm", armv7: "arm", armv6l: "arm", ppc64el: "ppc64le", riscv: "riscv64",
};
export const OS_ALIASES: Readonly<Record<string, string>> = { macos: "darwin", osx: "darwin", win32: "windows", win: "windows", Linux: "linux", Windows: "windows" };

/** The GOOS value an unknown os most likely means (an alias, or a known name in other case). */
export function suggestedOs(os: string): string | undefined {
  return OS_ALIASES[os] ?? OS_ALIASES[os.toLowerCase()] ?? (GOOS.has(os.toLowerCase()) ? os.toLowerCase() : undefined);
}

/** The GOARCH value an unknown architecture most likely means. */
export function suggestedArchitecture(arch: string): string | undefined {
  return ARCH_ALIASES[arch] ?? ARCH_ALIASES[arch.toLowerCase()];
}

/** The Platform Variants table, extended with the Go analogues' values. */
export const VARIANTS: Readonly<Record<string, RegExp>> = {
  arm: /^v[5-8]$/,
  arm64: /^v(8(\.[0-9])?|9(\.[0-5])?)$/,
  ppc64le: /^power(8|9|10)$/,
  ppc64: /^power(8|9|10)$/,
  riscv64: /^rva2[023]u64$/,
  amd64: /^v[1-4]$/,
  "386": /^(sse2|softfloat)$/,
};

/** Is `arch/os` a port Go builds? Unknown pairs are legal but usually a typo. */
export function isKnownPort(os: string, architecture: string): boolean {
  return GO_PORTS[os]?.includes(architecture) ?? false;
}

/** The placeholder platform BuildKit gives attestation manifests in an index: not a real platform. */
export function isUnknownPlatform(os: string | undefined, architecture: string | undefined): boolean {
  return os === "unknown" && architecture === "unknown";
}

/**
 * The variant as clients match it: arm64 and arm64/v8 (and arm, arm/v7) name the same platform, as in
 * containerd's normalisation, and an empty variant is no variant.
 */
export function normalisedVariant(architecture: string | undefined, variant: string | undefined): string {
  if (variant === undefined || variant === "") return "";
  if ((architecture === "arm64" && variant === "v8") || (architecture === "arm" && variant === "v7")) return "";
  return variant;
}
