// A runtime bundle on disk: a directory holding config.json and the root filesystem it names.
// Read-only. Paths inside the bundle are walked one component at a time with lstat, and a symbolic
// link is resolved by us, never by the kernel, so nothing outside the bundle is ever opened or read.

import { constants, promises as fs } from "node:fs";
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { describe } from "./looseFiles.js";

/** Entries that make a directory an image layout; a bundle has none of them. */
const LAYOUT_ENTRIES = ["oci-layout", "index.json", "blobs"];

/** Most symbolic links followed while resolving root.path (Linux allows 40 as well). */
const MAX_LINKS = 40;

export async function isBundleDirectory(root: string): Promise<boolean> {
  if (!(await exists(join(root, "config.json")))) return false;
  for (const name of LAYOUT_ENTRIES) if (await exists(join(root, name))) return false;
  return true;
}

export type ConfigRead =
  | { state: "ok"; bytes: Uint8Array }
  | { state: "too-large"; size: number }
  | { state: "unreadable"; message: string };

/** config.json, read only if it is a regular file (a link could lead anywhere). */
export async function readBundleConfig(root: string, maxBytes: number): Promise<ConfigRead> {
  const path = join(root, "config.json");
  let handle;
  try {
    const stats = await fs.lstat(path);
    if (stats.isSymbolicLink()) return { state: "unreadable", message: "config.json is a symbolic link; ocilint reads only a regular file in the bundle" };
    if (!stats.isFile()) return { state: "unreadable", message: `config.json is ${stats.isDirectory() ? "a directory" : "not a regular file"}` };
    // O_NOFOLLOW: if the file is swapped for a link after the lstat, opening fails instead of following it.
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    const size = (await handle.stat()).size;
    if (size > maxBytes) return { state: "too-large", size };
    return { state: "ok", bytes: await handle.readFile() };
  } catch (error) {
    return { state: "unreadable", message: `cannot read config.json: ${describe(error)}` };
  } finally {
    await handle?.close();
  }
}

/**
 * Why root.path does not name a directory inside the bundle, or undefined when it does. `bundle` is the
 * bundle directory's absolute path. A path outside the bundle is reported, not inspected.
 */
export async function rootPathProblem(bundle: string, rootPath: string): Promise<string | undefined> {
  const roots = [bundle, await fs.realpath(bundle).catch(() => bundle)];
  const quoted = `root.path "${rootPath}"`;
  const outside = `${quoted} is outside the bundle directory; the bundle must hold its root filesystem`;
  if (rootPath === "") return `${quoted} is empty`;
  let pending: string[];
  if (isAbsolute(rootPath)) {
    const inside = insideBundle(roots, rootPath);
    if (inside === undefined) return outside;
    pending = inside;
  } else {
    pending = rootPath.split("/");
  }
  const position: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (name === "" || name === ".") continue;
    if (name === "..") {
      if (position.length === 0) return outside;
      position.pop();
      continue;
    }
    const here = join(bundle, ...position, name);
    const shown = [...position, name].join("/");
    let stats;
    let target = "";
    try {
      stats = await fs.lstat(here);
      if (stats.isSymbolicLink()) target = await fs.readlink(here);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "ENOENT" ? `${quoted} does not exist in the bundle (no ${shown})` : `${quoted} cannot be read: ${describe(error)}`;
    }
    if (stats.isSymbolicLink()) {
      if (++links > MAX_LINKS) return `${quoted} goes through more than ${MAX_LINKS} symbolic links`;
      if (isAbsolute(target)) {
        const inside = insideBundle(roots, target);
        if (inside === undefined) return `${quoted} goes through the symbolic link ${shown} → ${target}, which leads out of the bundle`;
        position.length = 0;
        pending = [...inside, ...pending];
      } else {
        // A relative target is read from the link's own directory, where `position` already is.
        pending = [...target.split("/"), ...pending];
      }
      continue;
    }
    if (!stats.isDirectory()) return `${quoted} is not a directory (${shown} is ${stats.isFile() ? "a file" : "not a directory"})`;
    position.push(name);
  }
  return undefined;
}

/** The components of `path` below the bundle, under either spelling of the bundle's own path. */
function insideBundle(roots: readonly string[], path: string): string[] | undefined {
  for (const root of roots) {
    const rel = relative(root, normalize(path));
    if (rel === "") return [];
    if (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return rel.split(sep);
  }
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
