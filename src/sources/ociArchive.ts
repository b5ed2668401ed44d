// An oci-archive: an image layout inside a tar, optionally gzip- or zstd-compressed. It is read in
// one streaming pass and never extracted. Each blob is scanned as it streams past (size, digest and,
// because the walker only learns later which blobs are layers, a speculative decompress and tar walk
// of anything that looks like a layer); small JSON-looking blobs are kept for the walker. After the
// pass the archive answers the walker's questions from what it saw, exactly like a layout directory.

import { promises as fs, constants } from "node:fs";
import { BlobScanner, type BlobScan } from "../content/scanBlob.js";
import { createDecompressor, detectCompression, type Compression } from "../content/decompress.js";
import { TarParser, type TarEntry } from "../content/tarParser.js";
import type { BlobListing, BlobRead, BlobStore, LayerScanRequest } from "./blobStore.js";
import type { ContentLimits } from "./limits.js";

const CHUNK = 1024 * 1024;
/** Blobs this small are kept whatever they start with, so the JSON reader can say what is wrong. */
const ALWAYS_KEEP = 64 * 1024;
const HEAD = 4096;
const KEEP_BUDGET = 1024 * 1024 * 1024;

/** A problem with the archive itself rather than with the layout inside it. */
export interface ArchiveProblem {
  message: string;
  /** The entry it concerns, when there is one. */
  path?: string;
}

interface ArchiveFile {
  type: BlobListing["type"];
  /** Root files: the bytes, or how big they were when over the document limit. */
  bytes?: Uint8Array;
  size: number;
  scan?: BlobScan;
  /** A blob that is neither kept nor small: only its first bytes, for the JSON reader's error. */
  head?: Uint8Array;
}

export class OciArchive implements BlobStore {
  readonly problems: ArchiveProblem[] = [];
  /** Entries by normalised path: `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`, … */
  private readonly files = new Map<string, ArchiveFile>();
  private blobsDirectory = false;
  private compression: Compression = "none";
  private rawRead = 0;
  /** Bytes of small blobs still allowed in memory; a hostile archive of many small blobs stops here. */
  private readonly keepBudget = { left: KEEP_BUDGET, exhausted: false };

  private constructor(readonly name: string, private readonly limits: ContentLimits) {}

