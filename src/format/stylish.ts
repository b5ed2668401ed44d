// Human output for terminals: findings grouped by file, aligned columns, a summary line.

import { Chalk, type ChalkInstance } from "chalk";
import type { Level } from "../model/index.js";
import { shortDigest } from "../model/index.js";
import type { LintResult } from "../lint.js";

export interface StylishOptions {
  color: boolean;
  /** Only the summary line (when the full report went to a file). */
  summaryOnly?: boolean;
}

export function formatStylish(result: LintResult, options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (options.summaryOnly) return summary(c, result) + "\n";
  const lines: string[] = [];
  const groups = new Map<string, typeof result.findings>();
  for (const finding of result.findings) {
    const { source, path, digest, via } = finding.location;
    const title = source === path ? path : `${source} ${c.dim("›")} ${via ?? path}${digest ? c.dim(` (${shortDigest(digest)})`) : ""}`;
    const group = groups.get(title) ?? [];
    group.push(finding);
    groups.set(title, group);
  }
  for (const [title, findings] of groups) {
    lines.push(c.underline(title));
    const rows = findings.map((f) => [
      f.location.line !== undefined ? `${f.location.line}:${f.location.column ?? 1}` : "",
      f.level,
      f.message,
      f.ruleName,
    ] as const);
    const posWidth = Math.max(...rows.map((r) => r[0].length));
    const levelWidth = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, level, message, rule] of rows) {
      lines.push(`  ${c.dim(pos.padStart(posWidth))}  ${paint(c, level, level.padEnd(levelWidth))}  ${message}  ${c.dim(rule)}`);
    }
    lines.push("");
  }
  lines.push(summary(c, result));
  return lines.join("\n") + "\n";
}

function paint(c: ChalkInstance, level: Level, text: string): string {
  return level === "error" ? c.red(text) : level === "warning" ? c.yellow(text) : c.blue(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summary(c: ChalkInstance, result: LintResult): string {
  const { error, warning, note } = result.counts;
  const total = error + warning + note;
  const checked = plural(result.results.length, "target");
  if (total === 0) return c.green(`✔ no problems in ${checked}`);
  const parts = [plural(error, "error"), plural(warning, "warning")];
  if (note > 0) parts.push(plural(note, "note"));
  const line = `✖ ${plural(total, "problem")} (${parts.join(", ")}) in ${checked}`;
  return error > 0 ? c.red.bold(line) : c.yellow.bold(line);
}
