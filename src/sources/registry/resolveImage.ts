// From a reference to the roots of the walk: the manifest the tag or digest names (or, with
// --platform, the one image of its index), and everything attached to it through referrers. They
// become the descriptors of a virtual index.json, so the layout walker lints a registry unchanged.

import { INDEX_TYPES, MANIFEST_TYPES, OCI, isObject, isParsedDigest, parseDigest } from "../../model/index.js";
import type { BlobScan } from "../../content/scanBlob.js";
import { UsageError } from "../../errors.js";
import type { ContentLimits } from "../limits.js";
import type { RegistryClient } from "./registryClient.js";
import type { RegistryReference } from "./reference.js";
import { fetchDocument } from "./fetchDocument.js";
import { listReferrers, type ReferrerDescriptor } from "./referrers.js";
import { platformMatches, platformText, type PlatformChoice } from "./platformSelector.js";
import { contentType, type ResponseProblems } from "./responses.js";
import { manifestTypeProblem } from "./manifestChecks.js";

export interface FetchedDocument {
  bytes: Uint8Array;
  scan: BlobScan;
}

export interface ResolvedImage {
  /** The virtual index.json: the resolved manifest first, then its referrers. */
  indexJson: Uint8Array;
  /** Documents read while resolving, by the digest their descriptor names: the walk sees these same bytes. */
  documents: Map<string, FetchedDocument>;
}

export interface ResolveOptions {
  platform?: PlatformChoice;
  limits: ContentLimits;
  problems: ResponseProblems;
  /** The target as given, for error messages. */
  target: string;
}

/** Nested indexes followed to find a --platform, and referrers of referrers followed. */
const MAX_INDEX_DEPTH = 8;
const MAX_REFERRER_DEPTH = 3;
const MAX_REFERRERS = 1000;

type Descriptor = Record<string, unknown> & { mediaType: string; digest: string; size: number };

export async function resolveImage(client: RegistryClient, reference: RegistryReference, options: ResolveOptions): Promise<ResolvedImage> {
  const documents = new Map<string, FetchedDocument>();
  const root = await fetchRoot(client, reference, options, documents);
  let entry: Descriptor = root.descriptor;
  if (options.platform && INDEX_TYPES.has(root.descriptor.mediaType) && root.value) {
    // The index itself is not walked then: check here that it is what its digest says.
    const scanned = documents.get(root.descriptor.digest)?.scan.digest;
    if (scanned !== undefined && scanned !== root.descriptor.digest) {
      options.problems.add({ request: `GET ${client.path(`manifests/${reference.digest ?? reference.tag}`)}`, digest: root.descriptor.digest, message: `the index hashes to ${scanned}, not to ${root.descriptor.digest}` });
    }
    entry = await selectPlatform(client, root.value, options.platform, options, 0);
  }
  if (reference.tag) entry = { ...entry, annotations: { ...(isObject(entry["annotations"]) ? entry["annotations"] : {}), "org.opencontainers.image.ref.name": reference.tag } };
  // An index's images carry their own attachments (per-platform signatures and attestations).
  const subjects = [entry.digest];
  if (!options.platform && root.value && Array.isArray(root.value["manifests"])) {
    for (const child of root.value["manifests"]) if (isObject(child) && typeof child["digest"] === "string") subjects.push(child["digest"]);
  }
  const referrers = await collectReferrers(client, subjects, options);
  const index = { schemaVersion: 2, mediaType: OCI.index, manifests: [entry, ...referrers] };
  return { indexJson: new TextEncoder().encode(JSON.stringify(index)), documents };
}

