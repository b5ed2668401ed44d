// Blobs of 256 KiB and more are scanned in worker threads (the built CLI only). These run the real
// binary on layouts made by the benchmark generator, so a worker that never answers, or answers
// wrongly, fails here rather than in a user's pipeline.

import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli } from "../helpers/runCli.js";
// @ts-expect-error: a plain .mjs script without types
import { makeBig } from "../../bench/datasets.mjs";

const work = mkdtempSync(join(tmpdir(), "ocilint-big-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function largestBlob(dir: string): string {
  const blobs = join(dir, "blobs", "sha256");
  return readdirSync(blobs).map((n) => join(blobs, n)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

describe("layers big enough for the worker threads", () => {
  beforeAll(async () => {
    await makeBig(join(work, "gzip"), { mib: 6, layers: 3, compression: "gzip" });
    await makeBig(join(work, "zstd"), { mib: 6, layers: 3, compression: "zstd" });
    await makeBig(join(work, "corrupt"), { mib: 6, layers: 3, compression: "gzip" });
    // One flipped byte in the middle of a layer: its digest and its inflated content both change.
    const victim = largestBlob(join(work, "corrupt"));
    const fd = openSync(victim, "r+");
    writeSync(fd, Buffer.from([0x5a]), 0, 1, Math.floor(statSync(victim).size / 2));
    closeSync(fd);
  }, 60_000);

  it.each(["gzip", "zstd"])("a clean %s layout passes, with the process waiting for its workers", (name) => {
    const run = runCli([join(work, name)]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("no problems in 1 target");
    expect(run.status).toBe(0);
  });

  // Nothing else would notice all layers hashed on one thread: the result is the same, only slower.
  it.runIf(spawnSync("strace", ["-V"]).status === 0 || process.env["CI"])("the bundled CLI loads the scan worker for them", () => {
    const trace = join(work, "openat.log");
    const run = spawnSync("strace", ["-f", "-qq", "-o", trace, "-e", "trace=open,openat", process.execPath, CLI, join(work, "gzip")], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(readFileSync(trace, "utf8")).toMatch(/dist\/bin\/scanWorker\.js"/);
  });

  it("a corrupted layer is reported from the worker", () => {
    const run = runCli(["--format", "json", join(work, "corrupt")]);
    expect(run.status).toBe(1);
    const rules = JSON.parse(run.stdout).findings.map((f: { ruleName: string }) => f.ruleName);
    expect(rules).toContain("blob-digest-mismatch");
    expect(rules.some((r: string) => r === "layer-decompress" || r === "diff-id-mismatch")).toBe(true);
  });
});
