// pre-commit's --changed-only (the library's verifyBlob): blobs it is not asked to read are still
// checked for presence, type and size, and a missing one is a finding, not a failed run.

import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { ROOT } from "../helpers/runCli.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-changed-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the bundled example layout, and the digest of its first layer. */
function layoutCopy(name: string): { dir: string; layer: string } {
  const dir = join(work, name);
  cpSync(join(ROOT, "examples/layout"), dir, { recursive: true });
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
  const manifest = JSON.parse(readFileSync(join(dir, "blobs", ...index.manifests[0].digest.split(":")), "utf8"));
  return { dir, layer: manifest.layers[0].digest.split(":")[1] };
}

const unchanged = { verifyBlob: () => false };
const rulesOf = async (dir: string) => (await lint([dir], unchanged)).results[0]!.findings.map((f) => f.ruleName);

describe("blobs that are not read", () => {
  it("a clean layout stays clean", async () => {
    const { dir } = layoutCopy("clean");
    expect((await rulesOf(dir)).filter((r) => r.startsWith("blob-"))).toEqual([]);
  });

  it("a missing layer is blob-missing", async () => {
    const { dir, layer } = layoutCopy("missing");
    unlinkSync(join(dir, "blobs/sha256", layer));
    expect(await rulesOf(dir)).toContain("blob-missing");
  });

  it("a layer that is a symbolic link is blob-not-regular-file, not taken on trust", async () => {
    const { dir, layer } = layoutCopy("symlink");
    const path = join(dir, "blobs/sha256", layer);
    cpSync(path, join(work, "outside"));
    unlinkSync(path);
    symlinkSync(join(work, "outside"), path);
    expect(await rulesOf(dir)).toContain("blob-not-regular-file");
  });
});
