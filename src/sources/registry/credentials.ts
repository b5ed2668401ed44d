// Who to be at a registry: the username and password given (flags or environment), else the entry for
// that registry in Docker's config.json (`auths`, with a base64 `auth` or username/password), else
// nobody (anonymous, which public registries allow through the token flow).

import { promises as fs } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../../errors.js";
import { isObject } from "../../model/index.js";

export interface Credentials {
  username: string;
  password: string;
}

export interface CredentialSources {
  username?: string;
  password?: string;
  /** Docker's config.json to read; false reads none. Default: $DOCKER_CONFIG/config.json or ~/.docker/config.json. */
  dockerConfig?: string | false;
}

export async function findCredentials(domain: string, sources: CredentialSources, env: NodeJS.ProcessEnv = process.env): Promise<Credentials | undefined> {
  if (sources.username !== undefined || sources.password !== undefined) {
    if (!sources.username || sources.password === undefined) throw new UsageError("a registry username needs a password and a password needs a username");
    return { username: sources.username, password: sources.password };
  }
  if (sources.dockerConfig === false) return undefined;
  const path = sources.dockerConfig ?? join(env["DOCKER_CONFIG"] ?? join(homedir(), ".docker"), "config.json");
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    // No config file is the common case: anonymous access.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return credentialsFromDockerConfig(text, domain, path);
}

/** The `auths` entry for a registry: keys may carry a scheme or a path (`https://index.docker.io/v1/`). */
export function credentialsFromDockerConfig(text: string, domain: string, path: string): Credentials | undefined {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const auths = isObject(config) && isObject(config["auths"]) ? config["auths"] : {};
  const wanted = registryKey(domain);
  for (const [key, entry] of Object.entries(auths)) {
    if (registryKey(key) !== wanted || !isObject(entry)) continue;
    if (typeof entry["auth"] === "string" && entry["auth"] !== "") {
      const decoded = Buffer.from(entry["auth"], "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon <= 0) throw new UsageError(`${path}: the "auth" of ${key} is not base64 of username:password`);
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (typeof entry["username"] === "string" && typeof entry["password"] === "string") return { username: entry["username"], password: entry["password"] };
  }
  return undefined;
}

/** One spelling per registry: no scheme, no path, and Docker Hub's many names as docker.io. */
function registryKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//, "").replace(/\/.*$/, "");
  return host === "index.docker.io" || host === "registry-1.docker.io" ? "docker.io" : host;
}
