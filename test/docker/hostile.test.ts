// Hostile and unusual docker-archives, built byte by byte: links that lead out, in circles or to
// later entries, entries that lie about their size, JSON past the limits, tens of thousands of
// layers naming one file. Each is a finding, quickly, never a crash, a hang or a read outside.

import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint, type LintOptions } from "../../src/index.js";
import { buildTar, type TarSpec } from "../helpers/tar.js";
import { hashTree } from "./dockerHelpers.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-docker-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (data: Uint8Array | string) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
const LAYER = buildTar([{ name: "etc/motd", data: "hello\n" }]);
const CONFIG = JSON.stringify({ created: "2024-03-01T10:00:00Z", architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [sha256(LAYER)] } });
const IMAGE_ID = sha256(CONFIG);

/** A small valid docker-archive: one image, one layer; `change` edits manifest.json's entry. */
function archive(extra: TarSpec[] = [], change: (entry: Record<string, unknown>) => void = () => {}, replace: Record<string, TarSpec | null> = {}): TarSpec[] {
  const entry: Record<string, unknown> = { Config: "config.json", RepoTags: ["example/app:1.0"], Layers: ["layer.tar"] };
  change(entry);
  const base: TarSpec[] = [
    { name: "layer.tar", data: LAYER },
    { name: "config.json", data: CONFIG },
    { name: "manifest.json", data: JSON.stringify([entry]) },
  ];
  const kept = base.flatMap((e) => (e.name in replace ? (replace[e.name] ? [replace[e.name]!] : []) : [e]));
  return [...kept, ...extra];
}

let count = 0;
async function run(entries: TarSpec[] | Uint8Array, options: LintOptions = {}): Promise<string[]> {
  const path = join(work, `a${count++}.tar`);
  writeFileSync(path, entries instanceof Uint8Array ? entries : buildTar(entries));
  const result = await lint(path, { config: false, preset: "all", ...options });
  return result.findings.map((f) => `${f.ruleName} ${f.location.path}${f.location.pointer ? ` ${f.location.pointer}` : ""}: ${f.message}`);
}

describe("a small valid docker-archive", () => {
  it("lints clean, so every finding below comes from its one change", async () => {
    expect(await run(archive())).toEqual([]);
  });

  it("a layer reached through a hard link to an earlier file is that file", async () => {
    expect(await run(archive([{ name: "again.tar", type: "1", linkname: "layer.tar" }], (e) => (e["Layers"] = ["again.tar"])))).toEqual([]);
  });

  it("a layer reached through one symbolic link, as Docker writes for a layer saved twice", async () => {
    expect(await run(archive([{ name: "dir/layer.tar", type: "2", linkname: "../layer.tar" }], (e) => (e["Layers"] = ["dir/layer.tar"])))).toEqual([]);
  });

  it("Parent naming another image of the archive resolves", async () => {
    const child = { Config: "config.json", RepoTags: ["example/child:1.0"], Layers: ["layer.tar"], Parent: IMAGE_ID };
    const parentConfig = JSON.stringify({ created: "2024-03-01T10:00:00Z", architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [sha256(LAYER)] }, comment: "the parent" });
    const entries: TarSpec[] = [
      { name: "layer.tar", data: LAYER },
      { name: "config.json", data: CONFIG },
      { name: "parent.json", data: parentConfig },
      { name: "manifest.json", data: JSON.stringify([{ Config: "parent.json", RepoTags: ["example/parent:1.0"], Layers: ["layer.tar"] }, { ...child, Parent: sha256(parentConfig) }]) },
    ];
    expect(await run(entries)).toEqual([]);
  });
});

