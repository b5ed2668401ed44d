import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allRules, rules } from "../../rules/index.js";
import { renderRuleIndex } from "../../scripts/generate-rule-index.mjs";

describe("rule registry", () => {
  it("rules/index.ts is what the generator writes", () => {
    expect(readFileSync(new URL("../../rules/index.ts", import.meta.url), "utf8")).toBe(renderRuleIndex());
  });

  it("ids and names are unique and well-formed", () => {
    const ids = allRules.map((r) => r.id);
    const names = allRules.map((r) => r.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^OCI-[A-Z]\d{3}$/);
      expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rules[rule.name as keyof typeof rules]).toBe(rule);
    }
  });

  it("every rule has a title, a description and a source", () => {
    for (const rule of allRules) {
      expect(rule.title.length, rule.name).toBeGreaterThan(10);
      expect(rule.description.length, rule.name).toBeGreaterThan(30);
      expect(rule.spec, rule.name).toMatch(/^(image-spec|runtime-spec|distribution-spec|docker-image-spec|distribution|RFC|ocilint)/);
    }
  });

  it("presets follow the level: notes are strict-only, everything is in all", () => {
    for (const rule of allRules) {
      expect(rule.presets).toContain("all");
      expect(rule.presets.includes("recommended")).toBe(rule.level !== "note");
    }
  });
});
