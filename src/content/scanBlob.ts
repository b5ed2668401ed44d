// The one read of a blob. Every chunk feeds the size count and the digest; for layers the same chunk
// goes on to the decompressor, whose output feeds the diff_id hash and the tar walker. Nothing is
// held beyond a chunk, so memory stays flat however large the blob; limits turn bombs into problems.

import * as crypto from "node:crypto";
import { createHash, type Hash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, read, readSync } from "node:fs";
import type { Transform } from "node:stream";
import { createChunkDecoder, createDecompressor, describeDecompressError, detectCompression, expansionLimit, gunzipWhole, type ChunkDecoder, type Compression } from "./decompress.js";
import { TarParser, type TarProblem } from "./tarParser.js";
import { LayerEntryChecker, type LayerEntryFinding } from "./layerEntryChecks.js";

export interface ScanLimits {
  maxDecompressedBytes: number;
  /** Decompressed/compressed ratio above which a layer is a bomb, checked once past 64 MiB. */
  maxRatio: number;
  maxTarEntries: number;
  /** Stop reading past this many bytes (a blob that lies about its size, or /dev/zero). */
  maxBytes?: number;
}

export interface ScanOptions {
  algorithm: "sha256" | "sha512";
  /** Decompress (by the bytes' magic) and hash the result: the diff_id. */
  decompress: boolean;
  /** Walk the (decompressed) tar and run the layer entry checks. */
  walkTar: boolean;
  limits: ScanLimits;
  /** Keep the bytes when the blob is at most this big (documents). */
  collect?: { maxBytes: number };
  signal?: AbortSignal;
}

export interface ContentProblem {
  kind: "decompress" | "limits" | "overrun";
  message: string;
}

export interface BlobScan {
  size: number;
  /** Not read: its size comes from the file system and its digest is taken on trust (pre-commit's
   * --changed-only mode for blobs that did not change). */
  trusted?: boolean;
  /** `<algorithm>:<hex>` of the raw bytes read (all of them, unless the read stopped at maxBytes). */
  digest: string;
  compression: Compression;
  diffId?: string;
  tar?: { entries: number; problems: TarProblem[] };
  problems: ContentProblem[];
  entryFindings?: LayerEntryFinding[];
  bytes?: Uint8Array;
}

const CHUNK = 1024 * 1024;

/** Files up to this size are read with blocking calls, in one piece: for the thousands of small
 * documents of a wide layout, a FileHandle and four thread-pool round trips per file cost more than
 * the read itself. Bigger files stream in chunks. */
const SMALL_FILE = 1024 * 1024;

/** Reads a regular file without following a final symlink and scans it. */
export async function scanFile(path: string, options: ScanOptions): Promise<BlobScan> {
  const { fd, size } = openRegularSync(path);
  try {
    if (size <= SMALL_FILE) {
      const chunks = readSmallSync(fd, size, options.limits.maxBytes);
      if (!options.decompress && !options.walkTar) return hashChunks(chunks, options);
      const inflated = chunks.length === 1 ? inflateSmall(chunks[0]!, options) : undefined;
      if (inflated) {
        const scanner = new BlobScanner(options);
        scanner.pushInflated(chunks[0]!, inflated);
        return await scanner.finish();
      }
      return await scanStream(chunks, options);
    }
    // Kept chunks (collect) must each be their own; otherwise two buffers take turns.
    return await scanStream(readChunks(fd, size, !options.collect), options);
  } finally {
    closeSync(fd);
  }
}

/** Small gzip layers are inflated in one call: setting up a zlib stream costs more than inflating 4 KiB.
 * Anything that does not inflate cleanly within the cap goes through the stream, whose problems are the reference. */
const INFLATE_AT_ONCE = 16 * 1024 * 1024;

function inflateSmall(raw: Uint8Array, options: ScanOptions): Uint8Array | undefined {
  if (detectCompression(raw) !== "gzip" || raw.length > (options.limits.maxBytes ?? Number.POSITIVE_INFINITY)) return undefined;
  return gunzipWhole(raw, Math.min(INFLATE_AT_ONCE, options.limits.maxDecompressedBytes));
}

