// Every rule's table: valid cases produce no finding of the rule; each invalid case produces exactly
// one, at the marked line and column, with its pointer and message, and no error from any other rule.

import { describe, expect, it } from "vitest";
import { lintDocument } from "../../src/index.js";
import { allRules } from "../../rules/index.js";
import { marked } from "../helpers/marked.js";
import type { RuleCases } from "../helpers/ruleCases.js";

const modules = import.meta.glob<{ default: RuleCases }>("./cases/*.ts", { eager: true });
const casesByRule = new Map(Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\/cases\/|\.ts$/g, ""), mod.default]));

// Rules the engine reports while walking layouts and blobs are tested with defect fixtures in test/layout/.
const documentRules = allRules.filter((r) => r.target !== "engine" || casesByRule.has(r.name));

describe("every document rule has a table of cases", () => {
  it.each(documentRules.map((r) => r.name))("%s", (name) => {
    const cases = casesByRule.get(name);
    expect(cases, `test/rules/cases/${name}.ts is missing`).toBeDefined();
    expect(cases!.valid.length).toBeGreaterThan(0);
    expect(cases!.invalid.length).toBeGreaterThan(0);
  });
  it("has no table for a rule that does not exist", () => {
    const names = new Set(allRules.map((r) => r.name));
    expect([...casesByRule.keys()].filter((n) => !names.has(n))).toEqual([]);
  });
});

for (const [ruleName, cases] of casesByRule) {
  describe(ruleName, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_, c) => {
      const result = lintDocument(c.bytes ? new TextEncoder().encode(c.doc) : c.doc, { preset: "all", path: "doc.json", ...(c.kind ? { kind: c.kind } : {}) });
      expect(result.findings.filter((f) => f.ruleName === ruleName)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_, c) => {
      const { text, line, column } = marked(c.doc);
      const result = lintDocument(c.bytes ? new TextEncoder().encode(text) : text, { preset: "all", path: "doc.json", ...(c.kind ? { kind: c.kind } : {}) });
      const mine = result.findings.filter((f) => f.ruleName === ruleName);
      expect(mine, JSON.stringify(result.findings, null, 2)).toHaveLength(1);
      const finding = mine[0]!;
      expect(finding.location.pointer).toBe(c.pointer);
      expect({ line: finding.location.line, column: finding.location.column }).toEqual({ line, column });
      if (typeof c.message === "string") expect(finding.message).toBe(c.message);
      else expect(finding.message).toMatch(c.message);
      const otherErrors = result.findings.filter((f) => f.ruleName !== ruleName && f.level === "error");
      expect(otherErrors, "a case must hold exactly one defect").toEqual([]);
    });
  });
}
