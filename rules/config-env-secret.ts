import { defineRule, presetsFor, isObject } from "./defineRule.js";

// Whole segments of a key (split at _ - . and camelCase) that name a secret.
const SECRET_WORDS = new Set(["PASSWORD", "PASSWD", "PASS", "SECRET", "SECRETS", "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL", "PRIVATEKEY"]);
// Two consecutive segments that name a secret.
const SECRET_PAIRS = new Set(["API KEY", "ACCESS KEY", "PRIVATE KEY", "SECRET KEY", "AUTH KEY", "ENCRYPTION KEY", "SIGNING KEY"]);
// Keys known to hold public material, not secrets.
const HARMLESS_KEYS = new Set(["GPG_KEY", "GPG_KEYS", "PUBLIC_KEY"]);
// A last segment that makes the key name where a secret is, or something about it, not the secret.
const HARMLESS_LAST = new Set([
  "FILE", "FILES", "PATH", "DIR", "URL", "URI", "KEYRING", "ID", "NAME", "LENGTH", "LEN", "MIN", "MAX",
  "TTL", "EXPIRY", "EXPIRES", "TIMEOUT", "TYPE", "HEADER", "ENABLED", "REQUIRED", "PROVIDER", "SOURCE",
]);

function segments(key: string): string[] {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
}

/** Whether an Env key names a secret. */
function namesSecret(key: string): boolean {
  if (HARMLESS_KEYS.has(key.toUpperCase())) return false;
  const parts = segments(key);
  if (parts.length === 0 || HARMLESS_LAST.has(parts[parts.length - 1]!)) return false;
  if (parts.includes("PUBLIC")) return false;
  for (let i = 0; i < parts.length; i++) {
    if (SECRET_WORDS.has(parts[i]!)) return true;
    if (i + 1 < parts.length && SECRET_PAIRS.has(`${parts[i]} ${parts[i + 1]}`)) return true;
  }
  return false;
}

export default defineRule({
  id: "OCI-E002",
  name: "config-env-secret",
  title: "An Env entry of the config holds a secret",
  description:
    "Env is part of the image config, which anyone who can pull the image can read (docker inspect, a registry API); a password, token or key set there is published with the image and stays in every copy of it.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  // The position holds the value: formatters must not print the source around it.
  sensitive: true,
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const config = ctx.node["config"];
    if (!isObject(config) || !Array.isArray(config["Env"])) return;
    config["Env"].forEach((entry, i) => {
      if (typeof entry !== "string") return;
      const eq = entry.indexOf("=");
      if (eq <= 0) return;
      const key = entry.slice(0, eq);
      const value = entry.slice(eq + 1).trim();
      // Empty, or an unexpanded reference such as ${TOKEN}: nothing is stored.
      if (value === "" || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value)) return;
      if (!namesSecret(key)) return;
      // Never the value: the message names the key only.
      ctx.report({ pointer: `/config/Env/${i}`, message: `Env sets ${key}, which names a secret; its value is readable by anyone who can pull the image` });
    });
  },
});
