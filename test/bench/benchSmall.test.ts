// The benchmark at CI scale, so bench/run.mjs cannot rot: it must generate its datasets, run every
// command and write its results. Times are printed by the bench, never asserted here.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "../helpers/runCli.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-bench-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("npm run bench -- --scale small runs every dataset and command", () => {
  const out = join(work, "results.json");
  const run = spawnSync(process.execPath, [join(ROOT, "bench/run.mjs"), "--scale", "small", "--runs", "1", "--out", out, "--data", join(work, "data")], { encoding: "utf8", timeout: 600_000 });
  expect(run.stderr).not.toMatch(/ocilint failed/);
  expect(run.status).toBe(0);
  const results = JSON.parse(readFileSync(out, "utf8")) as { results: Array<{ dataset: string; command: string; failed: number }>; targets: unknown[] };
  expect([...new Set(results.results.map((r) => r.dataset))].sort()).toEqual(["big-gzip", "big-zstd", "tree", "wide-200"]);
  for (const dataset of ["big-gzip", "big-zstd"]) {
    expect(results.results.filter((r) => r.dataset === dataset).map((r) => r.command)).toEqual(expect.arrayContaining(["ocilint", "ocilint --layers diff-ids", "ocilint --layers digests", "openssl sha256, 2 cores"]));
  }
  expect(results.results.every((r) => r.failed === 0)).toBe(true);
  expect(results.targets.length).toBeGreaterThan(10);
}, 600_000);
