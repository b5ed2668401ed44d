// pre-commit hands ocilint the changed files, in chunks. A file inside an image layout means "lint that
// layout" (once, however many of its files changed); a JSON file that is an OCI document is linted on
// its own; anything else (a README, a JSON file of another kind) is not ours and is skipped silently.

import { promises as fs } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { detectKind } from "../engine/detectKind.js";
import { parseJson } from "../json/parseJson.js";

export interface HookTargets {
  /** Layout directories, as paths relative to cwd, each with the absolute paths of its changed files. */
  layouts: Map<string, Set<string>>;
  /** OCI JSON documents outside any layout. */
  documents: string[];
}

/** The largest loose JSON file sniffed for an OCI shape; bigger ones are linted (and then flagged). */
const SNIFF_LIMIT = 4 * 1024 * 1024;

export async function hookTargets(files: readonly string[], cwd: string): Promise<HookTargets> {
  const layouts = new Map<string, Set<string>>();
  const documents: string[] = [];
  const layoutOf = new Map<string, string | undefined>();
  for (const file of files) {
    const absolute = resolve(cwd, file);
    const layout = await enclosingLayout(dirname(absolute), cwd, layoutOf);
    if (layout !== undefined) {
      const key = relative(cwd, layout) || ".";
      if (!layouts.has(key)) layouts.set(key, new Set());
      layouts.get(key)!.add(absolute);
    } else if (file.endsWith(".json") && (await looksLikeOciDocument(absolute))) {
      documents.push(file);
    }
  }
  return { layouts, documents };
}

/** The nearest directory at or above `dir`, but not above cwd (the repository), that holds `oci-layout`. */
async function enclosingLayout(dir: string, cwd: string, cache: Map<string, string | undefined>): Promise<string | undefined> {
  const seen: string[] = [];
  let found: string | undefined;
  for (let at = dir; ; at = dirname(at)) {
    if (cache.has(at)) {
      found = cache.get(at);
      break;
    }
    seen.push(at);
    if (await isFile(join(at, "oci-layout"))) {
      found = at;
      break;
    }
    const rel = relative(cwd, at);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || dirname(at) === at) break;
  }
  for (const at of seen) cache.set(at, found);
  return found;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.lstat(path)).isFile();
  } catch {
    return false;
  }
}

async function looksLikeOciDocument(path: string): Promise<boolean> {
  try {
    const stats = await fs.lstat(path);
    if (!stats.isFile()) return false;
    if (stats.size > SNIFF_LIMIT) return true;
    const parsed = parseJson(await fs.readFile(path));
    // Malformed JSON in a file named like an OCI document would be skipped here; it is not ours to judge.
    return parsed.ok && detectKind(parsed.value) !== undefined;
  } catch {
    return false;
  }
}
