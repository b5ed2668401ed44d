// Machine output: a stable, versioned shape documented in README ("JSON output").

import type { LintResult } from "../lint.js";

/** Bumped only when a field is removed or changes meaning; new fields may appear at any time. */
export const JSON_FORMAT_VERSION = 1;

export function formatJson(result: LintResult, toolVersion: string): string {
  const report = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: "ocilint", version: toolVersion },
    counts: result.counts,
    targets: result.results.map((r) => ({ target: r.target, kind: r.kind ?? null, counts: r.counts })),
    findings: result.findings,
  };
  return JSON.stringify(report, null, 2) + "\n";
}
