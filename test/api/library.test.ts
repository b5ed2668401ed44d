// The library contract CI code relies on: cancellation, progress, concurrency without shared state,
// and formatters that work on any result.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGithub, formatJson, formatSarif, formatStylish, lint, lintDocument, type LintProgress } from "../../src/index.js";
import { ROOT } from "../helpers/runCli.js";
// @ts-expect-error: a plain .mjs script without types
import { makeBig } from "../../bench/datasets.mjs";

const work = mkdtempSync(join(tmpdir(), "ocilint-api-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const FIXTURES = join(ROOT, "test/fixtures");

describe("cancellation", () => {
  beforeAll(async () => {
    await makeBig(join(work, "big"), { mib: 48, layers: 3, compression: "gzip" });
  }, 60_000);

  it("an aborted signal rejects before any work", async () => {
    await expect(lint(join(FIXTURES, "layouts/umoci-basic"), { config: false, signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("aborting mid-walk rejects with the signal's reason", async () => {
    const controller = new AbortController();
    const seen: LintProgress[] = [];
    const run = lint(join(work, "big"), {
      config: false,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        controller.abort(new Error("stop now"));
      },
    });
    await expect(run).rejects.toThrow("stop now");
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe("progress", () => {
  it("counts every blob of a layout, with its bytes", async () => {
    const seen: LintProgress[] = [];
    await lint(join(FIXTURES, "layouts/umoci-basic"), { config: false, onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect(last.target).toBe(join(FIXTURES, "layouts/umoci-basic"));
    expect(last.blobs).toBe(4); // manifest, config, two layers
    expect(last.bytes).toBeGreaterThan(0);
    expect(seen.map((p) => p.blobs)).toEqual([...seen.map((p) => p.blobs)].sort((a, b) => a - b));
  });
});

describe("concurrency", () => {
  it("two lints at once with different settings do not see each other", async () => {
    const layout = join(FIXTURES, "defects/platform-mismatch");
    const [strict, relaxed] = await Promise.all([
      lint(layout, { config: false, preset: "all" }),
      lint(layout, { config: false, rules: { "platform-mismatch": "off", "media-type-missing": "off", "index-platform-missing": "off" } }),
    ]);
    expect(strict.counts.error).toBe(1);
    expect(relaxed.findings).toEqual([]);
  });
});

describe("formatters on a library result", () => {
  it("render the same findings", () => {
    const result = lintDocument('{"schemaVersion": 2, "manifests": [}', { kind: "index", path: "bad.json" });
    expect(formatStylish(result, { color: false })).toContain("json-syntax");
    expect(JSON.parse(formatJson(result, "test")).findings[0].ruleName).toBe("json-syntax");
    expect(JSON.parse(formatSarif(result, { toolVersion: "test", cwd: ROOT, exitCode: 1 })).runs[0].results).toHaveLength(1);
    expect(formatGithub(result)).toMatch(/^::error file=bad\.json,line=1,col=36,title=ocilint json-syntax \(OCI-J001\)::/m);
  });
});