  /** Reads the whole archive once. Throws only when the file itself cannot be opened. */
  static async read(name: string, path: string, limits: ContentLimits, signal?: AbortSignal): Promise<OciArchive> {
    const archive = new OciArchive(name, limits);
    const handle = await fs.open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      await archive.consume(handle, signal);
    } finally {
      await handle.close();
    }
    return archive;
  }

  /** Top-level names, to tell an oci-archive from a docker-archive. */
  hasRootFile(name: string): boolean {
    return this.files.has(name);
  }

  async readRootFile(name: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array }>> {
    const file = this.files.get(name);
    if (!file) return { state: "missing" };
    if (file.type !== "file") return { state: "not-regular", what: describeType(file.type) };
    if (file.size > maxBytes) return { state: "unreadable", message: `${file.size} bytes, over the ${maxBytes}-byte limit for a JSON document`, tooLarge: file.size };
    if (file.bytes === undefined) return { state: "unreadable", message: "the archive ends inside it" };
    return { state: "ok", bytes: file.bytes };
  }

  async hasBlobsDirectory(): Promise<BlobRead<object>> {
    const entry = this.files.get("blobs");
    if (entry && entry.type !== "directory") return { state: "not-regular", what: "not a directory" };
    return this.blobsDirectory ? { state: "ok" } : { state: "missing" };
  }

  async readDocument(algorithm: string, encoded: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array | undefined; scan: BlobScan }>> {
    const file = this.blob(algorithm, encoded);
    if (file.state !== "ok") return file;
    const { scan, head } = file.file;
    if (scan.size > maxBytes) return { state: "ok", bytes: undefined, scan: plain(scan) };
    return { state: "ok", bytes: scan.bytes ?? head ?? new Uint8Array(0), scan: plain(scan) };
  }

  async scanBlob(algorithm: string, encoded: string, request: LayerScanRequest | undefined): Promise<BlobRead<{ scan: BlobScan }>> {
    const file = this.blob(algorithm, encoded);
    if (file.state !== "ok") return file;
    return { state: "ok", scan: request?.walkTar ? file.file.scan : plain(file.file.scan) };
  }

  async listBlobs(): Promise<BlobListing[]> {
    const listing: BlobListing[] = [];
    for (const [path, file] of this.files) {
      const parts = path.split("/");
      if (parts[0] !== "blobs" || parts.length < 2) continue;
      if (parts.length === 2) {
        if (file.type !== "directory") listing.push({ path, algorithm: parts[1]!, encoded: "", type: file.type });
        continue;
      }
      listing.push({ path, algorithm: parts[1]!, encoded: parts.slice(2).join("/"), type: parts.length === 3 ? file.type : "other" });
    }
    return listing.sort((a, b) => a.path.localeCompare(b.path));
  }

  async close(): Promise<void> {
    this.files.clear();
  }

  private blob(algorithm: string, encoded: string): BlobRead<{ file: ArchiveFile & { scan: BlobScan } }> {
    const file = this.files.get(`blobs/${algorithm}/${encoded}`);
    if (!file) return { state: "missing" };
    if (file.type !== "file") return { state: "not-regular", what: describeType(file.type) };
    if (!file.scan) return { state: "unreadable", message: "the archive ends inside this blob" };
    return { state: "ok", file: file as ArchiveFile & { scan: BlobScan } };
  }

  // --- the one pass -------------------------------------------------------------------------------

  private async consume(handle: fs.FileHandle, signal: AbortSignal | undefined): Promise<void> {
    const events: Array<{ entry: TarEntry } | { data: Uint8Array } | { end: true }> = [];
    const tar = new TarParser(
      (entry) => events.push({ entry }),
      // The archive holds one entry per blob: millions of entries is a bomb, not an image.
      { maxEntries: Math.min(this.limits.maxTarEntries, 10_000_000), maxMetadataBytes: 1024 * 1024 },
      (data) => events.push({ data }),
      () => events.push({ end: true }),
    );
    let current: EntryReader | undefined;
    const drain = async (): Promise<void> => {
      for (const event of events.splice(0)) {
        if ("entry" in event) current = this.begin(event.entry);
        else if ("data" in event) await current?.push(event.data);
        else {
          await current?.finish();
          current = undefined;
        }
      }
    };
    let decompressed = 0;
    let raw = 0;
    for await (const chunk of this.tarBytes(handle)) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      decompressed += chunk.length;
      if (decompressed > this.limits.maxDecompressedBytes) {
        this.problems.push({ message: `the archive decompresses to more than ${this.limits.maxDecompressedBytes} bytes; reading stopped there` });
        break;
      }
      tar.write(chunk);
      await drain();
      raw = this.rawRead;
      if (this.compression !== "none" && decompressed > 64 * 1024 * 1024 && decompressed > raw * this.limits.maxRatio) {
        this.problems.push({ message: `the archive expands more than ${this.limits.maxRatio}:1; treated as a decompression bomb and not read further` });
        break;
      }
    }
    tar.end();
    await drain();
    if (current) await current.abandon();
    if (this.keepBudget.exhausted) this.problems.push({ message: `the archive holds more than ${KEEP_BUDGET} bytes of small blobs; those past that were hashed but not kept as documents` });
    for (const problem of tar.problems) {
      this.problems.push({ message: problem.kind === "tar-not-tar" && problem.offset === 0 ? "not a tar archive (no tar header at the start)" : `${problem.message} (archive offset ${problem.offset})` });
    }
  }

  /** The archive's tar bytes: the file itself, or its gzip/zstd decompression. */
  private async *tarBytes(handle: fs.FileHandle): AsyncGenerator<Uint8Array> {
    const read = async (): Promise<Uint8Array | undefined> => {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      this.rawRead += bytesRead;
      return bytesRead === 0 ? undefined : buffer.subarray(0, bytesRead);
    };
    const first = await read();
    if (!first) return;
    this.compression = detectCompression(first);
    const decompressor = createDecompressor(this.compression);
    if (!decompressor) {
      yield first;
      for (let chunk = await read(); chunk; chunk = await read()) yield chunk;
      return;
    }
    // Feed the decompressor from the file while this generator hands its output on.
    let failure: Error | undefined;
    decompressor.on("error", (error: Error) => (failure ??= error));
    const feed = (async () => {
      for (let chunk: Uint8Array | undefined = first; chunk; chunk = await read()) {
        if (!decompressor.write(chunk)) await new Promise((resolve) => decompressor.once("drain", resolve).once("close", resolve));
        if (decompressor.destroyed) return;
      }
      decompressor.end();
    })();
    try {
      for await (const out of decompressor) yield out as Uint8Array;
    } catch (error) {
      failure ??= error as Error;
    } finally {
      decompressor.destroy();
      await feed.catch(() => undefined);
    }
    if (failure) this.problems.push({ message: `cannot ${this.compression === "gzip" ? "gunzip" : "decompress"} the archive: ${failure.message}` });
  }

  private begin(entry: TarEntry): EntryReader | undefined {
    const path = normaliseEntryPath(entry.path);
    if (path === undefined) {
      this.problems.push({ message: `entry "${entry.path}" has an absolute or ".." path; ignored`, path: entry.path });
      return undefined;
    }
    if (path === "") return undefined;
    if (this.files.has(path)) this.problems.push({ message: `"${path}" appears more than once; the last copy counts, as tar extraction would`, path });
    if (path === "blobs" || path.startsWith("blobs/")) this.blobsDirectory = true;
    const type: BlobListing["type"] = entry.type === "file" || entry.type === "contiguous" ? "file" : entry.type === "directory" ? "directory" : entry.type === "symlink" ? "symlink" : "other";
    const file: ArchiveFile = { type, size: entry.size };
    this.files.set(path, file);
    if (type !== "file") return undefined;
    if (!path.includes("/")) return new RootFileReader(file, this.limits.maxDocumentBytes);
    const parts = path.split("/");
    if (parts.length === 3 && parts[0] === "blobs") return new BlobReader(file, parts[1] === "sha512" ? "sha512" : "sha256", this.limits, this.keepBudget);
    return undefined;
  }
}