/** O_NOFOLLOW: a symlink named like a blob is refused, not followed; O_NONBLOCK: a FIFO does not hang
 * the open. The size comes from the same fstat. */
function openRegularSync(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The whole of a small file: one read when it is the size fstat said, more if it grew, stopping past maxBytes. */
function readSmallSync(fd: number, size: number, maxBytes = Number.POSITIVE_INFINITY): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let want = size + 1; ; want = CHUNK) {
    const buffer = Buffer.allocUnsafe(want);
    const n = readSync(fd, buffer, 0, want, null);
    if (n === 0) break;
    chunks.push(n === want ? buffer : buffer.subarray(0, n));
    total += n;
    // Shorter than asked and at least the size fstat gave: the end of the file, no extra read to learn it.
    if ((n < want && total >= size) || total > maxBytes) break;
  }
  return chunks;
}

/**
 * Size and digest only, read synchronously into one reused buffer: the fastest way to hash a file
 * (1.3× the async read). For worker threads, where blocking costs nothing.
 */
export function hashFileSync(path: string, options: Pick<ScanOptions, "algorithm" | "limits">): BlobScan {
  const { fd } = openRegularSync(path);
  try {
    const digest = new RawDigest(options);
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0 || !digest.update(buffer.subarray(0, n))) break;
    }
    return digest.result();
  } finally {
    closeSync(fd);
  }
}

/** Size and digest of chunks already in memory, kept whole when `collect` allows. */
function hashChunks(chunks: Uint8Array[], options: ScanOptions): BlobScan {
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  let scan: BlobScan;
  if (only && hashOnce && only.length <= (options.limits.maxBytes ?? Number.POSITIVE_INFINITY)) {
    scan = { size: only.length, digest: `${options.algorithm}:${hashOnce(options.algorithm, only, "hex")}`, compression: detectCompression(only), problems: [] };
  } else {
    const digest = new RawDigest(options);
    for (const chunk of chunks) if (!digest.update(chunk)) break;
    scan = digest.result();
  }
  if (options.collect && scan.size <= options.collect.maxBytes) scan.bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, scan.size);
  return scan;
}

/** crypto.hash (Node ≥ 20.12): one call, no Hash object; half the cost for the many small documents. */
const hashOnce = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: "hex") => string }).hash;

/** The raw digest and size of a blob read chunk by chunk, stopping at the maxBytes limit. */
class RawDigest {
  private readonly hash: Hash;
  private readonly maxBytes: number;
  private size = 0;
  private head: Uint8Array | undefined;
  private readonly problems: ContentProblem[] = [];

  constructor(private readonly options: Pick<ScanOptions, "algorithm" | "limits">) {
    this.hash = createHash(options.algorithm);
    this.maxBytes = options.limits.maxBytes ?? Number.POSITIVE_INFINITY;
  }

  /** False once the limit is reached: read no further. */
  update(chunk: Uint8Array): boolean {
    const take = Math.min(chunk.length, this.maxBytes - this.size);
    // A copy: the caller may reuse its buffer.
    this.head ??= Buffer.from(chunk.subarray(0, Math.min(take, 8)));
    this.hash.update(take === chunk.length ? chunk : chunk.subarray(0, take));
    this.size += take;
    if (take === chunk.length) return true;
    this.problems.push({ kind: "overrun", message: `blob is larger than ${this.maxBytes} bytes; reading stopped there` });
    return false;
  }

  result(): BlobScan {
    return { size: this.size, digest: `${this.options.algorithm}:${this.hash.digest("hex")}`, compression: detectCompression(this.head ?? new Uint8Array(0)), problems: this.problems };
  }
}

/**
 * The file in chunks of up to 1 MiB. With `reuse`, two buffers take turns: a chunk is overwritten
 * two reads later, when BlobScanner has long finished with it (it waits for each write to the
 * decompressor before making the next). Fresh 1 MiB buffers for every read of a 2 GiB layer were
 * garbage that piled up in each worker until a GC came, tens of MiB at a time.
 */
