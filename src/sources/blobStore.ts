// What the layout walker needs from wherever the blobs live (a directory, a tar archive): read a
// small document, stream a layer once, and list every blob. Sources never know about rules.

import type { BlobScan } from "../content/scanBlob.js";

/** Why a blob could not be read. */
export type BlobUnavailable =
  | { state: "missing" }
  | { state: "not-regular"; what: string }
  | { state: "unreadable"; message: string; tooLarge?: number };

export type BlobRead<T> = ({ state: "ok" } & T) | BlobUnavailable;

export interface LayerScanRequest {
  /** Decompression the media type names: the scan reports the bytes' real compression. */
  compression: "none" | "gzip" | "zstd";
  walkTar: boolean;
  expectedSize: number;
}

/** What named a blob: an index entry or a subject (a manifest or an index), or a config or a layer.
 * A registry serves the two kinds at different endpoints. */
export type BlobRole = "entry" | "subject" | "config" | "layer";

export interface BlobListing {
  /** Path relative to the source root, e.g. `blobs/sha256/ab…`. */
  path: string;
  algorithm: string;
  encoded: string;
  /** `file` unless the entry is a directory, symlink or special file. */
  type: "file" | "directory" | "symlink" | "other";
}

export interface BlobStore {
  /** The name the user gave. */
  readonly name: string;
  /** What holds the blobs, as findings name it ("not in the layout"); default "layout". */
  readonly holder?: string;
  /** The rule for a blob that exists but cannot be read; default layout-missing-file (a registry's bad
   * answer is registry-response instead). */
  readonly unreadableRule?: "layout-missing-file" | "registry-response";
  /** A top-level file of the layout (`oci-layout`, `index.json`), at most maxBytes. */
  readRootFile(name: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array }>>;
  /** Whether `blobs/` exists as a directory. */
  hasBlobsDirectory(): Promise<BlobRead<object>>;
  /** Reads a small blob (manifest, index, config) whole, hashing it in the same read. */
  readDocument(algorithm: string, encoded: string, maxBytes: number, role: BlobRole): Promise<BlobRead<{ bytes: Uint8Array | undefined; scan: BlobScan }>>;
  /** Streams a blob once: size, digest and, for layers, decompression, diff_id and the tar walk.
   * `role` is undefined for a blob found by listing the store. */
  scanBlob(algorithm: string, encoded: string, request: LayerScanRequest | undefined, role?: BlobRole): Promise<BlobRead<{ scan: BlobScan }>>;
  /** Every entry under blobs/<alg>/, whatever its name. */
  listBlobs(): Promise<BlobListing[]>;
  /** Problems with the container itself (an archive's tar), reported before the layout's. */
  readonly problems?: ReadonlyArray<{ message: string; path?: string }>;
}
