// The library example in README.md, run as written: a module that imports "ocilint" by name (Node
// resolves a package's own name from inside it), in a directory with a copy of examples/.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ROOT } from "../helpers/runCli.js";

const dir = mkdtempSync(join(ROOT, ".readme-example-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf("<!-- example:library -->");
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at < 0 || !block) throw new Error("README has no library example");
  return block[1]!;
}

it("runs and prints what its comments say", () => {
  cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  writeFileSync(join(dir, "example.mjs"), readmeExample());
  const run = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
  expect(run.stderr).toMatch(/^examples\/layout: \d+ blobs, \d+ bytes$/m);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("{ error: 4, warning: 2, note: 0 }");
  expect(run.stdout).toContain("examples/broken-manifest.json:6:15 digest-format");
  expect(run.stdout).toContain("✖ 6 problems (4 errors, 2 warnings) in 2 targets");
  expect(run.stdout).toContain("[ 'warning media-type-missing' ]");
  expect(run.stdout).toMatch(/link-escape, path-escape/);
  const sarif = JSON.parse(readFileSync(join(dir, "ocilint.sarif"), "utf8"));
  expect(sarif.runs[0].results).toHaveLength(6);
  expect(existsSync(join(dir, "examples/layout/oci-layout"))).toBe(true);
});
