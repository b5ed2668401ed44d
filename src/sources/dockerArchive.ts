// A docker-archive (`docker save`, `skopeo copy … docker-archive:`): manifest.json names each image's
// config and layer files by their paths in the tar. The archive has been read once
// (archiveReader.ts); this view resolves those paths the way loaders do, without extracting anything:
// a symbolic link is followed one level (containers/image follows one; Docker writes one for a layer
// it already saved), a hard link leads to the earlier entry it names, and nothing leads outside.

import { posix } from "node:path";
import type { BlobScan } from "../content/scanBlob.js";
import { describeType } from "./ociArchive.js";
import { isObject } from "../model/index.js";
import type { ArchiveContents, ArchiveEntry, ArchiveProblem } from "./archiveReader.js";

/** Where a path leads inside the archive. */
export type ArchiveLookup =
  | { state: "ok"; /** The regular file reached, after any link. */ path: string; scan: BlobScan; bytes: Uint8Array | undefined }
  | { state: "missing" }
  | { state: "escapes"; why: string }
  | { state: "not-regular"; what: string }
  | { state: "unreadable"; message: string };

/** Legacy per-layer directories are named by a 64-hex layer ID. */
const LEGACY_ID = /^[a-f0-9]{64}$/;
/** A layer's v1 JSON is a few kilobytes; larger blobs are not parsed to find out. */
const LEGACY_METADATA_MAX = 1024 * 1024;

export class DockerArchive {
  readonly problems: readonly ArchiveProblem[];
  private directories: Set<string> | undefined;

  constructor(readonly name: string, private readonly contents: ArchiveContents) {
    this.problems = contents.problems;
  }

  /** Resolves a path written in manifest.json, repositories or a legacy directory. */
  lookup(written: string): ArchiveLookup {
    const path = inArchive("", written);
    if (typeof path !== "string") return path;
    const entry = this.contents.entries.get(path);
    if (!entry) return this.isImplicitDirectory(path) ? { state: "not-regular", what: "a directory, not a regular file" } : { state: "missing" };
    if (entry.type === "symlink") {
      const target = inArchive(posix.dirname(path), entry.linkname ?? "");
      if (typeof target !== "string") return { state: "escapes", why: `is a symbolic link to "${entry.linkname}", outside the archive` };
      const reached = this.contents.entries.get(target);
      if (!reached) {
        const what = this.isImplicitDirectory(target) ? "a directory" : "not in the archive";
        return { state: "not-regular", what: `a symbolic link to "${entry.linkname}", which is ${what}` };
      }
      if (reached.type === "symlink") return { state: "not-regular", what: `a symbolic link to another symbolic link ("${target}"); loaders follow only one` };
      return this.regular(reached.type === "hardlink" ? this.hardLinkTarget(target, reached) : { path: target, entry: reached }, `a symbolic link to "${entry.linkname}", which is`);
    }
    if (entry.type === "hardlink") return this.regular(this.hardLinkTarget(path, entry), `a hard link to "${entry.linkname}", which is`);
    return this.regular({ path, entry }, "");
  }

  /** Top-level directories named by a layer ID: the pre-Docker-1.10 layout that docker save still writes. */
  legacyLayerDirectories(): string[] {
    const ids = new Set<string>();
    for (const path of this.contents.entries.keys()) {
      const first = path.split("/")[0]!;
      if (LEGACY_ID.test(first) && (path !== first || this.contents.entries.get(path)!.type === "directory")) ids.add(first);
    }
    return [...ids].sort();
  }

  /**
   * Whether a blob is one that docker save (Engine 25 and later) writes beside its image layout and
   * that no descriptor references: a layer's legacy v1 JSON, an object with a 64-hex "id" and no rootfs.
   * Asked only of the blobs the layout walk found unreferenced, not of every document in the archive.
   */
  isLegacyMetadata(digest: string): boolean {
    const [algorithm, encoded] = digest.split(":");
    const entry = this.contents.entries.get(`blobs/${algorithm}/${encoded}`);
    const bytes = entry?.scan?.bytes;
    if (entry?.type !== "file" || !bytes || bytes.length > LEGACY_METADATA_MAX) return false;
    const value = parseQuietly(bytes);
    return value !== undefined && typeof value["id"] === "string" && LEGACY_ID.test(value["id"]) && !("rootfs" in value);
  }

  /** Tars may omit directory entries: a path with entries below it is a directory all the same. */
  private isImplicitDirectory(path: string): boolean {
    if (!this.directories) {
      // Built once, on first need: one pass over the names, not one per missing path.
      this.directories = new Set();
      for (const name of this.contents.entries.keys()) {
        for (let slash = name.indexOf("/"); slash > 0; slash = name.indexOf("/", slash + 1)) this.directories.add(name.slice(0, slash));
      }
    }
    return this.directories.has(path);
  }

  /** A hard link's content is the earlier entry it names (archive paths, not relative to the link). */
  private hardLinkTarget(path: string, link: ArchiveEntry): { path: string; entry: ArchiveEntry | undefined } | ArchiveLookup {
    const target = inArchive("", link.linkname ?? "");
    if (typeof target !== "string") return { state: "escapes", why: `is a hard link to "${link.linkname}", outside the archive` };
    const entry = this.contents.entries.get(target);
    return { path: target, entry: entry && entry.order < link.order && entry.type === "file" ? entry : undefined };
  }

  private regular(found: { path: string; entry: ArchiveEntry | undefined } | ArchiveLookup, via: string): ArchiveLookup {
    if ("state" in found) return found;
    const { path, entry } = found;
    if (!entry) return { state: "not-regular", what: `${via} not an earlier regular file in the archive` };
    if (entry.type !== "file") return { state: "not-regular", what: via === "" ? `${describeType(entry.type)}, not a regular file` : `${via} ${describeType(entry.type)}` };
    if (!entry.scan) return { state: "unreadable", message: "the archive ends inside it" };
    return { state: "ok", path, scan: entry.scan, bytes: entry.scan.bytes ?? entry.head };
  }
}

/**
 * A path relative to `base`, normalised inside the archive root: "a/./b" and "a//b" are "a/b", and
 * "a/../b" is "b". Absolute paths and ".." above the root are refused, as tar extraction would.
 */
function inArchive(base: string, written: string): string | { state: "escapes"; why: string } {
  if (written.startsWith("/")) return { state: "escapes", why: "is an absolute path" };
  const parts = base === "" || base === "." ? [] : base.split("/");
  for (const part of written.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts.push(part);
    else if (parts.length === 0) return { state: "escapes", why: 'climbs out of the archive with ".."' };
    else parts.pop();
  }
  return parts.join("/");
}

function parseQuietly(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