describe("links and paths never lead outside the archive", () => {
  it("a Config that is a symbolic link to /etc/passwd", async () => {
    const found = await run(archive([], () => {}, { "config.json": { name: "config.json", type: "2", linkname: "/etc/passwd" } }));
    expect(found).toEqual(['docker-archive-path-escape manifest.json /0/Config: Config "config.json" is a symbolic link to "/etc/passwd", outside the archive']);
  });

  it("a layer link that climbs out with ..", async () => {
    const found = await run(archive([{ name: "up.tar", type: "2", linkname: "../../../etc/shadow" }], (e) => (e["Layers"] = ["up.tar"])));
    expect(found).toContain('docker-archive-path-escape manifest.json /0/Layers/0: Layers[0] "up.tar" is a symbolic link to "../../../etc/shadow", outside the archive');
  });

  it("an absolute layer path", async () => {
    const found = await run(archive([], (e) => (e["Layers"] = ["/etc/passwd"])));
    expect(found).toContain('docker-archive-path-escape manifest.json /0/Layers/0: Layers[0] "/etc/passwd" is an absolute path');
  });

  it("symbolic links in a circle end after one step", async () => {
    const found = await run(archive([{ name: "a.tar", type: "2", linkname: "b.tar" }, { name: "b.tar", type: "2", linkname: "a.tar" }], (e) => (e["Layers"] = ["a.tar"])));
    expect(found).toContain('docker-archive-not-regular-file manifest.json /0/Layers/0: Layers[0] "a.tar" is a symbolic link to another symbolic link ("b.tar"); loaders follow only one');
  });

  it("a hard link to a file that comes later in the tar", async () => {
    const found = await run([{ name: "early.tar", type: "1", linkname: "layer.tar" }, ...archive([], (e) => (e["Layers"] = ["early.tar"]))]);
    expect(found).toContain('docker-archive-not-regular-file manifest.json /0/Layers/0: Layers[0] "early.tar" is a hard link to "layer.tar", which is not an earlier regular file in the archive');
  });

  it("manifest.json that is a directory", async () => {
    const found = await run(archive([], () => {}, { "manifest.json": { name: "manifest.json", type: "5" } }));
    expect(found).toContain('docker-archive-not-regular-file manifest.json: manifest "manifest.json" is a directory, not a regular file');
  });

  it("tar entries named with .. are ignored, not taken for files of the archive", async () => {
    const found = await run(archive([{ name: "../../etc/cron.d/evil", data: "x" }]));
    expect(found).toEqual(['archive-format ../../etc/cron.d/evil: entry "../../etc/cron.d/evil" has an absolute or ".." path; ignored']);
  });

  it("a legacy layer.tar linking outside", async () => {
    const id = "a".repeat(64);
    const legacy: TarSpec[] = [
      { name: `${id}/VERSION`, data: "1.0" },
      { name: `${id}/json`, data: JSON.stringify({ id }) },
      { name: `${id}/layer.tar`, type: "2", linkname: "../../layer.tar" },
    ];
    expect(await run(archive(legacy))).toEqual([`docker-archive-path-escape ${id}/layer.tar: legacy layer file "${id}/layer.tar" is a symbolic link to "../../layer.tar", outside the archive`]);
  });

  it("the directory holding the archives is never written to", async () => {
    const before = hashTree(work);
    await run(archive([{ name: "x/../../../tmp/evil", data: "x" }, { name: "l.tar", type: "2", linkname: "/tmp" }]));
    const after = hashTree(work);
    // Only the archive run() itself wrote is new.
    expect(after).not.toEqual(before);
    rmSync(join(work, `a${count - 1}.tar`));
    expect(hashTree(work)).toEqual(before);
  });
});

