// Each report format on one fixed result (findings in a document, in a layout blob with its route, a
// suppressed one), compared with committed snapshots: a change to any format shows up in review.
// The JSON report is also validated against the schema that ships with the package.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { formatGithub, formatJson, formatSarif, formatStylish, lintDocument, type LintResult } from "../../src/index.js";
import { countFindings, type Finding } from "../../src/model/index.js";
import { ROOT } from "../helpers/runCli.js";

const documentResult = lintDocument(readFileSync(join(ROOT, "examples/broken-manifest.json")), { path: "examples/broken-manifest.json" });
const blobFinding: Finding = {
  rule: "OCI-C004", ruleName: "diff-id-mismatch", level: "error",
  message: `layers[0] decompresses to sha256:${"a".repeat(64)}, not to this diff_id`,
  location: { source: "build/layout", path: `blobs/sha256/${"1".repeat(64)}`, digest: `sha256:${"1".repeat(64)}`, via: 'index.json → manifests[0] "1.0" → config', pointer: "/rootfs/diff_ids/0", line: 1, column: 302, endLine: 1, endColumn: 373 },
};
const noteFinding: Finding = {
  rule: "OCI-T015", ruleName: "world-writable", level: "note", message: '"etc/app.conf" is a world-writable file (mode 0666)',
  location: { source: "build/layout", path: `blobs/sha256/${"2".repeat(64)}`, digest: `sha256:${"2".repeat(64)}`, via: 'index.json → manifests[0] "1.0" → layers[2]' },
};
const suppressed = { ...blobFinding, rule: "OCI-L011", ruleName: "ref-name-duplicate", level: "warning" as const, message: 'ref.name "1.0" is also on manifests[0]', location: { source: "build/layout", path: "index.json", pointer: "/manifests/1/annotations/org.opencontainers.image.ref.name", line: 1, column: 447 }, suppression: { reason: "tags are rewritten at release" } };
const findings = [...documentResult.findings, blobFinding, noteFinding];
const result: LintResult = {
  results: [
    { target: "examples/broken-manifest.json", kind: "manifest", findings: documentResult.findings, counts: countFindings(documentResult.findings) },
    { target: "build/layout", kind: "layout", findings: [blobFinding, noteFinding], counts: countFindings([blobFinding, noteFinding]) },
  ],
  findings,
  counts: countFindings(findings),
  suppressed: [suppressed],
};

describe("report formats", () => {
  it("stylish, plain", async () => {
    await expect(formatStylish(result, { color: false })).toMatchFileSnapshot("__snapshots__/stylish.txt");
  });

  it("stylish, colour, code frames, wrapped at 80 columns", async () => {
    await expect(formatStylish(result, { color: true, context: 1, width: 80 })).toMatchFileSnapshot("__snapshots__/stylish-color-80.txt");
  });

  it("json, valid against the shipped report schema", async () => {
    const text = formatJson(result, "0.0.0-test");
    await expect(text).toMatchFileSnapshot("__snapshots__/report.json");
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, "schemas/report.schema.json"), "utf8")));
    expect(validate(JSON.parse(text)) ? [] : validate.errors).toEqual([]);
  });

  it("sarif (results and run; the rule list is checked in sarif.test.ts)", async () => {
    const log = JSON.parse(formatSarif(result, { toolVersion: "0.0.0-test", cwd: "/project", exitCode: 1, includeSuppressed: true }));
    const { rules, ...driver } = log.runs[0].tool.driver;
    expect(rules.length).toBeGreaterThan(80);
    log.runs[0].tool.driver = driver;
    await expect(JSON.stringify(log, null, 2) + "\n").toMatchFileSnapshot("__snapshots__/report.sarif");
  });

  it("github annotations", async () => {
    await expect(formatGithub(result)).toMatchFileSnapshot("__snapshots__/github.txt");
  });
});