async function* readChunks(fd: number, expectedSize: number, reuse: boolean): AsyncGenerator<Uint8Array> {
  const turns = reuse ? [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)] : undefined;
  let read = 0;
  for (let turn = 0; ; turn ^= 1) {
    const size = Math.min(CHUNK, Math.max(expectedSize - read, 0) + 1);
    const buffer = turns ? turns[turn]! : Buffer.allocUnsafe(size);
    const bytesRead = await readAsync(fd, buffer, size);
    if (bytesRead === 0) return;
    read += bytesRead;
    yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    // A short read past the size fstat gave is the end of a regular file: no extra read to learn it.
    if (bytesRead < size && read >= expectedSize) return;
  }
}

function readAsync(fd: number, buffer: Buffer, length: number): Promise<number> {
  return new Promise((resolve, reject) => read(fd, buffer, 0, length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));
}

export async function scanStream(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ScanOptions): Promise<BlobScan> {
  const scan = new BlobScanner(options);
  for await (const chunk of chunks) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error("aborted");
    if (!(await scan.push(chunk))) break;
  }
  return scan.finish();
}

/** Incremental form of scanStream, for callers that receive a blob's bytes as pushed chunks (archives). */
export class BlobScanner {
  private readonly rawHash: Hash;
  private size = 0;
  private compression: Compression | undefined;
  private decompressor: Transform | undefined;
  /** zstd, decoded on this thread as chunks come (see createChunkDecoder). */
  private decoder: ChunkDecoder | undefined;
  private decompressedHash: Hash | undefined;
  private decompressedSize = 0;
  private decompressStopped = false;
  private decompressError: Error | undefined;
  private tar: TarParser | undefined;
  private checker: LayerEntryChecker | undefined;
  private readonly problems: ContentProblem[] = [];
  private collected: Uint8Array[] | undefined;
  private pendingWrite: Promise<void> | undefined;
  private closed: Promise<void> | undefined;

  constructor(private readonly options: ScanOptions) {
    this.rawHash = createHash(options.algorithm);
    if (options.collect) this.collected = [];
  }

  /** Feeds one raw chunk; false when reading should stop. */
  async push(chunk: Uint8Array): Promise<boolean> {
    const maxBytes = this.options.limits.maxBytes;
    if (maxBytes !== undefined && this.size + chunk.length > maxBytes) {
      chunk = chunk.subarray(0, Math.max(0, maxBytes - this.size));
      this.problems.push({ kind: "overrun", message: `blob is larger than ${maxBytes} bytes; reading stopped there` });
      this.take(chunk);
      await this.feed(chunk);
      return false;
    }
    this.take(chunk);
    await this.feed(chunk);
    return true;
  }

  /** A whole gzip blob and its content, inflated at once by the caller. */
  pushInflated(raw: Uint8Array, content: Uint8Array): void {
    this.take(raw);
    this.start(raw, false);
    this.output(content);
  }

  /** Output of the chunk decoder; false once decompression has stopped (a limit, an error). */
  private readonly decoded = (out: Uint8Array): boolean => {
    this.output(out);
    return !this.decompressStopped;
  };

  private take(chunk: Uint8Array): void {
    this.rawHash.update(chunk);
    this.size += chunk.length;
    if (this.collected) {
      if (this.size <= this.options.collect!.maxBytes) this.collected.push(chunk);
      else this.collected = undefined;
    }
  }

  private async feed(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return;
    if (this.compression === undefined) this.start(chunk);
    if (this.decompressStopped) return;
    if (this.decoder) {
      try {
        this.decoder.write(chunk, this.decoded);
      } catch (error) {
        this.decompressError ??= error as Error;
        this.decompressStopped = true;
      }
      return;
    }
    if (!this.decompressor) {
      if (this.options.decompress || this.options.walkTar) this.output(chunk);
      return;
    }
    // Keep one write in flight so reading the next chunk overlaps inflating this one.
    if (this.pendingWrite) await this.pendingWrite;
    if (this.decompressStopped) return;
    const decompressor = this.decompressor;
    // A destroyed stream (bomb, corrupt data) may never call back: closing ends the wait too.
    this.pendingWrite = Promise.race([new Promise<void>((resolve) => decompressor.write(chunk, () => resolve())), this.closed!]);
  }

