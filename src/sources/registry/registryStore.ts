// A repository of a registry seen as an image layout: a virtual oci-layout and index.json (the
// resolved manifest and its referrers), documents fetched by digest, and blobs streamed once through
// the scanner, never stored. Without --blobs, blobs are only asked for with HEAD (existence, size).
// There is no blobs/ listing: a registry has no "unreferenced blobs" to find.

import { BlobScanner, type BlobScan, type ScanOptions } from "../../content/scanBlob.js";
import type { BlobListing, BlobRead, BlobRole, BlobStore, LayerScanRequest } from "../blobStore.js";
import { isObject } from "../../model/index.js";
import type { ContentLimits } from "../limits.js";
import { RegistryError } from "./registryError.js";
import type { RegistryClient } from "./registryClient.js";
import type { ResolvedImage } from "./resolveImage.js";
import { fetchDocument } from "./fetchDocument.js";
import { digestHeaderProblem, manifestTypeProblem } from "./manifestChecks.js";
import { MANIFEST_ACCEPT, contentLength, contentType, describeStatus, type ResponseProblems } from "./responses.js";

const OCI_LAYOUT = new TextEncoder().encode('{"imageLayoutVersion":"1.0.0"}');

export interface RegistryStoreOptions {
  limits: ContentLimits;
  /** Stream and hash every blob (layers included); otherwise HEAD them. */
  blobs: boolean;
  signal?: AbortSignal;
}

export class RegistryStore implements BlobStore {
  readonly holder = "repository";
  readonly unreadableRule = "registry-response" as const;
  /** Whether a digest is a manifest or a blob, learned from the documents already served. */

  constructor(
    readonly name: string,
    private readonly client: RegistryClient,
    private readonly image: ResolvedImage,
    private readonly options: RegistryStoreOptions,
    /** Problems in the registry's answers that the walk does not see (headers), for registry-response; not
     * BlobStore.problems, which the walker reports before the walk as archive-format. */
    private readonly responseProblems: ResponseProblems,
  ) {}

  async readRootFile(name: string): Promise<BlobRead<{ bytes: Uint8Array }>> {
    if (name === "oci-layout") return { state: "ok", bytes: OCI_LAYOUT };
    if (name === "index.json") return { state: "ok", bytes: this.image.indexJson };
    return { state: "missing" };
  }

  async hasBlobsDirectory(): Promise<BlobRead<object>> {
    return { state: "ok" };
  }

  async readDocument(algorithm: string, encoded: string, _maxBytes: number, role: BlobRole): Promise<BlobRead<{ bytes: Uint8Array | undefined; scan: BlobScan }>> {
    const digest = `${algorithm}:${encoded}`;
    const known = this.image.documents.get(digest);
    if (known) return { state: "ok", ...known };
    const endpoint = endpointFor(role);
    const answer = await this.guard(fetchDocument(this.client, endpoint, digest, this.options.limits));
    if (isBroken(answer)) return { state: "unreadable", message: answer.broken };
    if (answer.state === "status") return answer.status === 404 ? { state: "missing" } : { state: "unreadable", message: `the registry answers ${answer.message}` };
    const request = `GET ${this.client.path(`${endpoint}/${digest}`)}`;
    this.noteProblem(request, digest, digestHeaderProblem(answer.headers, digest));
    if (endpoint === "manifests" && answer.bytes !== undefined) this.noteProblem(request, digest, manifestTypeProblem(contentType(answer.headers), parseObject(answer.bytes)));
    return { state: "ok", bytes: answer.bytes, scan: answer.scan };
  }

  async scanBlob(algorithm: string, encoded: string, request: LayerScanRequest | undefined, role?: BlobRole): Promise<BlobRead<{ scan: BlobScan }>> {
    const digest = `${algorithm}:${encoded}`;
    const endpoint = endpointFor(role);
    const path = this.client.path(`${endpoint}/${digest}`);
    if (!this.options.blobs && endpoint === "blobs") {
      const head = await this.guard(this.client.exchange("HEAD", path, undefined, async (r) => ({ status: r.status, statusText: r.statusText, headers: r.headers })));
      if (isBroken(head)) return { state: "unreadable", message: head.broken };
      if (head.status === 404) return { state: "missing" };
      if (head.status !== 200) return { state: "unreadable", message: `the registry answers ${head.status} ${head.statusText} to HEAD` };
      this.noteProblem(`HEAD ${path}`, digest, digestHeaderProblem(head.headers, digest));
      const size = contentLength(head.headers);
      // Its size is the registry's word and its digest is taken on trust: --blobs reads it.
      if (size !== undefined) return { state: "ok", scan: { size, digest, compression: "none", problems: [], trusted: true } };
      this.noteProblem(`HEAD ${path}`, digest, "HEAD gives no Content-Length; the blob was read to learn its size");
    }
    type Scanned = { scan: BlobScan } | { status: number; message: string };
    const answer = await this.guard(this.client.exchange("GET", path, endpoint === "manifests" ? MANIFEST_ACCEPT : undefined, async (response): Promise<Scanned> => {
      if (response.status !== 200) return { status: response.status, message: await describeStatus(response) };
      this.noteProblem(`GET ${path}`, digest, digestHeaderProblem(response.headers, digest));
      const scanner = new BlobScanner(this.scanOptions(algorithm, request));
      for await (const chunk of response.chunks()) if (!(await scanner.push(chunk))) break;
      return { scan: await scanner.finish() };
    }));
    if (isBroken(answer)) return { state: "unreadable", message: answer.broken };
    if ("scan" in answer) return { state: "ok", scan: answer.scan };
    return answer.status === 404 ? { state: "missing" } : { state: "unreadable", message: `the registry answers ${answer.message}` };
  }

  async listBlobs(): Promise<BlobListing[]> {
    return [];
  }

  private scanOptions(algorithm: string, request: LayerScanRequest | undefined): ScanOptions {
    const limits = this.options.limits;
    return {
      algorithm: algorithm === "sha512" ? "sha512" : "sha256",
      decompress: request !== undefined,
      walkTar: request?.walkTar ?? false,
      ...(this.options.signal ? { signal: this.options.signal } : {}),
      limits: {
        maxDecompressedBytes: limits.maxDecompressedBytes,
        maxRatio: limits.maxRatio,
        maxTarEntries: limits.maxTarEntries,
        // A registry that streams past the descriptor's size (or forever) is cut off, as a file would be.
        maxBytes: request ? request.expectedSize + 1024 * 1024 : limits.maxDecompressedBytes,
      },
    };
  }

  private noteProblem(request: string, digest: string, message: string | undefined): void {
    if (message !== undefined) this.responseProblems.add({ request, digest, message });
  }

  /** A response that broke off is a finding about that blob; a registry that is gone ends the lint. */
  private async guard<T>(exchange: Promise<T>): Promise<T | BrokenAnswer> {
    try {
      return await exchange;
    } catch (error) {
      if (error instanceof RegistryError && error.kind === "body") return { broken: error.message };
      throw error;
    }
  }
}

interface BrokenAnswer {
  broken: string;
}

function isBroken(answer: unknown): answer is BrokenAnswer {
  return typeof answer === "object" && answer !== null && "broken" in answer;
}

/** Where the walker's descriptor says the blob is: what an index lists and what a subject names are
 * manifests; a config and layers are blobs. */
function endpointFor(role: BlobRole | undefined): "manifests" | "blobs" {
  return role === "entry" || role === "subject" ? "manifests" : "blobs";
}

/** The served manifest as an object, for its own mediaType; undefined when it is not JSON (the walk says why). */
function parseObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