describe("sizes, limits and counts", () => {
  it("an entry that claims far more bytes than the archive holds", async () => {
    const tar = buildTar(archive([], () => {}, { "layer.tar": { name: "layer.tar", data: LAYER, size: 8 * 1024 * 1024 * 1024 } }), { end: false });
    const found = await run(tar);
    expect(found.some((f) => /^archive-format .*ends in the middle of an entry/.test(f))).toBe(true);
  });

  it("a manifest.json over the document limit is not parsed", async () => {
    const found = await run(archive(), { limits: { maxDocumentBytes: 60 } });
    const size = JSON.stringify([{ Config: "config.json", RepoTags: ["example/app:1.0"], Layers: ["layer.tar"] }]).length;
    // Unread, it names no config: the config is never reached.
    expect(found).toEqual([`json-limits manifest.json: document is ${size} bytes, over the 60-byte limit for a JSON document`]);
  });

  it("manifest.json nested deeper than the JSON reader allows", async () => {
    const found = await run(archive([], () => {}, { "manifest.json": { name: "manifest.json", data: "[".repeat(5000) + "]".repeat(5000) } }));
    expect(found.filter((f) => f.startsWith("json-limits manifest.json"))).toHaveLength(1);
  });

  it("manifest.json that is not JSON at all", async () => {
    const found = await run(archive([], () => {}, { "manifest.json": { name: "manifest.json", data: "PK\u0003\u0004 not json" } }));
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^json-syntax manifest\.json/);
  });

  it("fifty thousand Layers naming one file: each is compared, the file is scanned and reported once", async () => {
    const started = Date.now();
    const found = await run(archive([], (e) => (e["Layers"] = Array.from({ length: 50_000 }, () => "layer.tar"))));
    expect(found).toEqual(["diff-ids-count config.json /rootfs/diff_ids: rootfs.diff_ids lists 1 layer but image [0] of manifest.json lists 50000 Layers"]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("twenty thousand entries and twenty thousand missing paths stay linear", async () => {
    const started = Date.now();
    const files: TarSpec[] = Array.from({ length: 20_000 }, (_, i) => ({ name: `d${i % 100}/f${i}`, data: "" }));
    const found = await run(archive(files, (e) => (e["Layers"] = Array.from({ length: 20_000 }, (_, i) => `gone/${i}.tar`))));
    expect(found.filter((f) => f.startsWith("docker-archive-file-missing"))).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("past the graph limit, paths are not checked further, with one finding", async () => {
    const found = await run(archive([], (e) => (e["Layers"] = Array.from({ length: 50 }, (_, i) => `missing-${i}.tar`))), { limits: { maxGraphNodes: 10 } });
    expect(found.filter((f) => f.startsWith("docker-archive-file-missing"))).toHaveLength(9);
    expect(found.filter((f) => f.startsWith("graph-limits"))).toEqual([
      "graph-limits manifest.json /0/Layers/9: the archive names more than 10 files to check (configs, layers, legacy layer directories); the rest are not checked",
    ]);
  });

  it("a config two images share is checked, and reported, once", async () => {
    const badConfig = JSON.stringify({ architecture: "amd64", os: "linux", created: "yesterday", rootfs: { type: "layers", diff_ids: [sha256(LAYER)] } });
    const entries = archive([], () => {}, {
      "config.json": { name: "config.json", data: badConfig },
      "manifest.json": { name: "manifest.json", data: JSON.stringify([
        { Config: "config.json", RepoTags: ["example/app:1.0"], Layers: ["layer.tar"] },
        { Config: "config.json", RepoTags: ["example/app:2.0"], Layers: ["layer.tar"] },
      ]) },
    });
    expect(await run(entries)).toEqual(['date-time-format config.json /created: "created" is not an RFC 3339 date-time (2024-01-31T12:00:00Z), found "yesterday"']);
  });

  it("two images claiming one tag", async () => {
    const entries = archive([], () => {}, { "manifest.json": { name: "manifest.json", data: JSON.stringify([
      { Config: "config.json", RepoTags: ["example/app:1.0"], Layers: ["layer.tar"] },
      { Config: "config.json", RepoTags: ["docker.io/example/app:1.0"], Layers: ["layer.tar"] },
    ]) } });
    expect(await run(entries)).toEqual(['docker-archive-repo-tag manifest.json /1/RepoTags/0: RepoTag "docker.io/example/app:1.0" also tags image [0]; docker load gives it to whichever it loads last']);
  });
});

describe("the legacy format", () => {
  const top = "b".repeat(64);
  const base = "c".repeat(64);
  const legacy = (parent: string): TarSpec[] => [
    { name: `${base}/VERSION`, data: "1.0" },
    { name: `${base}/json`, data: JSON.stringify({ id: base }) },
    { name: `${base}/layer.tar`, data: LAYER },
    { name: `${top}/VERSION`, data: "1.0" },
    { name: `${top}/json`, data: JSON.stringify({ id: top, parent }) },
    { name: `${top}/layer.tar`, type: "2", linkname: `../${base}/layer.tar` },
  ];

  it("only legacy directories and repositories: manifest.json missing is the one finding", async () => {
    const found = await run([...legacy(base), { name: "repositories", data: JSON.stringify({ "example/app": { "1.0": top } }) }]);
    expect(found).toEqual([expect.stringMatching(/^docker-archive-manifest manifest\.json: manifest\.json is missing/)]);
  });

  it("a layout with a stray repositories file is a layout, not a docker-archive", async () => {
    const layout = buildTar([
      { name: "oci-layout", data: '{"imageLayoutVersion":"1.0.0"}' },
      { name: "index.json", data: '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}' },
      { name: "blobs/", type: "5" },
      { name: "repositories", data: JSON.stringify({ "example/app": { "1.0": top } }) },
    ]);
    expect(await run(layout)).toEqual([]);
  });

  it("repositories naming a layer directory that is not there", async () => {
    const found = await run([...legacy(base), { name: "repositories", data: JSON.stringify({ "example/app": { "1.0": "d".repeat(64) } }) }]);
    expect(found).toContain(`docker-archive-repositories repositories /example~1app/1.0: "example/app:1.0" points at ${"d".repeat(64)}, which is not a layer directory in the archive`);
  });

  it("a layer's json naming a parent that is not there", async () => {
    const found = await run([...legacy("e".repeat(64)), { name: "repositories", data: JSON.stringify({ "example/app": { "1.0": top } }) }]);
    expect(found).toContain(`docker-archive-legacy-layer ${top}/json /parent: "parent" ${"e".repeat(64)} is not a layer directory in the archive; legacy loaders stop there`);
  });

  it("repositories and RepoTags that name different tags", async () => {
    const found = await run(archive([{ name: "repositories", data: JSON.stringify({ "example/app": { "2.0": sha256(LAYER).slice(7) } }) }]));
    expect(found).toEqual([
      'docker-archive-repositories repositories: repositories has no entry for "example/app:1.0", a RepoTag of image [0] in manifest.json',
      'docker-archive-repositories repositories /example~1app/2.0: "example/app:2.0" is not a RepoTag of any image in manifest.json',
    ]);
  });

  it("repositories naming the top layer by its DiffID, as Docker 25 writes it", async () => {
    expect(await run(archive([{ name: "repositories", data: JSON.stringify({ "example/app": { "1.0": sha256(LAYER).slice(7) } }) }]))).toEqual([]);
  });
});
