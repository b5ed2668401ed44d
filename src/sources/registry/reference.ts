// Image references as the distribution API addresses them: domain[:port]/path[:tag][@digest], in the
// grammar of distribution/reference. A target counts as a registry reference only when it names its
// registry (a "." or ":" or "localhost" before the first "/") or starts with docker://, so a mistyped
// file name is never sent to Docker Hub.

import { isParsedDigest, parseDigest } from "../../model/index.js";
import { MAX_REFERENCE_NAME, REFERENCE_DOMAIN, REFERENCE_PATH, REFERENCE_TAG, normaliseDockerHub, splitReference } from "../../model/referenceGrammar.js";

const DOCKER_PREFIX = "docker://";


export interface RegistryReference {
  /** The registry as written (host[:port]), `docker.io` for Docker Hub. */
  domain: string;
  /** The repository path inside it, e.g. `library/busybox`. */
  repository: string;
  /** `latest` when the reference names neither a tag nor a digest. */
  tag?: string;
  digest?: string;
}

export type ParsedReference = { ok: true; reference: RegistryReference } | { ok: false; message: string };

/** Whether a target that is not an existing path should be read from a registry. */
export function isRegistryReference(target: string): boolean {
  if (target.startsWith(DOCKER_PREFIX)) return true;
  const slash = target.indexOf("/");
  if (slash <= 0 || !hasRegistryHost(target.slice(0, slash))) return false;
  return parseReference(target).ok;
}

function hasRegistryHost(first: string): boolean {
  return first.includes(".") || first.includes(":") || first === "localhost";
}

/** Parses `[docker://]domain/path[:tag][@digest]`; docker:// alone allows Docker Hub's short forms. */
export function parseReference(text: string): ParsedReference {
  const dockerForm = text.startsWith(DOCKER_PREFIX);
  const body = dockerForm ? text.slice(DOCKER_PREFIX.length) : text;
  const { name, tag, digest } = splitReference(body);
  if (digest !== undefined) {
    const parsed = parseDigest(digest);
    if (!isParsedDigest(parsed) || !parsed.registered) {
      return { ok: false, message: `the digest "${digest}" is not a sha256 or sha512 digest${isParsedDigest(parsed) ? "" : `: ${parsed.message}`}` };
    }
  }
  if (tag !== undefined && !REFERENCE_TAG.test(tag)) return { ok: false, message: `"${tag}" is not a valid tag (letters, digits, _ . - up to 128 characters, not starting with . or -)` };
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const named = slash > 0 && hasRegistryHost(first);
  if (!named && !dockerForm) return { ok: false, message: "names no registry (write host/path, localhost/path or docker://path)" };
  const { domain, repository } = normaliseDockerHub(named ? first : "docker.io", named ? name.slice(slash + 1) : name);
  if (!REFERENCE_DOMAIN.test(domain)) return { ok: false, message: `"${domain}" is not a registry host[:port]` };
  if (!REFERENCE_PATH.test(repository)) {
    return { ok: false, message: `"${repository}" is not a repository path (lowercase letters and digits joined by . _ __ or -, separated by /)` };
  }
  if (domain.length + 1 + repository.length > MAX_REFERENCE_NAME) return { ok: false, message: `the name is longer than ${MAX_REFERENCE_NAME} characters` };
  const reference: RegistryReference = { domain, repository };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  if (tag === undefined && digest === undefined) reference.tag = "latest";
  return { ok: true, reference };
}

/** The canonical text of a reference: `domain/repository[:tag][@digest]`. */
export function formatReference(reference: RegistryReference): string {
  return `${reference.domain}/${reference.repository}${reference.tag ? `:${reference.tag}` : ""}${reference.digest ? `@${reference.digest}` : ""}`;
}

/** Where the API lives: Docker Hub answers at registry-1.docker.io; plain HTTP only when asked or local. */
export function registryBaseUrl(domain: string, insecure: boolean): string {
  const host = domain === "docker.io" ? "registry-1.docker.io" : domain;
  return `${insecure || isLocalRegistry(domain) ? "http" : "https"}://${host}`;
}

/** Registries on the loopback interface speak plain HTTP by default, as Docker treats them. */
export function isLocalRegistry(domain: string): boolean {
  const host = domain.startsWith("[") ? domain.slice(0, domain.indexOf("]") + 1) : domain.replace(/:[0-9]+$/, "");
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}