  private start(head: Uint8Array, stream = true): void {
    this.compression = detectCompression(head);
    if (!this.options.decompress && !this.options.walkTar) return;
    // An uncompressed sha256 layer's diff_id is its digest: no second hash of the same bytes.
    if (this.compression !== "none" || this.options.algorithm !== "sha256") this.decompressedHash = createHash("sha256");
    if (this.options.walkTar) {
      this.checker = new LayerEntryChecker();
      const checker = this.checker;
      this.tar = new TarParser((entry) => checker.entry(entry), { maxEntries: this.options.limits.maxTarEntries, maxMetadataBytes: 1024 * 1024 });
    }
    if (stream) this.decoder = createChunkDecoder(this.compression);
    if (this.decoder) return;
    const decompressor = stream ? createDecompressor(this.compression) : undefined;
    if (!decompressor) return;
    this.decompressor = decompressor;
    this.closed = new Promise<void>((resolve) => decompressor.once("close", () => resolve()));
    decompressor.on("data", (out: Buffer) => this.output(out));
    decompressor.on("error", (error: Error) => {
      this.decompressError ??= error;
      this.decompressStopped = true;
    });
  }

  private output(out: Uint8Array): void {
    if (this.decompressStopped) return;
    const limits = this.options.limits;
    this.decompressedSize += out.length;
    const crossed = expansionLimit(this.decompressedSize, this.size, limits);
    if (crossed === "size") {
      this.stopDecompression(`decompresses to more than ${limits.maxDecompressedBytes} bytes; treated as a decompression bomb`);
      return;
    }
    if (crossed === "ratio") {
      this.stopDecompression(`expands more than ${limits.maxRatio}:1 (${this.decompressedSize} bytes from ${this.size}); treated as a decompression bomb`);
      return;
    }
    this.decompressedHash?.update(out);
    this.tar?.write(out);
  }

  private stopDecompression(message: string): void {
    this.problems.push({ kind: "limits", message });
    this.decompressStopped = true;
    this.decompressor?.destroy();
  }

  async finish(): Promise<BlobScan> {
    // An empty blob never started: as a layer it is "not even a tar".
    if (this.compression === undefined) this.start(new Uint8Array(0));
    if (this.pendingWrite) await this.pendingWrite;
    if (this.decoder && !this.decompressStopped) {
      try {
        this.decoder.end(this.decoded);
      } catch (error) {
        this.decompressError ??= error as Error;
      }
    }
    if (this.decompressor && !this.decompressStopped) {
      const decompressor = this.decompressor;
      await new Promise<void>((resolve) => {
        decompressor.once("end", resolve);
        decompressor.once("error", () => resolve());
        decompressor.once("close", resolve);
        decompressor.end();
        decompressor.resume();
      });
    }
    if (this.decompressError) {
      this.problems.push({ kind: "decompress", message: `cannot ${this.compression === "gzip" ? "gunzip" : "decompress"}: ${describeDecompressError(this.decompressError)}` });
    }
    const decompressing = this.options.decompress || this.options.walkTar;
    const complete = decompressing && this.compression !== undefined && !this.decompressStopped && !this.decompressError;
    if (this.tar && !this.decompressStopped && !this.decompressError) this.tar.end();
    this.checker?.end();
    const digest = `${this.options.algorithm}:${this.rawHash.digest("hex")}`;
    const scan: BlobScan = {
      size: this.size,
      digest,
      compression: this.compression ?? "none",
      problems: this.problems,
    };
    if (complete) {
      scan.diffId = this.decompressedHash ? `sha256:${this.decompressedHash.digest("hex")}` : digest;
    }
    if (this.tar) scan.tar = { entries: this.tar.entryCount, problems: this.tar.problems };
    if (this.checker) scan.entryFindings = this.checker.findings;
    if (this.collected) scan.bytes = this.collected.length === 1 ? this.collected[0]! : Buffer.concat(this.collected);
    return scan;
  }
}
