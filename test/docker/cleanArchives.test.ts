// docker-archives as real tools write them lint clean: skopeo's (classic, with legacy directories),
// Docker 25's and containerd's (an image layout plus manifest.json), and ones with compressed layer
// files or a compressed outer archive. Clean must mean "read and found good", so the walk is also
// shown to reach every config and layer file.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { DOCKER_DEFECTS_DIR, FIXTURES_DIR, LAYOUTS_DIR, SKOPEO_DOCKER_ARCHIVE, essences, hasSkopeo, hashTree } from "./dockerHelpers.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-docker-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the docker-archive skopeo writes", () => {
  it("lints clean with every rule on, and reports as an archive", async () => {
    const result = await lint(SKOPEO_DOCKER_ARCHIVE, { config: false, preset: "all" });
    expect(result.results.map((r) => r.kind)).toEqual(["archive"]);
    expect(result.findings).toEqual([]);
  });

  it("is read, not skipped: its config and both layer files are scanned", async () => {
    const seen: Array<{ blobs: number; bytes: number }> = [];
    await lint(SKOPEO_DOCKER_ARCHIVE, { config: false, onProgress: (p) => seen.push({ blobs: p.blobs, bytes: p.bytes }) });
    // 598 bytes of config, then the two uncompressed layers (8704 and 3584 bytes).
    expect(seen.at(-1)).toEqual({ blobs: 3, bytes: 598 + 8704 + 3584 });
  });

  it("compressed with gzip or zstd gives the same (no) findings", async () => {
    const gz = join(work, "skopeo.tar.gz");
    writeFileSync(gz, gzipSync(readFileSync(SKOPEO_DOCKER_ARCHIVE)));
    const zst = join(work, "skopeo.tar.zst");
    execFileSync("zstd", ["-q", "-f", SKOPEO_DOCKER_ARCHIVE, "-o", zst]);
    expect(await essences(gz)).toEqual([]);
    expect(await essences(zst)).toEqual([]);
  });
});

describe.runIf(hasSkopeo)("docker-archives skopeo makes from the fixture layouts", () => {
  // skopeo refuses to put zstd layers into a docker-archive, so skopeo-zstd is not among them.
  const images = [["umoci-basic", "1.0"], ["skopeo-gzip", "1.0"], ["multi-image", "amd64"], ["multi-image", "arm64"], ["nested-index", "multi"]] as const;
  it.each(images)("%s:%s lints clean", async (layout, tag) => {
    const out = join(work, `${layout}-${tag}.tar`);
    execFileSync("skopeo", ["copy", "--quiet", `oci:${join(LAYOUTS_DIR, layout)}:${tag}`, `docker-archive:${out}:example/${layout}:${tag}`]);
    const before = hashTree(work);
    expect(await essences(out)).toEqual([]);
    expect(hashTree(work), "ocilint writes nothing, extracts nothing").toEqual(before);
  });
});

describe("other producers' forms of the same image", () => {
  it("docker save since Engine 25 (a layout plus manifest.json): only Docker's own index without platforms", async () => {
    const result = await lint(join(DOCKER_DEFECTS_DIR, "clean-docker25.tar"), { config: false, preset: "all" });
    // Its legacy v1 JSON blobs, which nothing references, are accounted for: no blob-unreferenced.
    expect(result.findings.map((f) => [f.ruleName, f.level, f.location.path, f.location.pointer])).toEqual([
      ["index-platform-missing", "warning", "index.json", "/manifests/0"],
    ]);
  });

  it("containerd's export (the oci-archive plus manifest.json naming gzip layers) finds what the oci-archive finds", async () => {
    const oci = await essences(join(FIXTURES_DIR, "archives/oci-archive.tar"));
    expect(oci.length).toBeGreaterThan(0);
    expect(await essences(join(DOCKER_DEFECTS_DIR, "clean-containerd.tar"))).toEqual(oci);
  });

  it("gzip-compressed layer files: DiffIDs are taken after decompression", async () => {
    expect(await essences(join(DOCKER_DEFECTS_DIR, "clean-gzip-layers.tar"))).toEqual([]);
  });
});
