// Targets that are single JSON documents: files, globs of files, or standard input.

import { promises as fs, type Stats } from "node:fs";
import { UsageError } from "../errors.js";
import { isRegistryReference } from "./registry/reference.js";
import { detectCompression } from "../content/decompress.js";

export interface LooseDocument {
  /** The name to report: the path as the user wrote it, or `<stdin>`. */
  name: string;
  /** The bytes, unless the file is larger than the document limit. */
  bytes?: Uint8Array;
  size: number;
}

export type Target =
  | { type: "file"; path: string }
  | { type: "stdin" }
  | { type: "directory"; path: string }
  | { type: "registry"; reference: string };

/** Expands what the user typed into concrete targets; a name that matches nothing is a usage error. */
export async function resolveTargets(patterns: readonly string[], cwd: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const pattern of patterns) {
    if (pattern === "-") {
      targets.push({ type: "stdin" });
      continue;
    }
    const stats = await statOrUndefined(pattern, cwd);
    if (stats?.isDirectory()) targets.push({ type: "directory", path: pattern });
    else if (stats) targets.push({ type: "file", path: pattern });
    // Not a path: an image reference that names its registry ("[::1]:5000/…" is not a glob).
    else if (isRegistryReference(pattern)) targets.push({ type: "registry", reference: pattern });
    else if (/[*?[\]{}()!]/.test(pattern)) {
      // fast-glob loads only when a pattern needs it: start-up time counts.
      const { default: fg } = await import("fast-glob");
      if (!fg.isDynamicPattern(pattern)) throw new UsageError(`cannot read "${pattern}": no such file or directory`);
      const matches = await fg(pattern, { cwd, dot: true, onlyFiles: true, followSymbolicLinks: false });
      if (matches.length === 0) throw new UsageError(`no files match "${pattern}"`);
      for (const path of matches.sort()) targets.push({ type: "file", path });
    } else {
      throw new UsageError(`cannot read "${pattern}": no such file or directory`);
    }
  }
  return targets;
}

async function statOrUndefined(path: string, cwd: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(resolveFrom(cwd, path));
  } catch {
    return undefined;
  }
}

export function resolveFrom(cwd: string, path: string): string {
  return path.startsWith("/") ? path : `${cwd}/${path}`;
}

export async function readLooseFile(path: string, cwd: string, maxBytes: number): Promise<LooseDocument> {
  const full = resolveFrom(cwd, path);
  let handle;
  try {
    handle = await fs.open(full, "r");
  } catch (error) {
    throw new UsageError(`cannot read "${path}": ${describe(error)}`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UsageError(`cannot read "${path}": not a regular file`);
    if (stats.size > maxBytes) return { name: path, size: stats.size };
    return { name: path, bytes: await handle.readFile(), size: stats.size };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read "${path}": ${describe(error)}`);
  } finally {
    await handle.close();
  }
}

export async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<LooseDocument> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size <= maxBytes) chunks.push(buffer);
  }
  return size > maxBytes ? { name: "<stdin>", size } : { name: "<stdin>", bytes: Buffer.concat(chunks), size };
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory";
    case "ELOOP": return "too many symbolic links";
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Whether a file is a tar archive (plain, gzip or zstd) rather than a JSON document: by its bytes. */
export async function isArchiveFile(path: string, cwd: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(resolveFrom(cwd, path), "r");
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    if (detectCompression(head.subarray(0, bytesRead)) !== "none") return true;
    return bytesRead === 512 && head.toString("latin1", 257, 262) === "ustar";
  } catch {
    return false; // readLooseFile reports why it cannot be read
  } finally {
    await handle?.close();
  }
}
