// Each docker-archive defect fixture (scripts/fixtures/make_docker_defects.py) holds one defect in an
// archive skopeo or Docker wrote. The table is the whole expected outcome with every rule on: each
// finding's rule, file, pointer, position, route and message. Hybrid fixtures (a layout plus
// manifest.json) are compared beyond what their clean base already reports.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { DOCKER_DEFECTS_DIR, hashTree } from "./dockerHelpers.js";

interface Expected {
  rule: string;
  file: string;
  pointer?: string;
  at?: string;
  via?: string;
  message: RegExp;
}

const CONFIG = "2b6e9f5e5576cc02ef685e34fc57e7ffd3665906e80e0ffacf43419e2759ded6.json";
const BASE_LAYER = "ac68fb920593b894301a5ba3d52270aafa46d4b590c364f0a912f08590028028.tar";
const BASE_ID = "84f8b33d2ebca08c1577f353bc4b1129d98902ade523c285f3687626a54f31a5";
const TOP_ID = "600e061a13596156f173fa17eec875dc3538171051d9a4fc1ff6d9cfe3cd1747";
const IMAGE = 'manifest.json → [0] "docker.io/example/basic:1.0"';
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const TABLE: Record<string, Expected[]> = {
  "manifest-missing": [
    { rule: "docker-archive-manifest", file: "manifest.json", via: "manifest.json", message: /^manifest\.json is missing: the archive has only Docker's pre-1\.10 legacy format/ },
  ],
  "manifest-malformed": [
    { rule: "docker-archive-manifest", file: "manifest.json", pointer: "/0/Layers", at: "1:136", via: "manifest.json", message: /^"Layers" must be an array of paths, found the string "ac68fb92/ },
  ],
  "config-missing": [
    { rule: "docker-archive-file-missing", file: "manifest.json", pointer: "/0/Config", at: "1:12", via: "manifest.json", message: new RegExp(`^Config "${esc(CONFIG)}" is not in the archive$`) },
  ],
  "layer-missing": [
    // skopeo's legacy directory for that layer links to the same file: it is broken too.
    { rule: "docker-archive-legacy-layer", file: `${BASE_ID}/layer.tar`, message: new RegExp(`^legacy layer file "${BASE_ID}/layer\\.tar" is a symbolic link to "\\.\\./${esc(BASE_LAYER)}", which is not in the archive$`) },
    { rule: "docker-archive-file-missing", file: "manifest.json", pointer: "/0/Layers/0", at: "1:137", via: "manifest.json", message: new RegExp(`^Layers\\[0\\] "${esc(BASE_LAYER)}" is not in the archive$`) },
  ],
  "layer-path-escape": [
    { rule: "docker-archive-path-escape", file: "manifest.json", pointer: "/0/Layers/0", at: "1:137", via: "manifest.json", message: new RegExp(`^Layers\\[0\\] "\\.\\./\\.\\./${esc(BASE_LAYER)}" climbs out of the archive with "\\.\\."$`) },
  ],
  "config-symlink": [
    { rule: "docker-archive-not-regular-file", file: "manifest.json", pointer: "/0/Config", at: "1:12", via: "manifest.json", message: new RegExp(`^Config "${esc(CONFIG)}" is a symbolic link to "${BASE_ID}", which is a directory$`) },
  ],
  "layer-count": [
    { rule: "diff-ids-count", file: CONFIG, pointer: "/rootfs/diff_ids", at: "1:301", via: `${IMAGE} → Config`, message: /^rootfs\.diff_ids lists 2 layers but image \[0\] of manifest\.json lists 3 Layers$/ },
  ],
  "diff-id-mismatch": [
    { rule: "diff-id-mismatch", file: CONFIG, pointer: "/rootfs/diff_ids/0", at: "1:302", via: `${IMAGE} → Config`, message: new RegExp(`^Layers\\[0\\] "${esc(BASE_LAYER)}" decompresses to sha256:ac68fb92[0-9a-f]{56}, not to this diff_id$`) },
  ],
  "repo-tag-invalid": [
    { rule: "docker-archive-repo-tag", file: "manifest.json", pointer: "/0/RepoTags/1", at: "1:126", via: "manifest.json", message: /^RepoTag "example\/Basic:1\.0" has an uppercase repository name "example\/Basic"$/ },
  ],
  "parent-unknown": [
    { rule: "docker-archive-parent", file: "manifest.json", pointer: "/0/Parent", at: "1:289", via: "manifest.json", message: /^Parent sha256:[0-9a-f]{64} is not the image ID \(the sha256 of a Config\) of another image in this archive; docker load fails$/ },
  ],
  "layer-sources-no-urls": [
    { rule: "foreign-layer-urls", file: "manifest.json", pointer: "/0/LayerSources/sha256:ac68fb920593b894301a5ba3d52270aafa46d4b590c364f0a912f08590028028", at: "1:370", via: "manifest.json", message: /^foreign layer has no urls/ },
  ],
  "layer-content-path-escape": [
    { rule: "path-escape", file: "9b6eba9400328e074cd69a790aa60ea2bac9888cd2c5fe6ed99449c7abf0e0ed.tar", via: `${IMAGE} → Layers[0]`, message: /^"\.\.\/\.\.\/etc\/cron\.d\/evil" climbs above the layer root with "\.\."$/ },
  ],
  "layer-gzip-truncated": [
    { rule: "layer-decompress", file: "3935062b43027bd065aee34ed210d83a5231bc29a526daca7e3f865c36ee7934.tar.gz", via: `${IMAGE} → Layers[1]`, message: /^cannot gunzip: the stream is truncated$/ },
  ],
  "repositories-disagree": [
    { rule: "docker-archive-repositories", file: "repositories", pointer: "/docker.io~1example~1basic/1.0", at: "1:35", message: new RegExp(`^"docker\\.io/example/basic:1\\.0" points at ${BASE_ID}, which is not the top layer of image \\[0\\] in manifest\\.json$`) },
  ],
  "legacy-version": [
    { rule: "docker-archive-legacy-layer", file: `${TOP_ID}/VERSION`, message: /^VERSION holds "2\.0"; legacy loaders accept only "1\.0"$/ },
  ],
  "hybrid-layout-version": [
    { rule: "layout-version", file: "oci-layout", pointer: "/imageLayoutVersion", at: "1:24", message: /must be "1\.0\.0".*found "2\.0\.0"/ },
  ],
  "hybrid-layer-changed": [
    // Both the layout and manifest.json see the wrong DiffID: it is reported once, on the config.
    { rule: "diff-id-mismatch", file: "blobs/sha256/2b6e9f5e5576cc02ef685e34fc57e7ffd3665906e80e0ffacf43419e2759ded6", pointer: "/rootfs/diff_ids/1", at: "1:376", via: 'index.json → manifests[0] "1.0" → config', message: /^layers\[1\] decompresses to sha256:[0-9a-f]{64}, not to this diff_id$/ },
    { rule: "blob-digest-mismatch", file: "blobs/sha256/3935062b43027bd065aee34ed210d83a5231bc29a526daca7e3f865c36ee7934", via: 'index.json → manifests[0] "1.0" → layers[1]', message: /^content hashes to sha256:[0-9a-f]{64}, not to sha256:3935062b/ },
  ],
};

function shape(f: Finding): Record<string, string> {
  const l = f.location;
  return {
    rule: f.ruleName,
    file: l.path,
    ...(l.pointer !== undefined ? { pointer: l.pointer } : {}),
    ...(l.line !== undefined ? { at: `${l.line}:${l.column}` } : {}),
    ...(l.via !== undefined ? { via: l.via } : {}),
    message: f.message,
  };
}

async function findings(name: string): Promise<Finding[]> {
  return (await lint(join(DOCKER_DEFECTS_DIR, `${name}.tar`), { config: false, preset: "all" })).findings;
}

/** What the clean Docker 25 archive already reports (its index has no platforms), taken away once each. */
async function beyondHybridBase(found: Finding[]): Promise<Finding[]> {
  const key = (f: Finding) => `${f.ruleName}|${f.location.path}|${f.location.pointer ?? ""}`;
  const base = new Map<string, number>();
  for (const f of await findings("clean-docker25")) base.set(key(f), (base.get(key(f)) ?? 0) + 1);
  return found.filter((f) => {
    const left = base.get(key(f)) ?? 0;
    base.set(key(f), left - 1);
    return left <= 0;
  });
}

describe("docker-archive defect fixtures: each gives exactly its findings", () => {
  it.each(Object.keys(TABLE))("%s", async (name) => {
    const before = hashTree(DOCKER_DEFECTS_DIR);
    let got = await findings(name);
    if (name.startsWith("hybrid-")) got = await beyondHybridBase(got);
    const expected = TABLE[name]!;
    expect(got.map(shape)).toHaveLength(expected.length);
    got.map(shape).forEach((g, i) => {
      const want = expected[i]!;
      expect(g).toMatchObject({ ...want, message: expect.stringMatching(want.message) });
      expect(Object.keys(g).sort()).toEqual(Object.keys(want).sort());
    });
    expect(hashTree(DOCKER_DEFECTS_DIR), "ocilint never modifies what it reads").toEqual(before);
  });

  it("the table covers every defect fixture", () => {
    const fixtures = readdirSync(DOCKER_DEFECTS_DIR).filter((n) => !n.startsWith("clean-")).map((n) => n.replace(/\.tar$/, ""));
    expect(Object.keys(TABLE).sort()).toEqual(fixtures.sort());
  });
});
