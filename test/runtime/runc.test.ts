// What runc itself writes lints without a spec finding: `runc spec`, `runc spec --rootless` and
// `runc features`, produced fresh by the installed runc. runc's template has no seccomp profile, and
// its rootless variant keeps the host's network namespace; those two security warnings are expected,
// and asserted exactly, so any other finding fails the test.

import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint, lintDocument, type Finding } from "../../src/index.js";
import { runCli } from "../helpers/runCli.js";

function findRunc(): string | undefined {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin"];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(join(dir, "runc"), constants.X_OK);
      return join(dir, "runc");
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const RUNC = findRunc();
const title = RUNC ? `runc's own output (${RUNC})` : "runc's own output (skipped: runc is not installed or not on PATH)";

/** The findings that runc's template earns on purpose, as [rule, pointer, message start]. */
const NO_SECCOMP = ["runtime-seccomp-missing", "/linux", "no seccomp profile"];
const HOST_NETWORK = ["runtime-host-namespace", "/linux/namespaces", "no network namespace"];

describe.skipIf(!RUNC)(title, () => {
  let scratch: string;
  const bundleFor = (name: string, args: string[]) => {
    const dir = join(scratch, name);
    mkdirSync(join(dir, "rootfs"), { recursive: true });
    const run = spawnSync(RUNC!, ["spec", ...args], { cwd: dir, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`runc spec ${args.join(" ")} failed: ${run.stderr}`);
    return dir;
  };
  // Rule, pointer and the message up to its first colon: enough to tell each finding apart.
  const summary = (findings: Finding[]) => findings.map((f) => [f.ruleName, f.location.pointer, f.message.split(":")[0]]);

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ocilint-runc-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("runc spec: a bundle with no error and no spec finding", async () => {
    const dir = bundleFor("default", []);
    const result = await lint(dir, { config: false, preset: "all" });
    expect(result.results[0]!.kind).toBe("bundle");
    expect(result.counts.error).toBe(0);
    expect(summary(result.findings)).toEqual([NO_SECCOMP]);
    expect(result.findings.every((f) => f.level === "warning")).toBe(true);
  });

  it("runc spec --rootless: a bundle with no error and no spec finding", async () => {
    const dir = bundleFor("rootless", ["--rootless"]);
    const result = await lint(dir, { config: false, preset: "all" });
    expect(result.counts.error).toBe(0);
    expect(summary(result.findings)).toEqual([NO_SECCOMP, HOST_NETWORK]);
  });

  it("runc spec's config.json alone: detected as a runtime config, and the same findings with --kind", () => {
    const text = readFileSync(join(bundleFor("alone", []), "config.json"), "utf8");
    const detected = lintDocument(text, { preset: "all", path: "config.json" });
    const forced = lintDocument(text, { preset: "all", path: "config.json", kind: "runtime-config" });
    expect(detected.results[0]!.kind).toBe("runtime-config");
    expect(summary(detected.findings)).toEqual([NO_SECCOMP]);
    expect(forced.findings).toEqual(detected.findings);
  });

  it("runc features: a clean features document", () => {
    const run = spawnSync(RUNC!, ["features"], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const result = lintDocument(run.stdout, { preset: "all", path: "features.json" });
    expect(result.results[0]!.kind).toBe("runtime-features");
    expect(result.findings).toEqual([]);
  });

  it("the CLI: exit 0 for runc spec's bundle and for its config.json with --kind runtime-config", () => {
    const dir = bundleFor("cli", []);
    const bundleRun = runCli([dir, "--no-config"]);
    expect(bundleRun.status, bundleRun.stderr).toBe(0);
    expect(bundleRun.stdout).toContain("runtime-seccomp-missing");
    const fileRun = runCli([join(dir, "config.json"), "--kind", "runtime-config", "--no-config", "--format", "json"]);
    expect(fileRun.status, fileRun.stderr).toBe(0);
    expect(JSON.parse(fileRun.stdout).targets[0].kind).toBe("runtime-config");
  });
});
