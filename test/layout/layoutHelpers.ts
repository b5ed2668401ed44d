// Shared by the layout tests: where the fixtures are, what a clean base layout already reports, and
// a content hash of a tree to prove ocilint left it untouched.

import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { ROOT } from "../helpers/runCli.js";

export const FIXTURES_DIR = join(ROOT, "test/fixtures");
export const LAYOUTS_DIR = join(FIXTURES_DIR, "layouts");
export const DEFECTS_DIR = join(FIXTURES_DIR, "defects");

/** The clean layout each defect copy started from (as in scripts/fixtures/make_defects.py). */
const BASE_OF: Record<string, string> = {
  "descriptor-media-type-mismatch": "nested-index",
  "graph-cycle": "nested-index",
  "index-duplicate-platform": "nested-index",
  "ref-name-scope": "nested-index",
  "subject-missing": "artifact-empty-config",
  "artifact-type-required": "artifact-empty-config",
};

const baseKeys = new Map<string, Promise<Map<string, number>>>();

/** A finding's identity that survives the digest changes a defect causes. */
function key(f: Finding): string {
  const l = f.location;
  return [f.ruleName, l.path.startsWith("blobs/") ? "blob" : l.path, l.pointer ?? ""].join("|");
}

function keysOf(base: string): Promise<Map<string, number>> {
  let keys = baseKeys.get(base);
  if (!keys) {
    keys = lint(join(LAYOUTS_DIR, base), { config: false, preset: "all" }).then((result) => {
      const counts = new Map<string, number>();
      for (const f of result.findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
      return counts;
    });
    baseKeys.set(base, keys);
  }
  return keys;
}

/** The findings of a defect copy that its clean base layout does not also have. */
export async function findingsBeyondBase(findings: Finding[], defect: string): Promise<Finding[]> {
  const remaining = new Map(await keysOf(BASE_OF[defect] ?? "umoci-basic"));
  return findings.filter((f) => {
    const left = remaining.get(key(f)) ?? 0;
    if (left === 0) return true;
    remaining.set(key(f), left - 1);
    return false;
  });
}

/** sha256 over every path, type, mode, link target and content under dir, in name order. */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const visit = (path: string, rel: string): void => {
    const st = lstatSync(path);
    hash.update(`${rel}\0${st.mode}\0`);
    if (st.isSymbolicLink()) hash.update(readlinkSync(path));
    else if (st.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name), `${rel}/${name}`);
    else if (st.isFile()) hash.update(readFileSync(path));
  };
  visit(dir, ".");
  return hash.digest("hex");
}
