// An OCI image layout on disk. Paths are built only from digest parts that passed the digest grammar
// (no "/" and no ".." can appear), every path component under the root is checked with lstat so a
// symlink never leads out of the layout, and nothing is ever written.

import { promises as fs, constants } from "node:fs";
import { join, sep } from "node:path";
import { scanFile, type BlobScan, type ScanOptions } from "../content/scanBlob.js";
import type { ScanPool } from "../content/scanPool.js";
import { describe } from "./looseFiles.js";
import { compareText } from "../model/index.js";
import type { BlobListing, BlobRead, BlobStore, LayerScanRequest } from "./blobStore.js";
import type { ContentLimits } from "./limits.js";

const SAFE_ALGORITHM = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*$/;
const SAFE_ENCODED = /^[a-zA-Z0-9=_-]+$/;

export class LayoutDirectory implements BlobStore {
  private readonly algorithmDirs = new Map<string, Promise<BlobRead<object>>>();
  /** root/blobs, normalised once. */
  private readonly blobsDir: string;
  private blobsState: Promise<BlobRead<object>> | undefined;

  constructor(
    readonly name: string,
    private readonly root: string,
    private readonly limits: ContentLimits,
    private readonly pool: ScanPool | undefined,
    private readonly signal?: AbortSignal,
    /** Which blobs to read and hash; the others are only checked for existence and size. Default: all. */
    private readonly verifyBlob: (path: string) => boolean = () => true,
  ) {
    this.blobsDir = join(root, "blobs");
  }

  async readRootFile(name: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array }>> {
    const path = join(this.root, name);
    try {
      return await readWhole(path, maxBytes);
    } catch (error) {
      return this.unavailable(path, error);
    }
  }

  /** Asked by the walk, by each algorithm's first blob and by the listing: looked at once. */
  hasBlobsDirectory(): Promise<BlobRead<object>> {
    this.blobsState ??= directoryAt(this.blobsDir);
    return this.blobsState;
  }

  async readDocument(algorithm: string, encoded: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array | undefined; scan: BlobScan }>> {
    const path = await this.blobPath(algorithm, encoded);
    if (typeof path !== "string") return path;
    try {
      const scan = await scanFile(path, { ...this.scanOptions(algorithm, undefined), collect: { maxBytes } });
      return { state: "ok", bytes: scan.bytes, scan };
    } catch (error) {
      return this.unavailable(path, error);
    }
  }

  async scanBlob(algorithm: string, encoded: string, request: LayerScanRequest | undefined): Promise<BlobRead<{ scan: BlobScan }>> {
    const path = await this.blobPath(algorithm, encoded);
    if (typeof path !== "string") return path;
    if (!this.verifyBlob(path)) {
      // Not read: lstat gives its size and, like the open would, says when it is missing or not a file.
      const kind = await lstatKind(path);
      if (kind.state !== "ok") return kind;
      return { state: "ok", scan: { size: kind.size, digest: `${algorithm}:${encoded}`, compression: "none", problems: [], trusted: true } };
    }
    const options = this.scanOptions(algorithm, request);
    try {
      const scan = this.pool
        ? await this.pool.scanFile(path, options, request?.expectedSize)
        : await scanFile(path, options);
      return { state: "ok", scan };
    } catch (error) {
      return this.unavailable(path, error);
    }
  }

  async listBlobs(): Promise<BlobListing[]> {
    const listing: BlobListing[] = [];
    const blobs = this.blobsDir;
    if ((await this.hasBlobsDirectory()).state !== "ok") return listing;
    for (const algDir of await fs.readdir(blobs, { withFileTypes: true })) {
      if (!algDir.isDirectory()) {
        listing.push({ path: `blobs/${algDir.name}`, algorithm: algDir.name, encoded: "", type: algDir.isSymbolicLink() ? "symlink" : "other" });
        continue;
      }
      for (const entry of await fs.readdir(join(blobs, algDir.name), { withFileTypes: true })) {
        const type = entry.isFile() ? "file" : entry.isDirectory() ? "directory" : entry.isSymbolicLink() ? "symlink" : "other";
        listing.push({ path: `blobs/${algDir.name}/${entry.name}`, algorithm: algDir.name, encoded: entry.name, type });
      }
    }
    return listing.sort((a, b) => compareText(a.path, b.path));
  }

