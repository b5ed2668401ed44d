// GET of a small document (manifest, index, config): hashed as it arrives, kept whole when it fits
// the document limit, never read past it.

import { BlobScanner, type BlobScan } from "../../content/scanBlob.js";
import type { ContentLimits } from "../limits.js";
import type { RegistryClient } from "./registryClient.js";
import { MANIFEST_ACCEPT, contentLength, describeStatus } from "./responses.js";

export type DocumentAnswer =
  | { state: "ok"; headers: Headers; scan: BlobScan; bytes: Uint8Array | undefined }
  | { state: "status"; status: number; message: string };

/**
 * `endpoint` is `manifests` (with the manifest Accept list) or `blobs`; `reference` a tag or digest.
 * The hash uses the requested digest's algorithm, else the one the registry names in Docker-Content-Digest.
 */
export function fetchDocument(client: RegistryClient, endpoint: "manifests" | "blobs", reference: string, limits: ContentLimits): Promise<DocumentAnswer> {
  const maxBytes = limits.maxDocumentBytes;
  return client.exchange("GET", client.path(`${endpoint}/${reference}`), endpoint === "manifests" ? MANIFEST_ACCEPT : undefined, async (response): Promise<DocumentAnswer> => {
    if (response.status !== 200) return { state: "status", status: response.status, message: await describeStatus(response) };
    const headers = response.headers;
    const named = reference.includes(":") ? reference : (headers.get("docker-content-digest") ?? "");
    const algorithm = named.startsWith("sha512:") ? "sha512" : "sha256";
    const declared = contentLength(headers);
    // Too big to check as JSON: the walk reports json-limits from the size alone, as for a file.
    if (declared !== undefined && declared > maxBytes) return { state: "ok", headers, bytes: undefined, scan: untrusted(declared, named) };
    const scanner = new BlobScanner({
      algorithm, decompress: false, walkTar: false, collect: { maxBytes },
      limits: { maxDecompressedBytes: limits.maxDecompressedBytes, maxRatio: limits.maxRatio, maxTarEntries: limits.maxTarEntries, maxBytes: maxBytes + 1 },
    });
    for await (const chunk of response.chunks()) if (!(await scanner.push(chunk))) break;
    const scan = await scanner.finish();
    if (scan.problems.some((p) => p.kind === "overrun")) return { state: "ok", headers, bytes: undefined, scan: untrusted(scan.size, named) };
    return { state: "ok", headers, scan, bytes: scan.bytes ?? new Uint8Array(0) };
  });
}

/** A document not read to its end: its size is known, its digest cannot be checked. */
function untrusted(size: number, digest: string): BlobScan {
  return { size, digest, compression: "none", problems: [], trusted: true };
}
