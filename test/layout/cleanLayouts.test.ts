// Layouts as umoci and skopeo really write them must pass: no errors, and only the warnings the
// spec's SHOULDs call for (these tools leave out mediaType on manifests and platform in index.json).

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { scanFile } from "../../src/content/scanBlob.js";
import { DEFAULT_LIMITS } from "../../src/sources/limits.js";
import { LAYOUTS_DIR, hashTree } from "./layoutHelpers.js";

const CLEAN: Record<string, string[]> = {
  "umoci-basic": ["index-platform-missing", "media-type-missing", "media-type-missing"],
  "skopeo-gzip": ["index-platform-missing", "media-type-missing", "media-type-missing"],
  "skopeo-zstd": ["index-platform-missing", "media-type-missing", "media-type-missing"],
  "multi-image": ["index-platform-missing", "index-platform-missing", "media-type-missing", "media-type-missing", "media-type-missing"],
  // The nested index carries platforms and its own mediaType; only umoci's manifests lack theirs.
  "nested-index": ["media-type-missing", "media-type-missing"],
  "artifact-empty-config": ["index-platform-missing", "media-type-missing", "media-type-missing"],
};

describe("real layouts lint clean", () => {
  it.each(Object.keys(CLEAN))("%s", async (name) => {
    const dir = join(LAYOUTS_DIR, name);
    const before = hashTree(dir);
    const result = await lint(dir, { config: false, preset: "all" });
    expect(result.results.map((r) => r.kind)).toEqual(["layout"]);
    expect(result.counts.error).toBe(0);
    expect(result.findings.map((f) => f.ruleName).sort()).toEqual(CLEAN[name]);
    expect(hashTree(dir)).toEqual(before);
  });

  it("zstd layers decompress to the same diff_ids that zstd(1) and the config give", async () => {
    const dir = join(LAYOUTS_DIR, "skopeo-zstd");
    const blob = (digest: string) => join(dir, "blobs", ...digest.split(":"));
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
    const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), "utf8"));
    const config = JSON.parse(readFileSync(blob(manifest.config.digest), "utf8"));
    expect(manifest.layers.map((l: { mediaType: string }) => l.mediaType)).toEqual(["application/vnd.oci.image.layer.v1.tar+zstd", "application/vnd.oci.image.layer.v1.tar+zstd"]);
    for (const [i, layer] of manifest.layers.entries()) {
      const scan = await scanFile(blob(layer.digest), { algorithm: "sha256", decompress: true, walkTar: true, limits: DEFAULT_LIMITS });
      const byTool = createHash("sha256").update(execFileSync("zstd", ["-dc", blob(layer.digest)])).digest("hex");
      expect(scan.compression).toBe("zstd");
      expect(scan.diffId).toBe(`sha256:${byTool}`);
      expect(scan.diffId).toBe(config.rootfs.diff_ids[i]);
    }
  });
});

describe("an empty layout straight from `umoci init`", () => {
  const work = mkdtempSync(join(tmpdir(), "ocilint-init-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is reported for its null manifests list, which the spec does not allow", async () => {
    const dir = join(work, "empty");
    execFileSync("umoci", ["init", "--layout", dir]);
    const result = await lint(dir, { config: false });
    const errors = result.findings.filter((f) => f.level === "error");
    expect(errors.map((f) => [f.ruleName, f.location.path, f.location.pointer, `${f.location.line}:${f.location.column}`, f.message])).toEqual([
      ["property-type", "index.json", "/manifests", "1:32", '"manifests" must be an array, found null'],
    ]);
  });
});
