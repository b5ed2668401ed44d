import { defineRule, presetsFor, isObject, child } from "./defineRule.js";
import { GOARCH, GOOS, VARIANTS, isRfc3339DateTime, suggestedArchitecture, suggestedOs } from "../src/model/index.js";

const P = "org.opencontainers.image.";
// The image config's StopSignal grammar: a name with an optional offset (SIGRTMIN+3), or a number.
const SIGNAL = /^(?:SIG[A-Z0-9]+(?:[+-][0-9]+)?|[0-9]+)$/;

export default defineRule({
  id: "OCI-R020",
  name: "runtime-annotation-value",
  title: "An org.opencontainers.image annotation in a runtime config has an invalid value",
  description:
    "The image keys runtime-spec allows in a config MUST carry a value that is valid for the image config property they mirror: os is a GOOS value, architecture a GOARCH value, variant a variant of that architecture, created an RFC 3339 date-time and stopSignal a signal.",
  category: "runtime",
  spec: "runtime-spec config.md#annotations",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config", "runtime-state"],
  check(ctx) {
    const a = ctx.node["annotations"];
    if (!isObject(a)) return;
    const report = (suffix: string, message: string) => ctx.report({ pointer: child("/annotations", P + suffix), message: `${P}${suffix} ${message}` });
    const text = (suffix: string) => (typeof a[P + suffix] === "string" ? (a[P + suffix] as string) : undefined);
    const os = text("os");
    const osAlias = os === undefined ? undefined : suggestedOs(os);
    if (os !== undefined && !GOOS.has(os)) report("os", `"${os}" is not a GOOS value${osAlias ? `; use "${osAlias}"` : ""}`);
    const arch = text("architecture");
    const archAlias = arch === undefined ? undefined : suggestedArchitecture(arch);
    if (arch !== undefined && !GOARCH.has(arch)) report("architecture", `"${arch}" is not a GOARCH value${archAlias ? `; use "${archAlias}"` : ""}`);
    const variant = text("variant");
    const pattern = arch !== undefined ? VARIANTS[arch] : undefined;
    if (variant !== undefined && pattern && !pattern.test(variant)) report("variant", `"${variant}" is not a variant of ${arch}`);
    const created = text("created");
    if (created !== undefined && !isRfc3339DateTime(created)) report("created", `must be an RFC 3339 date-time (2024-01-31T12:00:00Z), found "${created}"`);
    const signal = text("stopSignal");
    if (signal !== undefined && !SIGNAL.test(signal)) report("stopSignal", `must be a signal name such as SIGTERM or a signal number, found "${signal}"`);
  },
});
