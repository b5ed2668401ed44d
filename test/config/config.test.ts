// Config files through the real CLI: each documented way to change a rule changes the report and
// the exit code exactly as README says, and a bad config stops with exit 2 naming file and pointer.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/runCli.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-config-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** A fresh project directory (its own git root) holding a copy of a fixture layout and the given files. */
function project(files: Record<string, string>, fixture = "layouts/umoci-basic"): string {
  const dir = join(work, `p${n++}`);
  mkdirSync(join(dir, ".git"), { recursive: true });
  cpSync(join(ROOT, "test/fixtures", fixture), join(dir, "image"), { recursive: true, verbatimSymlinks: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

interface Report {
  findings: Array<{ ruleName: string; level: string; location: { path: string } }>;
  counts: { error: number; warning: number; note: number };
}

function lintJson(cwd: string, args: string[] = []): { status: number | null; report: Report; stderr: string } {
  const run = runCli(["--format", "json", ...args, "image"], { cwd });
  return { status: run.status, report: run.stdout ? JSON.parse(run.stdout) : { findings: [], counts: { error: 0, warning: 0, note: 0 } }, stderr: run.stderr };
}

const names = (r: Report) => r.findings.map((f) => `${f.level} ${f.ruleName} ${f.location.path.startsWith("blobs/") ? "blob" : f.location.path}`).sort();

const BASELINE = ["warning index-platform-missing index.json", "warning media-type-missing blob", "warning media-type-missing index.json"];

describe("rules in a config file", () => {
  it("without a config the recommended preset runs", () => {
    const { status, report } = lintJson(project({}));
    expect(names(report)).toEqual(BASELINE);
    expect(status).toBe(0);
  });

  it("off removes a rule's findings (by name or by id)", () => {
    const { report } = lintJson(project({ ".ocilintrc.json": JSON.stringify({ rules: { "media-type-missing": "off", "OCI-I001": "off" } }) }));
    expect(names(report)).toEqual([]);
  });

  it("a level raised to error fails the run", () => {
    const { status, report } = lintJson(project({ ".ocilintrc.yaml": "rules:\n  index-platform-missing: error\n" }));
    expect(names(report)).toContain("error index-platform-missing index.json");
    expect(status).toBe(1);
  });

  it("[level, options] and the warn/info aliases are accepted", () => {
    const { report } = lintJson(project({ ".ocilintrc.yml": "rules:\n  index-platform-missing: [info, {}]\n  media-type-missing: warn\n" }));
    expect(names(report)).toEqual(["note index-platform-missing index.json", "warning media-type-missing blob", "warning media-type-missing index.json"]);
  });

  it("an override applies only to the paths it names", () => {
    const config = { overrides: [{ files: ["index.json"], rules: { "media-type-missing": "error" } }] };
    const { status, report } = lintJson(project({ ".ocilintrc.json": JSON.stringify(config) }));
    expect(names(report)).toEqual(["error media-type-missing index.json", "warning index-platform-missing index.json", "warning media-type-missing blob"]);
    expect(status).toBe(1);
  });

  it("extends ocilint:strict turns on the note-level rules", () => {
    const { report } = lintJson(project({ ".ocilintrc.json": JSON.stringify({ extends: "ocilint:strict" }) }, "defects/world-writable"));
    expect(names(report)).toContain("note world-writable blob");
    const { report: plain } = lintJson(project({}, "defects/world-writable"));
    expect(names(plain)).not.toContain("note world-writable blob");
  });

  it("--rule on the command line wins over the file", () => {
    const dir = project({ ".ocilintrc.json": JSON.stringify({ rules: { "index-platform-missing": "error" } }) });
    const { status } = lintJson(dir, ["--rule", "index-platform-missing=off"]);
    expect(status).toBe(0);
  });
});

describe("suppressions", () => {
  it("hide one finding, with its reason, and change the exit code", () => {
    const config = "suppressions:\n  - rule: platform-mismatch\n    paths: ['image/index.json']\n    reason: the index is rewritten at release time\n";
    const dir = project({ ".ocilintrc.yaml": config }, "defects/platform-mismatch");
    expect(lintJson(project({}, "defects/platform-mismatch")).status).toBe(1);
    const { status, report } = lintJson(dir);
    expect(names(report).filter((x) => x.includes("platform-mismatch"))).toEqual([]);
    expect(status).toBe(0);
  });

  it("that have expired stop applying and say so", () => {
    const config = "suppressions:\n  - rule: platform-mismatch\n    reason: waiting for the rebuild\n    expires: 2020-01-31\n";
    const { status, report } = lintJson(project({ ".ocilintrc.yaml": config }, "defects/platform-mismatch"));
    expect(names(report)).toContain("error platform-mismatch index.json");
    expect(names(report)).toContain("warning suppression-expired .ocilintrc.yaml");
    expect(status).toBe(1);
  });

  it("that match nothing are reported", () => {
    const config = "suppressions:\n  - rule: setuid-setgid\n    reason: the base image ships a setuid ping\n";
    const { report } = lintJson(project({ ".ocilintrc.yaml": config }));
    expect(names(report)).toContain("warning suppression-unused .ocilintrc.yaml");
  });
});

describe("finding the config", () => {
  it("is searched from the working directory up to the git root", () => {
    const dir = project({ ".ocilintrc.json": JSON.stringify({ rules: { "media-type-missing": "off" } }) });
    mkdirSync(join(dir, "sub"));
    cpSync(join(dir, "image"), join(dir, "sub", "image"), { recursive: true });
    expect(names(lintJson(join(dir, "sub")).report)).toEqual(["warning index-platform-missing index.json"]);
  });

  it("stops at the git root", () => {
    const outer = project({ ".ocilintrc.json": JSON.stringify({ rules: { "media-type-missing": "off" } }) });
    mkdirSync(join(outer, "inner", ".git"), { recursive: true });
    cpSync(join(outer, "image"), join(outer, "inner", "image"), { recursive: true });
    expect(names(lintJson(join(outer, "inner")).report)).toEqual(BASELINE);
  });

  it("reads package.json#ocilint and ocilint.config.mjs", () => {
    const pkg = project({ "package.json": JSON.stringify({ name: "x", ocilint: { rules: { "media-type-missing": "off" } } }) });
    expect(names(lintJson(pkg).report)).toEqual(["warning index-platform-missing index.json"]);
    const mjs = project({ "ocilint.config.mjs": 'export default { rules: { "index-platform-missing": "off" } };\n' });
    expect(names(lintJson(mjs).report)).toEqual(["warning media-type-missing blob", "warning media-type-missing index.json"]);
  });

  it("--no-config ignores it and --config names one", () => {
    const dir = project({ ".ocilintrc.json": JSON.stringify({ rules: { "media-type-missing": "off" } }), "other.json": JSON.stringify({ rules: { "index-platform-missing": "off" } }) });
    expect(names(lintJson(dir, ["--no-config"]).report)).toEqual(BASELINE);
    expect(names(lintJson(dir, ["--config", "other.json"]).report)).toEqual(["warning media-type-missing blob", "warning media-type-missing index.json"]);
  });
});

describe("a bad config exits 2 naming the file and the pointer", () => {
  it.each([
    ["an unknown rule", { rules: { "no-such-rule": "error" } }, /^ocilint: invalid config ".*\.ocilintrc\.json" at \/rules\/no-such-rule: .*unknown rule/],
    ["a bad level", { rules: { "digest-format": "loud" } }, /^ocilint: invalid config ".*\.ocilintrc\.json" at \/rules\/digest-format: /],
    ["a suppression without a reason", { suppressions: [{ rule: "digest-format" }] }, /^ocilint: invalid config ".*\.ocilintrc\.json" at \/suppressions\/0.*reason/],
    ["an unknown key", { rulez: {} }, /^ocilint: invalid config ".*\.ocilintrc\.json" at \/rulez: /],
  ])("%s", (_name, config, message) => {
    const { status, stderr } = lintJson(project({ ".ocilintrc.json": JSON.stringify(config) }));
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("malformed YAML, with its line and column", () => {
    const { status, stderr } = lintJson(project({ ".ocilintrc.yaml": "rules:\n  digest-format: [error\n" }));
    expect(status).toBe(2);
    expect(stderr).toMatch(/^ocilint: invalid config ".*\.ocilintrc\.yaml" at line \d+, column \d+: /);
  });
});
