// What is attached to a manifest (signatures, SBOMs, attestations): the referrers API
// (GET /v2/<name>/referrers/<digest>), or, where a registry has none (404), the tag schema that
// clients push instead: an index tagged <alg>-<hex> (distribution-spec, "Referrers Tag Schema").

import { OCI, isParsedDigest, parseDigest } from "../../model/index.js";
import type { ContentLimits } from "../limits.js";
import type { RegistryClient } from "./registryClient.js";
import { fetchDocument } from "./fetchDocument.js";
import { contentType, describeStatus, type ResponseProblems } from "./responses.js";

export type ReferrerDescriptor = Record<string, unknown> & { mediaType: string; digest: string; size: number };

export async function listReferrers(client: RegistryClient, subject: string, limits: ContentLimits, problems: ResponseProblems): Promise<ReferrerDescriptor[]> {
  const apiPath = client.path(`referrers/${subject}`);
  type Listing = { state: "listed"; type: string; text: string } | { state: "failed"; status: number; message: string };
  const api = await client.exchange("GET", apiPath, [OCI.index], async (response): Promise<Listing> => {
    if (response.status !== 200) return { state: "failed", status: response.status, message: await describeStatus(response) };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.chunks()) {
      size += chunk.length;
      if (size > limits.maxDocumentBytes) return { state: "failed", status: 200, message: `the referrers listing is over ${limits.maxDocumentBytes} bytes` };
      chunks.push(chunk);
    }
    return { state: "listed", type: contentType(response.headers), text: Buffer.concat(chunks).toString("utf8") };
  });
  if (api.state === "listed") {
    const request = `GET ${apiPath}`;
    if (api.type !== OCI.index) problems.add({ request, digest: subject, message: `the referrers listing is served as "${api.type}", not as "${OCI.index}"` });
    return descriptorsOf(api.text, request, subject, problems);
  }
  if (api.status === 200) {
    problems.add({ request: `GET ${apiPath}`, digest: subject, message: api.message });
    return [];
  }
  // 404: no referrers API; look for the index that clients push under the fallback tag.
  if (api.status !== 404) problems.add({ request: `GET ${apiPath}`, digest: subject, message: `the referrers API answers ${api.message}` });
  const tag = fallbackTag(subject);
  const tagPath = client.path(`manifests/${tag}`);
  const answer = await fetchDocument(client, "manifests", tag, limits);
  if (answer.state === "status") {
    if (answer.status !== 404) problems.add({ request: `GET ${tagPath}`, digest: subject, message: `the referrers tag answers ${answer.message}` });
    return [];
  }
  const request = `GET ${tagPath}`;
  if (answer.bytes === undefined) {
    problems.add({ request, digest: subject, message: `the referrers index is over ${limits.maxDocumentBytes} bytes` });
    return [];
  }
  const named = answer.headers.get("docker-content-digest");
  if (named && named !== answer.scan.digest) problems.add({ request, digest: subject, message: `the referrers index hashes to ${answer.scan.digest}, not to ${named} as Docker-Content-Digest says` });
  return descriptorsOf(Buffer.from(answer.bytes).toString("utf8"), request, subject, problems);
}

/** `sha256:<hex>` → `sha256-<hex>`, cut to the lengths a tag allows (algorithm 32, hex 64). */
export function fallbackTag(digest: string): string {
  const colon = digest.indexOf(":");
  return `${digest.slice(0, colon).slice(0, 32)}-${digest.slice(colon + 1).slice(0, 64)}`;
}

function descriptorsOf(text: string, request: string, subject: string, problems: ResponseProblems): ReferrerDescriptor[] {
  let index: unknown;
  try {
    index = JSON.parse(text);
  } catch (error) {
    problems.add({ request, digest: subject, message: `the referrers listing is not JSON: ${(error as Error).message}` });
    return [];
  }
  const manifests = typeof index === "object" && index !== null ? (index as Record<string, unknown>)["manifests"] : undefined;
  if (!Array.isArray(manifests)) {
    problems.add({ request, digest: subject, message: "the referrers listing is not an image index (no manifests array)" });
    return [];
  }
  const found: ReferrerDescriptor[] = [];
  manifests.forEach((entry, i) => {
    if (isReferrer(entry)) found.push(entry);
    else problems.add({ request, digest: subject, message: `manifests[${i}] of the referrers listing is not a descriptor with a mediaType, a sha256 or sha512 digest and a size` });
  });
  return found;
}

function isReferrer(entry: unknown): entry is ReferrerDescriptor {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return false;
  const { mediaType, digest, size } = entry as Record<string, unknown>;
  if (typeof mediaType !== "string" || typeof digest !== "string" || !Number.isSafeInteger(size) || (size as number) < 0) return false;
  const parsed = parseDigest(digest);
  return isParsedDigest(parsed) && parsed.registered !== undefined;
}
