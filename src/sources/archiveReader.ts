// One streaming pass over an image archive: a tar, plain or gzip- or zstd-compressed, never
// extracted. Every entry's type and link target is recorded, and every regular file is scanned as
// it streams past (size, digest and, because which files are layers is only known once the JSON
// documents have been read, a speculative decompress and tar walk). Small JSON-looking files are
// kept for the JSON reader. oci-archives and docker-archives are both views of what this pass saw.

import { promises as fs, constants } from "node:fs";
import { BlobScanner, type BlobScan } from "../content/scanBlob.js";
import { createDecompressor, describeDecompressError, detectCompression, expansionLimit, type Compression } from "../content/decompress.js";
import { TarParser, type TarEntry } from "../content/tarParser.js";
import type { ContentLimits } from "./limits.js";

const CHUNK = 1024 * 1024;
/** Files this small are kept whatever they start with, so the JSON reader can say what is wrong. */
const ALWAYS_KEEP = 64 * 1024;
const HEAD = 4096;
const KEEP_BUDGET = 1024 * 1024 * 1024;
/** Top-level documents of the two archive formats: kept whole (within the document limit) whatever they hold. */
const ROOT_DOCUMENTS: ReadonlySet<string> = new Set(["oci-layout", "index.json", "manifest.json", "repositories"]);

export interface ArchiveEntry {
  type: "file" | "directory" | "symlink" | "hardlink" | "other";
  /** The size the tar header gives. */
  size: number;
  /** A symbolic or hard link's target, as the tar writes it. */
  linkname?: string;
  /** Position among the archive's entries: a hard link only works to an entry before it. */
  order: number;
  /** A regular file read to its end. */
  scan?: BlobScan;
  /** A file that was not kept: its first bytes, for the JSON reader's error. */
  head?: Uint8Array;
}

/** A problem with the archive itself rather than with what it holds. */
export interface ArchiveProblem {
  message: string;
  /** The entry it concerns, when there is one. */
  path?: string;
}

export interface ArchiveContents {
  /** Entries by normalised path (`index.json`, `blobs/sha256/ab…`, `<id>/layer.tar`); the last copy of a repeated path. */
  readonly entries: Map<string, ArchiveEntry>;
  readonly problems: ArchiveProblem[];
}

/** How far each file is scanned beyond size and digest, for whichever of them turn out to be layers. */
export interface LayerScanDepth {
  /** Decompress and hash: the DiffID. */
  decompress: boolean;
  /** Walk the tar and run the layer entry checks. */
  walkTar: boolean;
}

/** Reads the whole archive once. Throws only when the file itself cannot be opened. */
export async function readArchive(path: string, limits: ContentLimits, signal?: AbortSignal, depth: LayerScanDepth = { decompress: true, walkTar: true }): Promise<ArchiveContents> {
  const reader = new ArchiveReader(limits, depth);
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    await reader.consume(handle, signal);
  } finally {
    await handle.close();
  }
  return { entries: reader.entries, problems: reader.problems };
}

/** `./blobs//sha256/x` → `blobs/sha256/x`; undefined for absolute paths and any "..". */
export function normaliseEntryPath(path: string): string | undefined {
  if (path.startsWith("/")) return undefined;
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return undefined;
  return parts.join("/");
}

class ArchiveReader {
  readonly entries = new Map<string, ArchiveEntry>();
  readonly problems: ArchiveProblem[] = [];
  private compression: Compression = "none";
  private rawRead = 0;
  private count = 0;
  /** Bytes of small files still allowed in memory; a hostile archive of many small files stops here. */
  private readonly keepBudget = { left: KEEP_BUDGET, exhausted: false };

  constructor(private readonly limits: ContentLimits, private readonly depth: LayerScanDepth) {}

