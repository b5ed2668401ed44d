// Each defect fixture (scripts/fixtures/make_defects.py) holds one defect in an otherwise clean
// layout made by umoci or skopeo. The table is the whole expected outcome: every finding at warning
// level or above that is not also on the clean base layout, with its rule, file, pointer, position,
// route from index.json and message.

import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { DEFECTS_DIR, findingsBeyondBase, hashTree } from "./layoutHelpers.js";

interface Expected {
  rule: string;
  /** File in the layout: "index.json", "oci-layout", or "blob" for any blobs/<alg>/<hex>. */
  file: string;
  pointer?: string;
  at?: string;
  via?: string;
  message: RegExp;
}

const IMAGE = 'index.json → manifests[0] "1.0"';
const ADDED_LAYER = `${IMAGE} → layers[2]`;

const TABLE: Record<string, Expected[]> = {
  "layout-missing-file": [{ rule: "layout-missing-file", file: "index.json", message: /^index\.json is missing$/ }],
  "layout-version": [{ rule: "layout-version", file: "oci-layout", pointer: "/imageLayoutVersion", at: "1:23", message: /must be "1\.0\.0".*found "2\.0\.0"/ }],
  "blob-name": [{ rule: "blob-name", file: "blob", message: /is not named by a valid digest: sha256 needs 64 lowercase hex characters/ }],
  "blob-digest-mismatch": [
    { rule: "blob-digest-mismatch", file: "blob", message: /^content hashes to sha256:5d0a141c[0-9a-f]{56}, not to sha256:0{64}$/ },
    // The stray blob is also unreferenced: both are true of it.
    { rule: "blob-unreferenced", file: "blob", message: /^blob is not reachable from index\.json$/ },
  ],
  "blob-unreferenced": [{ rule: "blob-unreferenced", file: "blob", message: /^blob is not reachable from index\.json$/ }],
  "blob-not-regular-file": [{ rule: "blob-not-regular-file", file: "blob", via: `${IMAGE} → config`, message: /^blob is a symbolic link; ocilint does not follow or read it$/ }],
  "blob-missing": [{ rule: "blob-missing", file: "blob", via: `${IMAGE} → layers[0]`, message: /^blob is not in the layout$/ }],
  "blob-size-mismatch": [{ rule: "blob-size-mismatch", file: "blob", via: `${IMAGE} → config`, message: /^blob is (\d+) bytes but its descriptor says \d+$/ }],
  "descriptor-media-type-mismatch": [
    { rule: "descriptor-media-type-mismatch", file: "index.json", pointer: "/manifests/0/mediaType", at: "1:100", via: "index.json", message: /descriptor says "application\/vnd\.oci\.image\.index\.v1\+json" but the document declares "application\/vnd\.docker\.distribution\.manifest\.list\.v2\+json"/ },
  ],
  "platform-mismatch": [{ rule: "platform-mismatch", file: "index.json", pointer: "/manifests/0/platform", at: "1:254", via: "index.json", message: /^index entry says linux\/arm64 but the image config says linux\/amd64$/ }],
  "graph-cycle": [
    // A cycle needs a blob whose bytes do not hash to its name; both are reported, and the walk ends.
    { rule: "blob-digest-mismatch", file: "blob", via: 'index.json → manifests[0] "multi" (index)', message: /^content hashes to sha256:[0-9a-f]{64}, not to sha256:d44e9b17/ },
    { rule: "graph-cycle", file: "blob", pointer: "/manifests/2/digest", at: "1:555", via: 'index.json → manifests[0] "multi" (index)', message: /is already on the route index\.json → manifests\[0\] "multi" \(index\); the descriptors form a cycle$/ },
  ],
  "ref-name-duplicate": [
    // The copied entry has no platform either, like the one it copies.
    { rule: "index-platform-missing", file: "index.json", pointer: "/manifests/1", at: "1:244", via: "index.json", message: /^index entry for an image manifest has no platform$/ },
    { rule: "ref-name-duplicate", file: "index.json", pointer: "/manifests/1/annotations/org.opencontainers.image.ref.name", at: "1:447", via: "index.json", message: /^ref\.name "1\.0" is also on manifests\[0\]$/ },
  ],
  "subject-missing": [{ rule: "subject-missing", file: "blob", pointer: "/subject/digest", at: "1:500", via: "index.json → manifests[1]", message: /^the subject sha256:[0-9a-f]{64} is not in this layout$/ }],
  "artifact-type-required": [
    { rule: "artifact-type-required", file: "blob", pointer: "/config/mediaType", at: "1:99", via: "index.json → manifests[1]", message: /must set "artifactType"/ },
    // Without artifactType its index entry reads as an image's, which should carry a platform.
    { rule: "index-platform-missing", file: "index.json", pointer: "/manifests/1", at: "1:244", via: "index.json", message: /^index entry for an image manifest has no platform$/ },
  ],
  "diff-ids-count": [{ rule: "diff-ids-count", file: "blob", pointer: "/rootfs/diff_ids", at: "1:301", via: `${IMAGE} → config`, message: /^rootfs\.diff_ids lists 1 layer but the manifest \(index\.json → manifests\[0\] "1\.0"\) has 2$/ }],
  "diff-id-mismatch": [{ rule: "diff-id-mismatch", file: "blob", pointer: "/rootfs/diff_ids/0", at: "1:302", via: `${IMAGE} → config`, message: /^layers\[0\] decompresses to sha256:[0-9a-f]{64}, not to this diff_id$/ }],
  "layer-compression-mismatch": [{ rule: "layer-compression-mismatch", file: "blob", via: `${IMAGE} → layers[0]`, message: /tar\+zstd" means zstd content, but the bytes are gzip$/ }],
  "layer-decompress": [{ rule: "layer-decompress", file: "blob", via: ADDED_LAYER, message: /^cannot gunzip: the stream is truncated$/ }],
  "layer-tar-format": [{ rule: "layer-tar-format", file: "blob", via: ADDED_LAYER, message: /^the tar stream ends in the middle of an entry \(tar offset \d+\)$/ }],
  "path-escape": [{ rule: "path-escape", file: "blob", via: ADDED_LAYER, message: /^"\.\.\/\.\.\/etc\/cron\.d\/evil" climbs above the layer root with "\.\."$/ }],
  "link-escape": [{ rule: "link-escape", file: "blob", via: ADDED_LAYER, message: /^hard link "etc\/shadow-copy" → "\.\.\/\.\.\/\.\.\/etc\/shadow" points outside the layer root$/ }],
  "tar-duplicate-path": [{ rule: "tar-duplicate-path", file: "blob", via: ADDED_LAYER, message: /^"\.\/etc\/motd" appears again at entry 1 \(first at entry 0\)$/ }],
  "whiteout-bare": [{ rule: "whiteout-bare", file: "blob", via: ADDED_LAYER, message: /^"etc\/\.wh\." is a whiteout with no name after \.wh\.$/ }],
  "whiteout-not-empty-file": [{ rule: "whiteout-not-empty-file", file: "blob", via: ADDED_LAYER, message: /^whiteout "etc\/\.wh\.motd" is a 9-byte file, not an empty regular file$/ }],
  "whiteout-with-entry": [{ rule: "whiteout-with-entry", file: "blob", via: ADDED_LAYER, message: /^"etc\/\.wh\.motd" deletes "etc\/motd", which this same layer also creates$/ }],
  "device-node": [{ rule: "device-node", file: "blob", via: ADDED_LAYER, message: /^"dev\/sda" is a block device \(8:0\)$/ }],
  "whiteout-order": [{ rule: "whiteout-order", file: "blob", via: ADDED_LAYER, message: /^whiteout "etc\/\.wh\.issue" comes after other entries in "etc"; whiteouts should come first$/ }],
  "sparse-entry": [{ rule: "sparse-entry", file: "blob", via: ADDED_LAYER, message: /^"var\/sparse\.img" is a sparse file$/ }],
  "hardlink-target-missing": [{ rule: "hardlink-target-missing", file: "blob", via: ADDED_LAYER, message: /^hard link "usr\/bin\/alias" → "usr\/bin\/not-there": the target is not earlier in this layer$/ }],
  "pax-path-override": [
    // The name tools honour escapes the root (path-escape), and the header hides it (pax-path-override).
    { rule: "path-escape", file: "blob", via: ADDED_LAYER, message: /^"\.\.\/\.\.\/etc\/profile\.d\/evil\.sh" climbs above the layer root with "\.\."$/ },
    { rule: "pax-path-override", file: "blob", via: ADDED_LAYER, message: /^a PAX or long-name record renames "safe\.txt" to "\.\.\/\.\.\/etc\/profile\.d\/evil\.sh", outside the root$/ },
  ],
  "nondistributable-layer": [{ rule: "nondistributable-layer", file: "blob", pointer: "/layers/0/mediaType", at: "1:203", via: IMAGE, message: /nondistributable\.v1\.tar\+gzip" is deprecated/ }],
  "docker-media-type-in-oci": [{ rule: "docker-media-type-in-oci", file: "blob", pointer: "/layers/0/mediaType", at: "1:203", via: IMAGE, message: /^Docker media type "application\/vnd\.docker\.image\.rootfs\.diff\.tar\.gzip" inside an OCI manifest$/ }],
  "index-duplicate-platform": [{ rule: "index-duplicate-platform", file: "blob", pointer: "/manifests/2/platform", at: "1:654", via: 'index.json → manifests[0] "multi" (index)', message: /^same platform as manifests\[0\]; clients will always pick manifests\[0\]$/ }],
  "ref-name-scope": [{ rule: "ref-name-scope", file: "blob", pointer: "/manifests/0/annotations/org.opencontainers.image.ref.name", at: "1:303", via: 'index.json → manifests[0] "multi" (index)', message: /^ref\.name is only meaningful on descriptors in index\.json$/ }],
  // Note-level rules: the table runs with the "all" preset.
  "setuid-setgid": [{ rule: "setuid-setgid", file: "blob", via: ADDED_LAYER, message: /^"usr\/local\/bin\/tool" is setuid \(mode 4755\)$/ }],
  "world-writable": [{ rule: "world-writable", file: "blob", via: ADDED_LAYER, message: /^"etc\/app\.conf" is a world-writable file \(mode 0666\)$/ }],
};

function shape(f: Finding): Record<string, unknown> {
  const l = f.location;
  return {
    rule: f.ruleName,
    file: l.path.startsWith("blobs/") ? "blob" : l.path,
    ...(l.pointer !== undefined ? { pointer: l.pointer } : {}),
    ...(l.line !== undefined ? { at: `${l.line}:${l.column}` } : {}),
    ...(l.via !== undefined ? { via: l.via } : {}),
    message: f.message,
  };
}

describe("defect fixtures: each defect gives exactly its findings", () => {
  it.each(Object.keys(TABLE))("%s", async (name) => {
    const dir = `${DEFECTS_DIR}/${name}`;
    const before = hashTree(dir);
    const result = await lint(dir, { config: false, preset: "all" });
    const extra = (await findingsBeyondBase(result.findings, name)).map(shape);
    const expected = TABLE[name]!;
    expect(extra).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const got = extra[i]!;
      expect(got).toMatchObject({ ...want, message: expect.stringMatching(want.message) });
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    });
    // ocilint never modifies what it reads.
    expect(hashTree(dir)).toEqual(before);
  });

  it("the table covers every defect fixture", async () => {
    const { readdirSync } = await import("node:fs");
    expect(Object.keys(TABLE).sort()).toEqual(readdirSync(DEFECTS_DIR).sort());
  });
});

describe("options that change how a defect is reported", () => {
  it("--allow-missing-blobs turns a missing blob into a warning", async () => {
    const result = await lint(`${DEFECTS_DIR}/blob-missing`, { config: false, allowMissingBlobs: true });
    const missing = result.findings.filter((f) => f.ruleName === "blob-missing");
    expect(missing.map((f) => [f.level, f.message])).toEqual([["warning", "blob is not in the layout (expected with --allow-missing-blobs: an external store holds it)"]]);
    expect(result.counts.error).toBe(0);
  });

  it("a graph deeper than the depth limit is cut there, with one finding", async () => {
    const result = await lint(`${DEFECTS_DIR}/../layouts/nested-index`, { config: false, limits: { maxGraphDepth: 1 } });
    const limited = result.findings.filter((f) => f.ruleName === "graph-limits");
    expect(limited.map((f) => [f.location.path, f.location.pointer, f.message])).toEqual([
      [expect.stringMatching(/^blobs\/sha256\//), "/manifests/0", "indexes nest deeper than 1 levels; not walked further (unreferenced blobs are not reported)"],
    ]);
  });

  it("a layer over the decompression limit is stopped and reported, not read to the end", async () => {
    const result = await lint(`${DEFECTS_DIR}/../layouts/umoci-basic`, { config: false, limits: { maxDecompressedBytes: 1024 } });
    const limited = result.findings.filter((f) => f.ruleName === "layer-limits");
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.message).toMatch(/1024/);
  });
});
