// SARIF that code-scanning dashboards accept: a run over layouts and documents with findings of every
// rule category, checked against the official SARIF 2.1.0 JSON Schema (as published with Microsoft's
// SARIF tooling) and by Microsoft's SARIF multitool with its SARIF and GitHub rule sets.

import { execFileSync } from "node:child_process";
import { accessSync, constants, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { formatSarif } from "../../src/format/sarif.js";
import type { LintResult } from "../../src/lint.js";
import type { Finding } from "../../src/model/index.js";
import { ROOT, runCli } from "../helpers/runCli.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-sarif-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DEFECTS = [
  "whiteout-order", "path-escape", "blob-missing", "blob-digest-mismatch", "platform-mismatch",
  "docker-media-type-in-oci", "descriptor-media-type-mismatch", "ref-name-duplicate", "diff-ids-count",
].map((d) => `test/fixtures/defects/${d}`);

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; name: string; properties: { tags: string[] } }> } };
    invocations: Array<{ exitCode: number; executionSuccessful: boolean }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      suppressions?: unknown[];
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }>;
    }>;
  }>;
}

let sarifPath = "";
let log: SarifLog;

beforeAll(() => {
  writeFileSync(join(work, "bad.json"), '{"schemaVersion": 2, "manifests": [}');
  // A config with no created date: a reproducibility note.
  writeFileSync(join(work, "undated-config.json"), JSON.stringify({ architecture: "amd64", os: "linux", config: { User: "app", Cmd: ["/app"] }, rootfs: { type: "layers", diff_ids: [] } }, null, 2));
  writeFileSync(join(work, "no-layers.json"), JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: `sha256:${"a".repeat(64)}`, size: 2 } }, null, 2));
  writeFileSync(join(work, "ocilint.yaml"), [
    "suppressions:",
    "  - rule: ref-name-duplicate",
    "    paths: ['**/index.json']",
    "    reason: the duplicate tag is what this fixture is about",
    "  - rule: setuid-setgid",
    "    paths: ['nowhere/**']",
    "    reason: left over from an old base image",
    "",
  ].join("\n"));
  sarifPath = join(work, "ocilint.sarif");
  const run = runCli(["--preset", "all", "--config", join(work, "ocilint.yaml"), "--sarif-include-suppressed", "-f", "sarif", "-o", sarifPath, "-f", "stylish",
    ...DEFECTS, "examples/broken-manifest.json", "test/runtime/fixtures/broken-config.json", join(work, "bad.json"), join(work, "no-layers.json"), join(work, "undated-config.json")]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  log = JSON.parse(readFileSync(sarifPath, "utf8"));
});

describe("SARIF 2.1.0 output", () => {
  it("has results in every rule category", () => {
    const run = log.runs[0]!;
    const categories = new Set(run.results.map((r) => run.tool.driver.rules[r.ruleIndex]!.properties.tags[0]));
    expect([...categories].sort()).toEqual([...new Set(allRules.map((r) => r.category))].sort());
  });

  it("validates against the official SARIF 2.1.0 JSON Schema", () => {
    // Microsoft's published schema (draft-04) with the ajv 6 that @microsoft/jest-sarif ships for it.
    const req = createRequire(createRequire(import.meta.url).resolve("@microsoft/jest-sarif/package.json"));
    const Ajv = req("ajv");
    const ajv = new Ajv({ schemaId: "auto", allErrors: true });
    ajv.addMetaSchema(req("ajv/lib/refs/json-schema-draft-04.json"));
    const validate = ajv.compile(req("./lib/schemas/sarif-2.1.0-rtm.5.json"));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("passes the SARIF multitool's SARIF and GitHub rules with no error or warning", () => {
    const tool = join(ROOT, "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    try {
      accessSync(tool, constants.X_OK);
    } catch {
      chmodSync(tool, 0o755); // its postinstall does this; npm may skip install scripts
    }
    const out = join(work, "validation.sarif");
    // It exits 0 whatever it finds: the verdict is in its own SARIF log.
    execFileSync(tool, ["validate", sarifPath, "--output", out, "--rule-kind", "Sarif;Gh", "--log", "ForceOverwrite", "--quiet"], { stdio: "pipe" });
    const verdict = JSON.parse(readFileSync(out, "utf8")) as SarifLog & { runs: Array<{ results: Array<{ message: unknown }> }> };
    const serious = verdict.runs[0]!.results.filter((r) => r.level === "error" || r.level === "warning");
    expect(serious.map((r) => `${r.ruleId}: ${JSON.stringify(r.message)}`)).toEqual([]);
  }, 120_000);

  it("points every result at its rule, a relative file and a region", () => {
    const run = log.runs[0]!;
    expect(run.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      if (artifactLocation.uriBaseId !== undefined) {
        expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
        expect(artifactLocation.uri).not.toMatch(/^\/|^\.\./);
      } else {
        expect(artifactLocation.uri).toMatch(/^file:\/\/\//); // outside the working directory (the temp files)
      }
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it("marks suppressed findings, and reports the unused suppression", () => {
    const run = log.runs[0]!;
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => run.tool.driver.rules[r.ruleIndex]!.name)).toEqual(["ref-name-duplicate"]);
    expect(run.results.filter((r) => !r.suppressions).map((r) => run.tool.driver.rules[r.ruleIndex]!.name)).toContain("suppression-unused");
  });

  it("gives every result a distinct fingerprint", () => {
    const prints = log.runs[0]!.results.map((r) => r.partialFingerprints["ocilintLogicalTarget/v1"]);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe("fingerprints", () => {
  const finding = (path: string, digest: string, message: string): Finding => ({
    rule: "OCI-C004", ruleName: "diff-id-mismatch", level: "error", message,
    location: { source: "build/layout", path, digest, via: 'index.json → manifests[0] "1.0" → config', pointer: "/rootfs/diff_ids/0", line: 1, column: 302 },
  });
  const print = (f: Finding) => {
    const result: LintResult = { results: [], findings: [f], counts: { error: 1, warning: 0, note: 0 }, suppressed: [] };
    return (JSON.parse(formatSarif(result, { toolVersion: "0", cwd: ROOT, exitCode: 1 })) as SarifLog).runs[0]!.results[0]!.partialFingerprints;
  };

  it("stay the same when the blob is rebuilt with other content", () => {
    const before = print(finding(`blobs/sha256/${"1".repeat(64)}`, `sha256:${"1".repeat(64)}`, `layers[0] decompresses to sha256:${"a".repeat(64)}, not to this diff_id`));
    const after = print(finding(`blobs/sha256/${"2".repeat(64)}`, `sha256:${"2".repeat(64)}`, `layers[0] decompresses to sha256:${"b".repeat(64)}, not to this diff_id`));
    expect(after).toEqual(before);
  });

  it("differ for another pointer in the same document", () => {
    const a = finding("blobs/sha256/1", "sha256:1", "x");
    const b = { ...a, location: { ...a.location, pointer: "/rootfs/diff_ids/1" } };
    expect(print(b)).not.toEqual(print(a));
  });
});