  async consume(handle: fs.FileHandle, signal: AbortSignal | undefined): Promise<void> {
    const events: Array<{ entry: TarEntry } | { data: Uint8Array } | { end: true }> = [];
    const tar = new TarParser(
      (entry) => events.push({ entry }),
      // One entry per file: millions of entries is a bomb, not an image.
      { maxEntries: Math.min(this.limits.maxTarEntries, 10_000_000), maxMetadataBytes: 1024 * 1024 },
      (data) => events.push({ data }),
      () => events.push({ end: true }),
    );
    let current: FileReader | undefined;
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
    for await (const chunk of this.tarBytes(handle)) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      decompressed += chunk.length;
      const crossed = expansionLimit(decompressed, this.rawRead, this.limits);
      if (crossed === "size") {
        this.problems.push({ message: `the archive decompresses to more than ${this.limits.maxDecompressedBytes} bytes; reading stopped there` });
        break;
      }
      tar.write(chunk);
      await drain();
      if (crossed === "ratio") {
        this.problems.push({ message: `the archive expands more than ${this.limits.maxRatio}:1; treated as a decompression bomb and not read further` });
        break;
      }
    }
    tar.end();
    await drain();
    if (current) await current.abandon();
    if (this.keepBudget.exhausted) this.problems.push({ message: `the archive holds more than ${KEEP_BUDGET} bytes of small files; those past that were hashed but not kept as documents` });
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
    if (failure) this.problems.push({ message: `cannot ${this.compression === "gzip" ? "gunzip" : "decompress"} the archive: ${describeDecompressError(failure)}` });
  }

  private begin(tarEntry: TarEntry): FileReader | undefined {
    const path = normaliseEntryPath(tarEntry.path);
    if (path === undefined) {
      this.problems.push({ message: `entry "${tarEntry.path}" has an absolute or ".." path; ignored`, path: tarEntry.path });
      return undefined;
    }
    if (path === "") return undefined;
    if (this.entries.has(path)) this.problems.push({ message: `"${path}" appears more than once; the last copy counts, as tar extraction would`, path });
    const entry: ArchiveEntry = { type: entryType(tarEntry), size: tarEntry.size, order: this.count++ };
    if (entry.type === "symlink" || entry.type === "hardlink") entry.linkname = tarEntry.linkname;
    this.entries.set(path, entry);
    if (entry.type !== "file") return undefined;
    const parts = path.split("/");
    const algorithm = parts.length === 3 && parts[0] === "blobs" && parts[1] === "sha512" ? "sha512" : "sha256";
    return new FileReader(entry, algorithm, ROOT_DOCUMENTS.has(path), this.limits, this.depth, this.keepBudget);
  }
}

function entryType(entry: TarEntry): ArchiveEntry["type"] {
  switch (entry.type) {
    case "file": case "contiguous": return "file";
    case "directory": return "directory";
    case "symlink": return "symlink";
    case "hardlink": return "hardlink";
    default: return "other";
  }
}

/** A regular file: scanned as it streams; kept when it may be a JSON document someone will want. */
class FileReader {
  private scanner: BlobScanner | undefined;

  constructor(
    private readonly entry: ArchiveEntry,
    private readonly algorithm: "sha256" | "sha512",
    private readonly rootDocument: boolean,
    private readonly limits: ContentLimits,
    private readonly depth: LayerScanDepth,
    private readonly budget: { left: number; exhausted: boolean },
  ) {}

  async push(data: Uint8Array): Promise<void> {
    if (!this.scanner) this.scanner = this.start(data);
    await this.scanner.push(data);
  }

  async finish(): Promise<void> {
    this.scanner ??= this.start(new Uint8Array(0));
    this.entry.scan = await this.scanner.finish();
  }

  /** The archive ended inside this file: it stays without a scan. */
  async abandon(): Promise<void> {
    if (this.scanner) await this.scanner.finish().catch(() => undefined);
  }

  private start(head: Uint8Array): BlobScanner {
    const size = this.entry.size;
    let keep = size <= this.limits.maxDocumentBytes && (this.rootDocument || size <= ALWAYS_KEEP || looksLikeJson(head));
    if (keep && !this.rootDocument && size > this.budget.left) {
      keep = false;
      this.budget.exhausted = true;
    }
    if (keep && !this.rootDocument) this.budget.left -= size;
    if (!keep) this.entry.head = head.slice(0, HEAD);
    // Decompressing and walking what is not a layer costs little: JSON fails the tar check at once,
    // and the views hide those results from anyone who did not ask for a layer scan.
    return new BlobScanner({
      algorithm: this.algorithm,
      decompress: this.depth.decompress,
      walkTar: this.depth.walkTar,
      limits: { maxDecompressedBytes: this.limits.maxDecompressedBytes, maxRatio: this.limits.maxRatio, maxTarEntries: this.limits.maxTarEntries },
      ...(keep ? { collect: { maxBytes: size } } : {}),
    });
  }
}

function looksLikeJson(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x7b || head[i] === 0x5b;
}
