// ocilint as a real pre-commit hook: Debian's pre-commit installs this repository as a hook source
// (npm install, build, pack, global install, exactly as for any user) into a temporary git repository;
// a commit of a good layout passes, a commit of a broken one is refused with the finding printed.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/runCli.js";

const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const available = preCommit.status === 0;
if (!available && process.env["CI"]) throw new Error("pre-commit is not installed (scripts/install-tools.sh installs it); CI does not skip");

const work = mkdtempSync(join(tmpdir(), "ocilint-precommit-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { ...process.env, PRE_COMMIT_HOME: join(work, "cache"), GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", NO_COLOR: "1" };
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env, encoding: "utf8" });

describe.skipIf(!available)(`pre-commit (${preCommit.stdout?.trim() || "not installed"})`, () => {
  const user = join(work, "user");

  beforeAll(() => {
    // The hook source: this working tree as committed files (tracked and new, not ignored).
    const source = join(work, "ocilint-src");
    const files = git(ROOT, "ls-files", "-co", "--exclude-standard", "-z").split("\0").filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(source, file)), { recursive: true });
      cpSync(join(ROOT, file), join(source, file), { verbatimSymlinks: true });
    }
    git(source, "init", "-q");
    git(source, "add", "-A");
    git(source, "commit", "-q", "-m", "hook source");
    const rev = git(source, "rev-parse", "HEAD").trim();

    mkdirSync(user);
    git(user, "init", "-q");
    writeFileSync(join(user, ".pre-commit-config.yaml"), `repos:\n  - repo: ${source}\n    rev: ${rev}\n    hooks:\n      - id: ocilint\n`);
    git(user, "add", ".pre-commit-config.yaml");
    git(user, "commit", "-q", "-m", "config", "--no-verify");
    execFileSync("pre-commit", ["install"], { cwd: user, env });
    // Builds the hook environment once (npm install, build, pack): minutes, not seconds.
    const install = spawnSync("pre-commit", ["install-hooks"], { cwd: user, env, encoding: "utf8" });
    if (install.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.stdout}${install.stderr}`);
  }, 900_000);

  it("lets a good layout in", () => {
    cpSync(join(ROOT, "test/fixtures/layouts/umoci-basic"), join(user, "image"), { recursive: true });
    git(user, "add", "image");
    const commit = spawnSync("git", ["commit", "-m", "add the image"], { cwd: user, env, encoding: "utf8" });
    expect(commit.stdout + commit.stderr).toMatch(/ocilint\.+Passed/);
    expect(commit.status).toBe(0);
  }, 300_000);

  it("refuses a layout whose blob does not match its digest, and prints the finding", () => {
    cpSync(join(ROOT, "test/fixtures/defects/diff-id-mismatch"), join(user, "broken"), { recursive: true });
    git(user, "add", "broken");
    const commit = spawnSync("git", ["commit", "-m", "add a broken image"], { cwd: user, env, encoding: "utf8" });
    const output = commit.stdout + commit.stderr;
    expect(output).toMatch(/ocilint\.+Failed/);
    expect(output).toMatch(/broken › index\.json → manifests\[0\] "1\.0" → config/);
    expect(output).toMatch(/error\s+layers\[0\] decompresses to sha256:[0-9a-f]{64}, not to this diff_id\s+diff-id-mismatch/);
    expect(commit.status).not.toBe(0);
    expect(git(user, "log", "--oneline")).not.toContain("add a broken image");
  }, 300_000);

  it("refuses a bad OCI document outside a layout and ignores other JSON", () => {
    git(user, "reset", "-q", "--hard");
    git(user, "clean", "-qfd");
    cpSync(join(ROOT, "examples/broken-manifest.json"), join(user, "manifest.json"));
    writeFileSync(join(user, "tsconfig.json"), '{"compilerOptions": {}}\n');
    git(user, "add", "manifest.json", "tsconfig.json");
    const commit = spawnSync("git", ["commit", "-m", "a manifest"], { cwd: user, env, encoding: "utf8" });
    const output = commit.stdout + commit.stderr;
    expect(output).toMatch(/^\s+6:15\s+error\s+.*digest-format$/m);
    expect(output).not.toContain("tsconfig.json");
    expect(commit.status).not.toBe(0);
  }, 300_000);
});
