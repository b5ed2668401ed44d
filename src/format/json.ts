// Machine output: a stable, versioned shape documented in README ("JSON output") and described by
// schemas/report.schema.json, which ships with the package.

import type { LintResult } from "../lint.js";
import { findRule } from "../engine/ruleSettings.js";

/** Bumped only when a field is removed or changes meaning; new fields may appear at any time. */
export const JSON_FORMAT_VERSION = 1;

export function formatJson(result: LintResult, toolVersion: string): string {
  // The metadata of every rule that has a finding (or a suppressed one), so a consumer needs no registry.
  const used = [...new Set([...result.findings, ...result.suppressed].map((f) => f.rule))].sort();
  const rules = Object.fromEntries(used.map((id) => {
    const rule = findRule(id)!;
    return [id, { name: rule.name, title: rule.title, category: rule.category, defaultLevel: rule.level, spec: rule.spec }];
  }));
  const report = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: "ocilint", version: toolVersion },
    counts: result.counts,
    targets: result.results.map((r) => ({ target: r.target, kind: r.kind ?? null, counts: r.counts })),
    findings: result.findings,
    suppressed: result.suppressed,
    rules,
  };
  return JSON.stringify(report, null, 2) + "\n";
}
