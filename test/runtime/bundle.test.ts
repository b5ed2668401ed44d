// Bundle directories: told apart from image layouts, config.json linted as a runtime config, and
// root.path checked against the directory without ever following a link out of it or writing to it.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint, UsageError } from "../../src/index.js";
import { marked } from "../helpers/marked.js";
import { runCli } from "../helpers/runCli.js";
import { hashTree } from "../layout/layoutHelpers.js";
import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "./documents.js";

const scratch = mkdtempSync(join(tmpdir(), "ocilint-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A bundle directory holding `config`, after `setup` has arranged the rest of it. */
function bundle(config: string, setup: (dir: string) => void = (dir) => mkdirSync(join(dir, "rootfs"))): string {
  const dir = join(scratch, `b${++count}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "config.json"), config);
  setup(dir);
  return dir;
}

const withRoot = (path: string) => RUNTIME_CONFIG.replace(`"path": "rootfs"`, `"path": ${JSON.stringify(path)}`);

async function rootPathFindings(dir: string) {
  const result = await lint(dir, { config: false, preset: "all" });
  return result.findings.filter((f) => f.ruleName === "runtime-root-path");
}

describe("bundle directories", () => {
  it("lint a complete bundle clean, as a bundle", async () => {
    const dir = bundle(RUNTIME_CONFIG);
    const result = await lint(dir, { config: false, preset: "all" });
    expect(result.results[0]!.kind).toBe("bundle");
    expect(result.findings).toEqual([]);
  });

  it("report config.json's own findings at their line and column, in the bundle", async () => {
    const { text, line, column } = marked(RUNTIME_CONFIG.replace(`"cwd": "/"`, `"cwd": ▶"work"`));
    const dir = bundle(text);
    const result = await lint(dir, { config: false, preset: "all" });
    expect(result.findings.map((f) => [f.ruleName, f.location.source, f.location.path, f.location.line, f.location.column])).toEqual([
      ["runtime-path-absolute", dir, "config.json", line, column],
    ]);
  });

  it("accept root.path as an absolute path inside the bundle, or through a link that stays inside", async () => {
    const absolute = bundle("", (dir) => {
      mkdirSync(join(dir, "rootfs"));
      writeFileSync(join(dir, "config.json"), withRoot(join(dir, "rootfs")));
    });
    const linked = bundle(RUNTIME_CONFIG, (dir) => {
      mkdirSync(join(dir, "images", "alpine"), { recursive: true });
      symlinkSync("images/alpine", join(dir, "rootfs"));
    });
    const absoluteLink = bundle(RUNTIME_CONFIG, (dir) => {
      mkdirSync(join(dir, "images"));
      symlinkSync(join(dir, "images"), join(dir, "rootfs"));
    });
    expect(await rootPathFindings(absolute)).toEqual([]);
    expect(await rootPathFindings(linked)).toEqual([]);
    expect(await rootPathFindings(absoluteLink)).toEqual([]);
  });

  it.each([
    ["missing", RUNTIME_CONFIG, () => undefined, `root.path "rootfs" does not exist in the bundle (no rootfs)`],
    ["a file", RUNTIME_CONFIG, (dir: string) => writeFileSync(join(dir, "rootfs"), ""), `root.path "rootfs" is not a directory (rootfs is a file)`],
    ["under a file", withRoot("rootfs/alpine"), (dir: string) => writeFileSync(join(dir, "rootfs"), ""), `root.path "rootfs/alpine" is not a directory (rootfs is a file)`],
    ["empty", withRoot(""), () => undefined, `root.path "" is empty`],
    ["above the bundle", withRoot("../shared/rootfs"), () => undefined, `root.path "../shared/rootfs" is outside the bundle directory; the bundle must hold its root filesystem`],
    ["absolute elsewhere", withRoot("/var/lib/docker/overlay2/3f2a/merged"), () => undefined, `root.path "/var/lib/docker/overlay2/3f2a/merged" is outside the bundle directory; the bundle must hold its root filesystem`],
    ["a link to a directory outside", RUNTIME_CONFIG, (dir: string) => symlinkSync(scratch, join(dir, "rootfs")), `root.path "rootfs" goes through the symbolic link rootfs → ${scratch}, which leads out of the bundle`],
    ["a relative link out", RUNTIME_CONFIG, (dir: string) => symlinkSync("..", join(dir, "rootfs")), `root.path "rootfs" is outside the bundle directory; the bundle must hold its root filesystem`],
    ["a dangling link", RUNTIME_CONFIG, (dir: string) => symlinkSync("images/none", join(dir, "rootfs")), `root.path "rootfs" does not exist in the bundle (no images)`],
    ["a link loop", RUNTIME_CONFIG, (dir: string) => symlinkSync("rootfs", join(dir, "rootfs")), `root.path "rootfs" goes through more than 40 symbolic links`],
  ])("report a root.path that is %s", async (_, config, setup, message) => {
    const dir = bundle(config, setup as (dir: string) => void);
    const findings = await rootPathFindings(dir);
    expect(findings.map((f) => [f.message, f.location.pointer, f.level])).toEqual([[message, "/root/path", "error"]]);
    expect(findings[0]!.location.line).toBeGreaterThan(1);
  });

  it("do not look for a Windows volume in the bundle", async () => {
    expect(await rootPathFindings(bundle(WINDOWS_CONFIG, () => undefined))).toEqual([]);
  });

  it("read config.json only as a regular file", async () => {
    const outside = join(scratch, "outside-config.json");
    writeFileSync(outside, RUNTIME_CONFIG);
    const linked = bundle("", (dir) => {
      rmSync(join(dir, "config.json"));
      symlinkSync(outside, join(dir, "config.json"));
    });
    const result = await lint(linked, { config: false, preset: "all" });
    expect(result.findings.map((f) => [f.ruleName, f.message])).toEqual([
      ["runtime-bundle-config", "config.json is a symbolic link; ocilint reads only a regular file in the bundle"],
    ]);
  });

  it("report config.json that is not JSON as a JSON problem", async () => {
    const result = await lint(bundle("{ \"ociVersion\": "), { config: false, preset: "all" });
    expect(result.findings.map((f) => f.ruleName)).toEqual(["json-syntax"]);
  });

  it("leave the bundle untouched", async () => {
    const dir = bundle(withRoot("missing"), (d) => symlinkSync(scratch, join(d, "link")));
    const before = hashTree(dir);
    await lint(dir, { config: false, preset: "all" });
    expect(hashTree(dir)).toBe(before);
  });

  it("are image layouts when layout entries are present as well", async () => {
    const dir = bundle(RUNTIME_CONFIG, (d) => writeFileSync(join(d, "oci-layout"), `{"imageLayoutVersion": "1.0.0"}`));
    const result = await lint(dir, { config: false });
    expect(result.results[0]!.kind).toBe("layout");
  });

  it("on the command line: exit 1 for a bundle without its root filesystem, reported as a bundle", () => {
    const dir = bundle(RUNTIME_CONFIG, () => undefined);
    const run = runCli([dir, "--no-config", "--format", "json"]);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.targets[0].kind).toBe("bundle");
    expect(report.findings.map((f: { ruleName: string; location: { path: string } }) => [f.ruleName, f.location.path])).toEqual([["runtime-root-path", "config.json"]]);
  });

  it("on the command line: a config.json given as a file is linted on its own (test/runtime/fixtures/broken-config.json)", () => {
    const run = runCli(["test/runtime/fixtures/broken-config.json", "--no-config"]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain(`5:12  error    process.cwd must be an absolute path, found "app"  runtime-path-absolute`);
    expect(run.stdout).toContain("runtime-privileged-capability");
    expect(run.stdout).not.toContain("runtime-root-path");
  });

  it("are required for a directory that is not a layout either", async () => {
    const dir = join(scratch, "empty");
    mkdirSync(dir);
    await expect(lint(dir, { config: false })).rejects.toThrow(UsageError);
    await expect(lint(dir, { config: false })).rejects.toThrow(/neither an OCI image layout .* nor a runtime bundle \(no config.json\)/);
  });
});
