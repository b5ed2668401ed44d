// An oci-archive is a layout in a tar: whatever ocilint finds in a layout directory it must find in
// the same layout archived (plain, gzip or zstd), and a broken tar is a finding, not a crash.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { DEFECTS_DIR, FIXTURES_DIR, LAYOUTS_DIR, hashTree } from "./layoutHelpers.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-archives-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Archives a layout directory with GNU tar, the way `tar -C layout -cf x.tar .` users do. */
function archive(dir: string, name: string): string {
  const out = join(work, `${name}.tar`);
  execFileSync("tar", ["--sort=name", "--owner=0", "--group=0", "-C", dir, "-cf", out, "."]);
  return out;
}

/** What a finding says, without where the layout lives. */
function essence(f: Finding): string {
  const l = f.location;
  return [f.ruleName, f.level, l.path.startsWith("blobs/") ? "blob" : l.path, l.pointer ?? "", l.line ?? "", l.column ?? "", l.via ?? "", f.message].join(" | ");
}

async function essences(target: string): Promise<string[]> {
  const result = await lint(target, { config: false, preset: "all" });
  return result.findings.map(essence).sort();
}

describe("an archived layout gives the findings of the directory", () => {
  const layouts = [
    ...readdirSync(LAYOUTS_DIR).map((n) => join(LAYOUTS_DIR, n)),
    ...readdirSync(DEFECTS_DIR).filter((n) => n !== "layout-missing-file").map((n) => join(DEFECTS_DIR, n)),
  ];
  it.each(layouts.map((p) => [p.slice(FIXTURES_DIR.length + 1), p]))("%s", async (_name, dir) => {
    const tar = archive(dir, _name.replace(/\//g, "_"));
    const before = hashTree(work);
    expect(await essences(tar)).toEqual(await essences(dir));
    expect(hashTree(work)).toEqual(before);
  });
});

describe("the oci-archive skopeo writes", () => {
  const tar = join(FIXTURES_DIR, "archives/oci-archive.tar");

  it("lints like the layout it came from, and reports as an archive", async () => {
    const result = await lint(tar, { config: false });
    expect(result.results.map((r) => r.kind)).toEqual(["archive"]);
    expect(result.counts.error).toBe(0);
    expect(result.findings.map((f) => f.ruleName).sort()).toEqual(["index-platform-missing", "media-type-missing", "media-type-missing"]);
  });

  it("compressed with gzip or zstd gives the same findings", async () => {
    const gz = join(work, "skopeo.tar.gz");
    writeFileSync(gz, gzipSync(readFileSync(tar)));
    const zst = join(work, "skopeo.tar.zst");
    execFileSync("zstd", ["-q", "-f", tar, "-o", zst]);
    const plain = await essences(tar);
    expect(await essences(gz)).toEqual(plain);
    expect(await essences(zst)).toEqual(plain);
  });

  it("a docker-archive is read too, not refused (test/docker/ checks it in depth)", async () => {
    const result = await lint(join(FIXTURES_DIR, "archives/docker-archive.tar"), { config: false, preset: "all" });
    expect(result.results.map((r) => r.kind)).toEqual(["archive"]);
    expect(result.findings).toEqual([]);
  });
});

describe("a broken archive is a finding", () => {
  const basic = join(LAYOUTS_DIR, "umoci-basic");

  async function archiveFindings(path: string): Promise<string[]> {
    const result = await lint(path, { config: false });
    return result.findings.filter((f) => f.ruleName === "archive-format").map((f) => `${f.location.path}: ${f.message}`);
  }

  it("truncated in the middle of a blob", async () => {
    const whole = readFileSync(archive(basic, "truncate-me"));
    const cut = join(work, "truncated.tar");
    // Cut inside the last entry's data: its blob is then unreadable, and the tar is truncated.
    writeFileSync(cut, whole.subarray(0, whole.length - 1024 - 200));
    const found = await archiveFindings(cut);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/ends in the middle of an entry \(archive offset \d+\)$/);
  });

  it("a gzip stream cut short", async () => {
    const gz = gzipSync(readFileSync(archive(basic, "gz-cut")));
    const cut = join(work, "cut.tar.gz");
    writeFileSync(cut, gz.subarray(0, gz.length - 100));
    const found = await archiveFindings(cut);
    expect(found.some((m) => /cannot gunzip the archive/.test(m))).toBe(true);
  });

  it('entries with ".." or absolute paths are ignored and named', async () => {
    const dir = join(work, "escape");
    execFileSync("cp", ["-r", basic, dir]);
    const out = join(work, "escape.tar");
    writeFileSync(join(work, "outside.txt"), "outside\n");
    // GNU tar keeps a leading "../" only with -P.
    execFileSync("tar", ["-P", "-cf", out, "-C", dir, ".", `${dir}/../outside.txt`]);
    const found = await archiveFindings(out);
    expect(found).toEqual([expect.stringMatching(/entry ".*\.\.\/outside\.txt" has an absolute or "\.\." path; ignored$/)]);
  });

  it("an entry stored twice", async () => {
    const out = join(work, "twice.tar");
    execFileSync("tar", ["-cf", out, "-C", basic, ".", "./index.json"]);
    expect(await archiveFindings(out)).toEqual(['index.json: "index.json" appears more than once; the last copy counts, as tar extraction would']);
  });

  it("a file that is not a tar at all, behind a gzip header", async () => {
    const out = join(work, "not-tar.tar.gz");
    writeFileSync(out, gzipSync(Buffer.from("this is not a tar archive\n".repeat(100))));
    const result = await lint(out, { config: false });
    const messages = result.findings.map((f) => `${f.ruleName}: ${f.message}`);
    expect(messages).toContain("archive-format: not a tar archive (no tar header at the start)");
    expect(messages).toContain("layout-missing-file: the oci-layout file is missing");
  });
});
