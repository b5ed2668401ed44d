// The package as npm would ship it: `npm pack`, then install the tarball into an empty project and use
// it the three ways users do: the `ocilint` binary, an ESM import, and TypeScript against its types.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/runCli.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const project = join(work, "project");
let files: string[] = [];

beforeAll(() => {
  // --ignore-scripts: dist/ is already built by `npm test`; the tarball must ship it.
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }));
  files = packed[0].files.map((f: { path: string }) => f.path);
  const tarball = join(work, packed[0].filename);
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // A TypeScript consumer brings its own Node types, as any Node project does.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", tarball, "@types/node@20"], { cwd: project, stdio: "pipe" });
  cpSync(join(ROOT, "examples"), join(project, "examples"), { recursive: true });
}, 600_000);

describe("npm pack", () => {
  it("ships the build, schemas and rule docs, and no sources or tests", () => {
    expect(files).toContain("dist/bin/ocilint.js");
    expect(files).toContain("dist/src/index.d.ts");
    expect(files).toContain("dist/schemas/config.schema.json");
    expect(files).toContain("rules/digest-format.md");
    expect(files).toContain("README.md");
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("src/") || f.startsWith("dist/test/") || f.startsWith("bench/"))).toEqual([]);
  });

  it("installs a working binary", () => {
    const version = spawnSync("npx", ["--no-install", "ocilint", "--version"], { cwd: project, encoding: "utf8" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const run = spawnSync("npx", ["--no-install", "ocilint", "examples/layout"], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("problems (0 errors, 3 warnings) in 1 target");
    expect(run.status).toBe(0);
    const explain = spawnSync("npx", ["--no-install", "ocilint", "--explain", "digest-format"], { cwd: project, encoding: "utf8" });
    expect(explain.stdout).toMatch(/^# digest-format\n/);
  });

  it("imports from ESM", () => {
    writeFileSync(join(project, "use.mjs"), [
      'import { lint, allRules, VERSION } from "ocilint";',
      'const result = await lint("examples/broken-manifest.json", { config: false });',
      "console.log(JSON.stringify({ errors: result.counts.error, rules: allRules.length > 50, version: typeof VERSION }));",
    ].join("\n"));
    const run = spawnSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ errors: 4, rules: true, version: "string" });
  });

  it("type-checks a TypeScript consumer against its types", () => {
    writeFileSync(join(project, "use.ts"), [
      'import { lint, lintDocument, type Finding, type ImageManifest, type LintResult } from "ocilint";',
      'const manifest: ImageManifest = { schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: "sha256:" + "a".repeat(64), size: 2 }, layers: [] };',
      "const one: LintResult = lintDocument(manifest, { kind: \"manifest\" });",
      "const first: Finding | undefined = one.findings[0];",
      "export async function check(path: string): Promise<number> { const r = await lint(path, { signal: AbortSignal.timeout(1000) }); return r.counts.error + (first ? 1 : 0); }",
    ].join("\n"));
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", noEmit: true, types: ["node"] }, files: ["use.ts"] }));
    const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
