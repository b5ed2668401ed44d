// The docker-archive rules' doc pages show their failing case as a command on a fixture of
// test/fixtures/docker-defects/ followed by what it prints. This checks that the command prints
// exactly those lines, so the pages cannot drift from what ocilint says.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { allRules } from "../../rules/index.js";
import { ROOT } from "../helpers/runCli.js";

const COMMAND = /```sh\nocilint --no-config (test\/fixtures\/docker-defects\/[\w-]+\.tar)\n```\n\n```text\n([\s\S]*?)```/g;

function stylishLine(f: Finding): string {
  const at = f.location.line !== undefined ? `${f.location.line}:${f.location.column}` : "";
  return [at, f.level, f.message, f.ruleName].filter((p) => p !== "").join("  ");
}

const normalise = (line: string) => line.trim().split(/\s{2,}/).join("  ");

describe.each(allRules.filter((r) => r.name.startsWith("docker-archive-")).map((r) => [r.name] as const))("%s", (name) => {
  const text = readFileSync(join(ROOT, "rules", `${name}.md`), "utf8");
  const failing = text.slice(text.indexOf("## Failing example"), text.indexOf("## Passing example"));
  const examples = [...failing.matchAll(COMMAND)];

  it("shows a command on a docker-defects fixture, and exactly what it prints", async () => {
    expect(examples.length, "a failing example: ```sh ocilint --no-config test/fixtures/docker-defects/<x>.tar then ```text").toBeGreaterThan(0);
    for (const [, fixture, printed] of examples) {
      const result = await lint(join(ROOT, fixture!), { config: false });
      expect(result.findings.map(stylishLine).map(normalise)).toEqual(printed!.split("\n").filter((l) => l.trim() !== "").map(normalise));
      expect(result.findings.map((f) => f.ruleName)).toContain(name);
    }
  });
});