async function fetchRoot(
  client: RegistryClient, reference: RegistryReference, options: ResolveOptions, documents: Map<string, FetchedDocument>,
): Promise<{ descriptor: Descriptor; value: Record<string, unknown> | undefined }> {
  const asked = reference.digest ?? reference.tag!;
  const answer = await fetchDocument(client, "manifests", asked, options.limits);
  if (answer.state === "status") {
    throw new UsageError(`cannot read ${options.target}: ${answer.status === 404 ? "no such manifest:" : "the registry answers"} ${answer.message}`);
  }
  const request = `GET ${client.path(`manifests/${asked}`)}`;
  const named = answer.headers.get("docker-content-digest") ?? undefined;
  const namedValid = named !== undefined && isParsedDigest(parseDigest(named));
  if (named !== undefined && !namedValid) options.problems.add({ request, message: `Docker-Content-Digest "${named}" is not a digest` });
  // The user's digest, else the registry's word for it (the walk then checks the bytes against it), else the bytes' own.
  const digest = reference.digest ?? (namedValid ? named! : answer.bytes !== undefined ? answer.scan.digest : undefined);
  if (digest === undefined) throw new UsageError(`cannot read ${options.target}: the manifest is over ${options.limits.maxDocumentBytes} bytes and the registry does not name its digest`);
  if (reference.digest && namedValid && named !== reference.digest) options.problems.add({ request, digest, message: `Docker-Content-Digest says ${named}, not the requested ${reference.digest}` });
  const value = answer.bytes ? parseObject(answer.bytes) : undefined;
  const served = contentType(answer.headers);
  const typeProblem = manifestTypeProblem(served, value);
  if (typeProblem) options.problems.add({ request, digest, message: typeProblem });
  if (answer.bytes) documents.set(digest, { bytes: answer.bytes, scan: answer.scan });
  const mediaType = MANIFEST_TYPES.has(served) || INDEX_TYPES.has(served) ? served : guessedType(value);
  return { descriptor: { mediaType, digest, size: answer.scan.size }, value };
}

/** A document served under a wrong Content-Type is still walked, as what it says it is. */
function guessedType(value: Record<string, unknown> | undefined): string {
  const own = value?.["mediaType"];
  if (typeof own === "string" && (MANIFEST_TYPES.has(own) || INDEX_TYPES.has(own))) return own;
  return Array.isArray(value?.["manifests"]) ? OCI.index : OCI.manifest;
}

async function selectPlatform(
  client: RegistryClient, index: Record<string, unknown>, choice: PlatformChoice, options: ResolveOptions, depth: number,
): Promise<Descriptor> {
  const entries = (Array.isArray(index["manifests"]) ? index["manifests"] : []).filter(isDescriptor);
  const match = entries.find((e) => MANIFEST_TYPES.has(e.mediaType) && platformMatches(choice, e["platform"]));
  if (match) return match;
  const seen = entries.filter((e) => MANIFEST_TYPES.has(e.mediaType)).map((e) => platformText(e["platform"]));
  if (depth < MAX_INDEX_DEPTH) {
    for (const nested of entries.filter((e) => INDEX_TYPES.has(e.mediaType))) {
      const answer = await fetchDocument(client, "manifests", nested.digest, options.limits);
      const value = answer.state === "ok" && answer.bytes ? parseObject(answer.bytes) : undefined;
      if (answer.state !== "ok" || !value) continue;
      if (answer.scan.digest !== nested.digest) options.problems.add({ request: `GET ${client.path(`manifests/${nested.digest}`)}`, digest: nested.digest, message: `the index hashes to ${answer.scan.digest}, not to ${nested.digest}` });
      try {
        return await selectPlatform(client, value, choice, options, depth + 1);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
      }
    }
  }
  const want = [choice.os, choice.architecture, choice.variant].filter(Boolean).join("/");
  throw new UsageError(`cannot read ${options.target}: no image for ${want} in its index${seen.length ? ` (it has ${[...new Set(seen)].join(", ")})` : ""}`);
}

async function collectReferrers(client: RegistryClient, subjects: string[], options: ResolveOptions): Promise<ReferrerDescriptor[]> {
  const found: ReferrerDescriptor[] = [];
  const seen = new Set(subjects);
  let level = subjects;
  for (let depth = 0; depth < MAX_REFERRER_DEPTH && level.length > 0 && found.length < MAX_REFERRERS; depth++) {
    const next: string[] = [];
    for (const listing of await Promise.all(level.map((subject) => listReferrers(client, subject, options.limits, options.problems)))) {
      for (const descriptor of listing) {
        if (seen.has(descriptor.digest) || found.length >= MAX_REFERRERS) continue;
        seen.add(descriptor.digest);
        found.push(descriptor);
        next.push(descriptor.digest);
      }
    }
    level = next;
  }
  return found;
}

function parseObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isDescriptor(value: unknown): value is Descriptor {
  return isObject(value) && typeof value["mediaType"] === "string" && typeof value["digest"] === "string" && typeof value["size"] === "number";
}