  private scanOptions(algorithm: string, request: LayerScanRequest | undefined): ScanOptions {
    return {
      algorithm: algorithm === "sha512" ? "sha512" : "sha256",
      // A layer request always wants its diff_id; for plain tar it is the digest, hashed once.
      decompress: request !== undefined,
      walkTar: request?.walkTar ?? false,
      ...(this.signal ? { signal: this.signal } : {}),
      limits: {
        maxDecompressedBytes: this.limits.maxDecompressedBytes,
        maxRatio: this.limits.maxRatio,
        maxTarEntries: this.limits.maxTarEntries,
        ...(request ? { maxBytes: request.expectedSize + 1024 * 1024 } : {}),
      },
    };
  }

  /** The blob's path after checking each component; never built from an unvalidated digest. */
  private async blobPath(algorithm: string, encoded: string): Promise<string | Exclude<BlobRead<object>, { state: "ok" }>> {
    if (!SAFE_ALGORITHM.test(algorithm) || !SAFE_ENCODED.test(encoded)) return { state: "missing" };
    let dir = this.algorithmDirs.get(algorithm);
    if (!dir) {
      dir = this.hasBlobsDirectory().then((blobs) => (blobs.state === "ok" ? directoryAt(join(this.blobsDir, algorithm)) : blobs));
      this.algorithmDirs.set(algorithm, dir);
    }
    const dirState = await dir;
    // blobs/ or blobs/<alg>/ itself is wrong: say so instead of blaming each blob.
    if (dirState.state === "not-regular") return { state: "unreadable", message: `blobs/${algorithm} or blobs/ is ${dirState.what}` };
    if (dirState.state !== "ok") return { state: "missing" };
    // No lstat here: the open (O_NOFOLLOW) and its fstat say the same, one system call per blob cheaper;
    // unavailable() turns their errors into the same answers.
    // Joined by hand: both parts passed the patterns above (no separator, no dot), and path.join's
    // normalising showed in the profile of layouts with tens of thousands of blobs.
    return `${this.blobsDir}${sep}${algorithm}${sep}${encoded}`;
  }

  /** Why a blob could not be opened, from the open's error; the rare non-regular case asks lstat for details. */
  private async unavailable(path: string, error: unknown): Promise<Exclude<BlobRead<object>, { state: "ok" }>> {
    if (this.signal?.aborted) throw this.signal.reason;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { state: "missing" };
    if (code === "ELOOP") return { state: "not-regular", what: "a symbolic link" };
    if (code === "ENOTREG" || code === "EISDIR") {
      const kind = await lstatKind(path);
      return kind.state === "ok" ? { state: "not-regular", what: "not a regular file" } : kind;
    }
    return { state: "unreadable", message: describe(error) };
  }
}

async function lstatKind(path: string): Promise<BlobRead<{ size: number }>> {
  try {
    const stats = await fs.lstat(path);
    if (stats.isFile()) return { state: "ok", size: stats.size };
    const what = stats.isSymbolicLink() ? "a symbolic link" : stats.isDirectory() ? "a directory" : stats.isFIFO() ? "a FIFO" : "a special file";
    return { state: "not-regular", what };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR"
      ? { state: "missing" }
      : { state: "unreadable", message: describe(error) };
  }
}

async function directoryAt(path: string): Promise<BlobRead<object>> {
  try {
    const stats = await fs.lstat(path);
    if (stats.isDirectory()) return { state: "ok" };
    return { state: "not-regular", what: stats.isSymbolicLink() ? "a symbolic link" : "not a directory" };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? { state: "missing" } : { state: "unreadable", message: describe(error) };
  }
}

/** Reads a small regular file whole without following a final symlink, refusing anything over
 * maxBytes; what the open and its fstat refuse is thrown, for unavailable() to name. */
async function readWhole(path: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array }>> {
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    if (stats.size > maxBytes) return { state: "unreadable", message: `${stats.size} bytes, over the ${maxBytes}-byte limit for a JSON document`, tooLarge: stats.size };
    return { state: "ok", bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}
