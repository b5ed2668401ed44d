// Images in a registry (OCI distribution API), walked as a layout: the registry store answers the
// walker's questions, so every layout rule applies unchanged. Environment failures (no such image,
// registry unreachable, credentials refused) are one-line errors (exit 2); bad answers are findings.

import type { Finding } from "./model/index.js";
import { UsageError } from "./errors.js";
import { rules } from "../rules/index.js";
import { walkLayout, type LayoutWalkOptions } from "./engine/walkLayout.js";
import { FindingSink, compareFindings } from "./engine/findingSink.js";
import { parseReference, registryBaseUrl, formatReference } from "./sources/registry/reference.js";
import { findCredentials } from "./sources/registry/credentials.js";
import { RegistryClient } from "./sources/registry/registryClient.js";
import { RegistryError } from "./sources/registry/registryError.js";
import { resolveImage } from "./sources/registry/resolveImage.js";
import { RegistryStore } from "./sources/registry/registryStore.js";
import { parsePlatform } from "./sources/registry/platformSelector.js";
import { ResponseProblems } from "./sources/registry/responses.js";

export interface RegistryOptions {
  /** `os/arch[/variant]`: lint only this image of an index. */
  platform?: string;
  /** Stream every blob and check it as a layout's would be; otherwise only manifests and image configs
   * are read and other blobs (layers) are checked with HEAD for existence and size. */
  blobs?: boolean;
  /** Speak plain HTTP to every registry (always so for localhost and 127.0.0.1). */
  insecure?: boolean;
  username?: string;
  password?: string;
  /** Docker's config.json for credentials; false reads none (default $DOCKER_CONFIG/config.json or ~/.docker/config.json). */
  dockerConfig?: string | false;
  /** Longest wait for an answer or for the next chunk of one, in milliseconds (default 30000). */
  timeoutMs?: number;
  /** Further attempts after a network failure, 429 or 5xx (default 3). */
  retries?: number;
}

export async function lintRegistry(target: string, walk: LayoutWalkOptions, options: RegistryOptions = {}): Promise<Finding[]> {
  const parsed = parseReference(target);
  if (!parsed.ok) throw new UsageError(`"${target}" is not an image reference: ${parsed.message}`);
  const reference = parsed.reference;
  const platform = options.platform !== undefined ? parsePlatform(options.platform) : undefined;
  const credentials = await findCredentials(reference.domain, options);
  const client = new RegistryClient({
    baseUrl: registryBaseUrl(reference.domain, options.insecure ?? false),
    repository: reference.repository,
    ...(credentials ? { credentials } : {}),
    timeoutMs: options.timeoutMs ?? 30_000,
    retries: options.retries ?? 3,
    ...(walk.signal ? { signal: walk.signal } : {}),
  });
  const problems = new ResponseProblems();
  try {
    const image = await resolveImage(client, reference, { ...(platform ? { platform } : {}), limits: walk.limits, problems, target: formatReference(reference) });
    const store = new RegistryStore(target, client, image, { limits: walk.limits, blobs: options.blobs ?? false, ...(walk.signal ? { signal: walk.signal } : {}) }, problems);
    const findings = await walkLayout(store, walk);
    return registryFindings(findings, problems, walk, target);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    // A mistyped path that happens to look like host/path: say that it is not a file either.
    const notFile = !target.startsWith("docker://") && error.message.endsWith(": host not found") ? ` (and no file "${target}" exists)` : "";
    throw new UsageError(`cannot read ${formatReference(reference)}: ${error.message}${notFile}`);
  } finally {
    client.close();
  }
}

/**
 * The walk's findings as a registry user reads them. index.json and oci-layout are ours, not the
 * registry's: nothing is reported about them (their one real fact, the served media type, is checked
 * as a response). The store itself words missing and unreadable blobs as the registry's.
 */
function registryFindings(findings: Finding[], problems: ResponseProblems, walk: LayoutWalkOptions, target: string): Finding[] {
  const kept = findings.filter((f) => f.location.path !== "index.json" && f.location.path !== "oci-layout");
  for (const problem of problems.list) {
    const sink = new FindingSink(walk.settings, { source: target, path: problem.request, ...(problem.digest ? { digest: problem.digest } : {}) });
    sink.report(rules["registry-response"], problem.message);
    kept.push(...sink.findings);
  }
  return kept.sort(compareFindings);
}
