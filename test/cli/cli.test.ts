import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/runCli.js";

describe("exit codes", () => {
  it("0 for valid documents of every kind", () => {
    const run = runCli(["examples/manifest.json", "examples/index.json", "examples/config.json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("no problems in 3 targets");
  });

  it("1 with each finding at its line and column", () => {
    const run = runCli(["examples/broken-manifest.json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/broken-manifest\.json$/m);
    expect(run.stdout).toMatch(/^\s+6:15\s+error\s+.*64 lowercase hex.*\s+digest-format$/m);
    expect(run.stdout).toMatch(/^\s+13:15\s+error\s+.*-1.*\s+size-range$/m);
    expect(run.stdout).toMatch(/^\s+17:41\s+error\s+.*RFC 3339.*\s+annotation-value-format$/m);
    expect(run.stdout).toMatch(/^\s+18:5\s+error\s+.*licenses.*\s+annotation-reserved-key$/m);
    expect(run.stdout).toContain("✖ 4 problems (4 errors, 0 warnings) in 1 target");
  });

  it("2 and one line for a missing file", () => {
    const run = runCli(["no/such/file.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ocilint: cannot read "no/such/file.json": no such file or directory\n');
    expect(run.stdout).toBe("");
  });

  it("2 for an unknown flag, with no stack trace", () => {
    const run = runCli(["--frobnicate", "examples/manifest.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/^ocilint: Unknown argument: frobnicate$/);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("2 for a bad --kind value", () => {
    const run = runCli(["--kind", "layer", "examples/manifest.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ocilint: Invalid values:/);
  });

  it("2 when no target is given", () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ocilint: no targets given/);
  });

  it("2 for a glob that matches nothing", () => {
    const run = runCli(["examples/*.yaml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ocilint: no files match "examples/*.yaml"\n');
  });

  it("0 for --version and --help", () => {
    const version = runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--kind");
    expect(help.stdout).toContain("Exit codes");
  });
});

describe("inputs", () => {
  it("reads standard input with -", () => {
    const run = runCli(["-", "--kind", "index"], { input: '{"schemaVersion": 2, "manifests": []}' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("<stdin>");
    expect(run.stdout).toContain("should set \"mediaType\"");
  });

  it("expands globs", () => {
    const run = runCli(["examples/*.json", "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.targets.map((t: { target: string }) => t.target)).toEqual([
      "examples/broken-manifest.json", "examples/config.json", "examples/index.json", "examples/manifest.json",
    ]);
  });

  it("reports malformed JSON as a finding with its position", () => {
    const dir = mkdtempSync(join(tmpdir(), "ocilint-cli-"));
    writeFileSync(join(dir, "bad.json"), '{\n  "schemaVersion": 2,\n}\n');
    const run = runCli([join(dir, "bad.json")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/3:1\s+error\s+.*json-syntax/);
  });

  it("reads bytes, so a BOM and invalid UTF-8 are findings", () => {
    const dir = mkdtempSync(join(tmpdir(), "ocilint-cli-"));
    writeFileSync(join(dir, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"imageLayoutVersion": "1.0.0"}')]));
    writeFileSync(join(dir, "latin1.json"), Buffer.concat([Buffer.from('{"imageLayoutVersion": "1.0.0", "x": "'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const bom = runCli([join(dir, "bom.json")]);
    expect(bom.status).toBe(0);
    expect(bom.stdout).toMatch(/1:1\s+warning\s+.*json-bom/);
    const latin1 = runCli([join(dir, "latin1.json")]);
    expect(latin1.status).toBe(1);
    expect(latin1.stdout).toMatch(/1:39\s+error\s+.*json-invalid-unicode/);
  });
});

describe("output", () => {
  it("json format has the documented shape", () => {
    const run = runCli(["examples/broken-manifest.json", "--format", "json"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.formatVersion).toBe(1);
    expect(report.tool.name).toBe("ocilint");
    expect(report.counts).toEqual({ error: 4, warning: 0, note: 0 });
    expect(report.findings[0]).toEqual({
      rule: "OCI-S006",
      ruleName: "digest-format",
      level: "error",
      message: expect.stringContaining("64 lowercase hex"),
      location: {
        source: "examples/broken-manifest.json",
        path: "examples/broken-manifest.json",
        pointer: "/config/digest",
        line: 6,
        column: 15,
        endLine: 6,
        endColumn: 88,
      },
    });
  });

  it("--quiet drops warnings and notes", () => {
    const run = runCli(["-", "--kind", "index", "--quiet"], { input: '{"schemaVersion": 2, "manifests": []}' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("mediaType");
  });

  it("colour only when asked or on a terminal, never with NO_COLOR", () => {
    const plain = runCli(["examples/broken-manifest.json"]);
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = runCli(["examples/broken-manifest.json", "--color"]);
    expect(forced.stdout).toContain("\u001b[31m");
  });
});
