// Suppressions accept a known finding, with a reason; expired and unused ones are reported so that
// accepted problems do not stay accepted forever by accident.

import type { Finding } from "../model/index.js";
import { findRule, globMatcher } from "../engine/ruleSettings.js";
import type { Suppression } from "./types.js";

export interface SuppressedFinding extends Finding {
  suppression: { reason: string };
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Suppressions past their expiry date (they no longer apply), by index in the config. */
  expired: number[];
  /** Suppressions that matched no finding, by index. */
  unused: number[];
}

export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], today: Date = new Date()): SuppressionOutcome {
  const day = today.toISOString().slice(0, 10);
  const active = suppressions.map((s, index) => ({
    index,
    s,
    ruleId: findRule(s.rule)?.id,
    matchPath: s.paths ? globMatcher(s.paths) : undefined,
    expired: s.expires !== undefined && s.expires < day,
    used: false,
  }));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const match = active.find((a) =>
      !a.expired &&
      a.ruleId === finding.rule &&
      (a.s.digest === undefined || a.s.digest === finding.location.digest) &&
      (a.matchPath === undefined || a.matchPath(finding.location.path) || a.matchPath(finding.location.source) || a.matchPath(`${finding.location.source}/${finding.location.path}`)),
    );
    if (match) {
      match.used = true;
      suppressed.push({ ...finding, suppression: { reason: match.s.reason } });
    } else {
      kept.push(finding);
    }
  }
  return {
    kept,
    suppressed,
    expired: active.filter((a) => a.expired).map((a) => a.index),
    unused: active.filter((a) => !a.expired && !a.used).map((a) => a.index),
  };
}
