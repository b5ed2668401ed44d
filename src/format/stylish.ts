// Human output for terminals: findings grouped by file, aligned columns, a summary line.

import { Chalk, type ChalkInstance } from "chalk";
import type { Level } from "../model/index.js";
import { shortDigest } from "../model/index.js";
import type { LintResult } from "../lint.js";
import { findingSourceText } from "../engine/findingSink.js";
import { codeFrame } from "./codeFrame.js";
import { findRule } from "../engine/ruleSettings.js";

export interface StylishOptions {
  color: boolean;
  /** Only the summary line (when the full report went to a file). */
  summaryOnly?: boolean;
  /** Show a code frame with this many lines around each positioned finding (0 or absent: none). */
  context?: number;
  /** Terminal width: long messages wrap under themselves. Absent (a pipe, a file): one line each. */
  width?: number;
}

export function formatStylish(result: LintResult, options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (options.summaryOnly) return summary(c, result) + "\n";
  const lines: string[] = [];
  const groups = new Map<string, typeof result.findings>();
  for (const finding of result.findings) {
    const { source, path, digest, via } = finding.location;
    // A blob no route reaches is named by its short digest, not its 80-character path.
    const where = via ?? (digest && path.startsWith("blobs/") ? "blobs/" : path);
    const title = source === path ? path : `${source} ${c.dim("›")} ${where}${digest ? c.dim(` (${shortDigest(digest)})`) : ""}`;
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
    rows.forEach(([pos, level, message, rule], i) => {
      const prefix = `  ${pos.padStart(posWidth)}  ${level.padEnd(levelWidth)}  `;
      const body = wrap(`${message}  ${rule}`, prefix.length, options.width);
      const last = body.length - 1;
      body.forEach((text, k) => {
        // Colour the rule name, which always ends the last line.
        const painted = k === last && text.endsWith(rule) ? `${text.slice(0, -rule.length)}${c.dim(rule)}` : text;
        lines.push(k === 0 ? `  ${c.dim(pos.padStart(posWidth))}  ${paint(c, level, level.padEnd(levelWidth))}  ${painted}` : `${" ".repeat(prefix.length)}${painted}`);
      });
      const finding = findings[i]!;
      // A sensitive rule's position holds a secret: never print the source around it.
      const text = options.context && findRule(finding.rule)?.sensitive !== true ? findingSourceText.get(finding) : undefined;
      if (text !== undefined && finding.location.line !== undefined) {
        const { line, column, endLine, endColumn } = finding.location;
        // A whole-document finding gets one caret, not a line of them.
        const end = endLine === line && finding.location.pointer !== "" ? endColumn : undefined;
        const frame = codeFrame(text, line, column ?? 1, end, { context: options.context! }, { dim: (t) => c.dim(t), mark: (t) => paint(c, level, t) });
        lines.push(...frame.map((l) => `    ${l}`), "");
      }
    });
    lines.push("");
  }
  lines.push(summary(c, result));
  if (result.findings.length > 0) {
    const example = result.findings.find((f) => f.level === "error")?.ruleName ?? result.findings[0]!.ruleName;
    lines.push(c.dim(`ocilint --explain ${example}: why a rule exists, how to fix it`));
  }
  return lines.join("\n") + "\n";
}

/** Splits text into lines that fit `width` after an indent of `indent` columns; long words stay whole. */
function wrap(text: string, indent: number, width: number | undefined): string[] {
  if (width === undefined || indent + text.length <= width) return [text];
  const room = Math.max(20, width - indent);
  const out: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > room) {
      out.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") out.push(line);
  return out;
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
