// An oci-archive: an image layout inside a tar. The archive has been read once (archiveReader.ts);
// this view answers the layout walker's questions from what that pass saw, exactly like a layout
// directory would. It never follows a link: in a layout, a blob that is a link is itself a finding.

import type { BlobScan } from "../content/scanBlob.js";
import { compareText } from "../model/index.js";
import type { BlobListing, BlobRead, BlobStore, LayerScanRequest } from "./blobStore.js";
import type { ArchiveContents, ArchiveEntry, ArchiveProblem } from "./archiveReader.js";

export class OciArchive implements BlobStore {
  readonly problems: readonly ArchiveProblem[];

  constructor(readonly name: string, private readonly contents: ArchiveContents) {
    this.problems = contents.problems;
  }

  async readRootFile(name: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array }>> {
    const file = this.contents.entries.get(name);
    if (!file) return { state: "missing" };
    if (file.type !== "file") return { state: "not-regular", what: describeType(file.type) };
    if (file.size > maxBytes) return { state: "unreadable", message: `${file.size} bytes, over the ${maxBytes}-byte limit for a JSON document`, tooLarge: file.size };
    if (!file.scan) return { state: "unreadable", message: "the archive ends inside it" };
    return { state: "ok", bytes: file.scan.bytes ?? file.head ?? new Uint8Array(0) };
  }

  async hasBlobsDirectory(): Promise<BlobRead<object>> {
    const entry = this.contents.entries.get("blobs");
    if (entry && entry.type !== "directory") return { state: "not-regular", what: "not a directory" };
    for (const path of this.contents.entries.keys()) if (path === "blobs" || path.startsWith("blobs/")) return { state: "ok" };
    return { state: "missing" };
  }

  async readDocument(algorithm: string, encoded: string, maxBytes: number): Promise<BlobRead<{ bytes: Uint8Array | undefined; scan: BlobScan }>> {
    const file = this.blob(algorithm, encoded);
    if (file.state !== "ok") return file;
    const { scan, head } = file;
    if (scan.size > maxBytes) return { state: "ok", bytes: undefined, scan: plainScan(scan) };
    return { state: "ok", bytes: scan.bytes ?? head ?? new Uint8Array(0), scan: plainScan(scan) };
  }

  async scanBlob(algorithm: string, encoded: string, request: LayerScanRequest | undefined): Promise<BlobRead<{ scan: BlobScan }>> {
    const file = this.blob(algorithm, encoded);
    if (file.state !== "ok") return file;
    if (!request) return { state: "ok", scan: plainScan(file.scan) };
    // A layer scan without the tar walk still has its DiffID and decompression problems.
    const { tar: _tar, entryFindings: _entries, ...withoutTar } = file.scan;
    return { state: "ok", scan: request.walkTar ? file.scan : withoutTar };
  }

  async listBlobs(): Promise<BlobListing[]> {
    const listing: BlobListing[] = [];
    for (const [path, file] of this.contents.entries) {
      const parts = path.split("/");
      if (parts[0] !== "blobs" || parts.length < 2) continue;
      const type = listingType(file.type);
      if (parts.length === 2) {
        if (type !== "directory") listing.push({ path, algorithm: parts[1]!, encoded: "", type });
        continue;
      }
      listing.push({ path, algorithm: parts[1]!, encoded: parts.slice(2).join("/"), type: parts.length === 3 ? type : "other" });
    }
    return listing.sort((a, b) => compareText(a.path, b.path));
  }

  private blob(algorithm: string, encoded: string): BlobRead<{ scan: BlobScan; head: Uint8Array | undefined }> {
    const file = this.contents.entries.get(`blobs/${algorithm}/${encoded}`);
    if (!file) return { state: "missing" };
    if (file.type !== "file") return { state: "not-regular", what: describeType(file.type) };
    if (!file.scan) return { state: "unreadable", message: "the archive ends inside this blob" };
    return { state: "ok", scan: file.scan, head: file.head };
  }
}

/** Only what every blob has: size, digest, and what its bytes look like; the speculative layer scan stays hidden. */
function plainScan(scan: BlobScan): BlobScan {
  return { size: scan.size, digest: scan.digest, compression: scan.compression, problems: scan.problems.filter((p) => p.kind === "overrun"), ...(scan.bytes ? { bytes: scan.bytes } : {}) };
}

/** A hard link in a layout is not a blob file of its own, as before: "other". */
function listingType(type: ArchiveEntry["type"]): BlobListing["type"] {
  return type === "file" || type === "directory" || type === "symlink" ? type : "other";
}

export function describeType(type: ArchiveEntry["type"]): string {
  switch (type) {
    case "directory": return "a directory";
    case "symlink": return "a symbolic link";
    case "hardlink": return "a hard link";
    default: return "not a regular file";
  }
}