interface EntryReader {
  push(data: Uint8Array): Promise<void>;
  finish(): Promise<void>;
  /** The archive ended inside this entry. */
  abandon(): Promise<void>;
}

/** `oci-layout`, `index.json` and other top-level files: kept whole when within the document limit. */
class RootFileReader implements EntryReader {
  private readonly chunks: Uint8Array[] = [];
  private kept = 0;

  constructor(private readonly file: ArchiveFile, private readonly maxBytes: number) {}

  async push(data: Uint8Array): Promise<void> {
    if (this.file.size > this.maxBytes) return;
    this.chunks.push(data);
    this.kept += data.length;
  }

  async finish(): Promise<void> {
    if (this.file.size <= this.maxBytes) this.file.bytes = Buffer.concat(this.chunks, this.kept);
  }

  async abandon(): Promise<void> {}
}

/** A blob: scanned as it streams; kept when it may be a JSON document the walker will want. */
class BlobReader implements EntryReader {
  private scanner: BlobScanner | undefined;

  constructor(
    private readonly file: ArchiveFile,
    private readonly algorithm: "sha256" | "sha512",
    private readonly limits: ContentLimits,
    private readonly budget: { left: number; exhausted: boolean },
  ) {}

  async push(data: Uint8Array): Promise<void> {
    if (!this.scanner) this.scanner = this.start(data);
    await this.scanner.push(data);
  }

  async finish(): Promise<void> {
    this.scanner ??= this.start(new Uint8Array(0));
    this.file.scan = await this.scanner.finish();
  }

  async abandon(): Promise<void> {
    if (this.scanner) await this.scanner.finish().catch(() => undefined);
  }

  private start(head: Uint8Array): BlobScanner {
    let keep = this.file.size <= this.limits.maxDocumentBytes && (this.file.size <= ALWAYS_KEEP || looksLikeJson(head));
    if (keep && this.file.size > this.budget.left) {
      keep = false;
      this.budget.exhausted = true;
    }
    if (keep) this.budget.left -= this.file.size;
    else this.file.head = head.slice(0, HEAD);
    // Decompressing and walking what is not a layer costs little: JSON fails the tar check at once,
    // and plain() hides those results from anyone who did not ask for a layer scan.
    return new BlobScanner({
      algorithm: this.algorithm,
      decompress: true,
      walkTar: true,
      limits: { maxDecompressedBytes: this.limits.maxDecompressedBytes, maxRatio: this.limits.maxRatio, maxTarEntries: this.limits.maxTarEntries },
      ...(keep ? { collect: { maxBytes: this.file.size } } : {}),
    });
  }
}

/** Only what every blob has: size, digest, and what its bytes look like. */
function plain(scan: BlobScan): BlobScan {
  return { size: scan.size, digest: scan.digest, compression: scan.compression, problems: scan.problems.filter((p) => p.kind === "overrun"), ...(scan.bytes ? { bytes: scan.bytes } : {}) };
}

function looksLikeJson(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x7b || head[i] === 0x5b;
}

/** `./blobs//sha256/x` → `blobs/sha256/x`; undefined for absolute paths and any "..". */
export function normaliseEntryPath(path: string): string | undefined {
  if (path.startsWith("/")) return undefined;
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return undefined;
  return parts.join("/");
}

function describeType(type: BlobListing["type"]): string {
  return type === "directory" ? "a directory" : type === "symlink" ? "a symbolic link" : "not a regular file";
}
