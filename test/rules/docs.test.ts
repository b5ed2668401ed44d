// Every rule's doc page (rules/<name>.md) agrees with the registry, has the sections people look for,
// and its examples do what the page says: a failing JSON example gives exactly the findings listed
// under it, a passing one gives none, and a named defect fixture really produces the rule.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules, type Rule } from "../../rules/index.js";
import { lint, lintDocument } from "../../src/index.js";
import type { DocumentKind, Finding } from "../../src/model/index.js";
import { formatRuleTableMarkdown } from "../../src/format/ruleList.js";
import { ROOT } from "../helpers/runCli.js";

const SECTIONS = ["## Why", "## Spec", "## Failing example", "## Passing example", "## Options", "## When to turn it off"];

interface Block {
  info: string;
  body: string;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  const fence = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(fence)) found.push({ info: m[1]!.trim(), body: m[2]! });
  return found;
}

function presetsText(rule: Rule): string {
  return rule.presets.filter((p) => p !== "all").join(", ") || "all";
}

/** A finding as stylish prints it, without indentation: `line:col  level  message  rule`. */
function stylishLine(f: Finding): string {
  const at = f.location.line !== undefined ? `${f.location.line}:${f.location.column}` : "";
  return [at, f.level, f.message, f.ruleName].filter((p) => p !== "").join("  ");
}

function normalise(line: string): string {
  return line.trim().split(/\s{2,}/).join("  ");
}

function kindOf(info: string): DocumentKind | undefined {
  return /\bkind=([a-z0-9-]+)/.exec(info)?.[1] as DocumentKind | undefined;
}

const documented = allRules.filter((r) => existsSync(join(ROOT, "rules", `${r.name}.md`)));

describe("README's rule table", () => {
  it("is the registry's (npm run readme:rules rewrites it)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("<!-- rules:start -->") + "<!-- rules:start -->".length, readme.indexOf("<!-- rules:end -->")).trim();
    expect(table).toBe(formatRuleTableMarkdown());
  });
});

describe("rule docs", () => {
  it("every rule has a doc page", () => {
    const missing = allRules.filter((r) => !documented.includes(r)).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  describe.each(documented.map((r) => [r.name, r] as const))("%s", (name, rule) => {
    const text = readFileSync(join(ROOT, "rules", `${name}.md`), "utf8");
    const all = blocks(text);

    it("has the title, metadata line and sections", () => {
      const lines = text.split("\n");
      expect(lines[0]).toBe(`# ${name}`);
      expect(lines[2]).toBe(`\`${rule.id}\` · level **${rule.level}** · presets: ${presetsText(rule)} · category: ${rule.category}`);
      let at = -1;
      for (const section of SECTIONS) {
        const next = text.indexOf(`\n${section}\n`);
        expect(next, `${section} missing or out of order`).toBeGreaterThan(at);
        at = next;
      }
    });

    it("shows a failing case: a JSON example, a defect fixture, or a command", () => {
      const failing = text.slice(text.indexOf("## Failing example"), text.indexOf("## Passing example"));
      const shown = all.some((b) => b.info.startsWith("json failing")) || /^Fixture: `?test\/fixtures\/defects\/[\w-]+`?$/m.test(failing) || /```(sh|yaml)\n/.test(failing);
      expect(shown).toBe(true);
    });

    const failingJson = all.map((b, i) => ({ b, next: all[i + 1] })).filter(({ b }) => b.info.startsWith("json failing"));
    it.runIf(failingJson.length > 0)("its failing JSON examples give exactly the findings listed", () => {
      for (const { b, next } of failingJson) {
        expect(next?.info, "a failing example is followed by a `text findings` block").toBe("text findings");
        const kind = kindOf(b.info);
        const result = lintDocument(b.body, { preset: "all", path: "example.json", ...(kind ? { kind } : {}) });
        const got = result.findings.map(stylishLine).map(normalise);
        const want = next!.body.split("\n").filter((l) => l.trim() !== "").map(normalise);
        expect(got).toEqual(want);
        expect(result.findings.map((f) => f.ruleName)).toContain(name);
      }
    });

    const passingJson = all.filter((b) => b.info.startsWith("json passing"));
    it.runIf(passingJson.length > 0)("its passing JSON examples give no finding", () => {
      for (const b of passingJson) {
        const kind = kindOf(b.info);
        const result = lintDocument(b.body, { preset: "all", path: "example.json", ...(kind ? { kind } : {}) });
        expect(result.findings.map(stylishLine)).toEqual([]);
      }
    });

    const fixtures = [...text.matchAll(/^Fixture: `?(test\/fixtures\/defects\/[\w-]+)`?$/gm)].map((m) => m[1]!);
    it.runIf(fixtures.length > 0)("its defect fixture produces the rule", async () => {
      for (const fixture of fixtures) {
        const result = await lint(join(ROOT, fixture), { config: false, preset: "all" });
        expect(result.findings.map((f) => f.ruleName)).toContain(name);
      }
    });
  });
});
