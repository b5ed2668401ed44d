// Turns a rule's report (a pointer and a message) into a Finding with file, line and column.

import { compareText, type Finding, type Location } from "../model/index.js";
import { locate, positionsOnly } from "../json/parseJson.js";
import type { ParsedJson } from "../json/types.js";
import type { Rule } from "../../rules/index.js";
import type { RuleSettings } from "./ruleSettings.js";

/** Where the document sits: everything of a Location except the position inside the document. */
export type DocumentPlace = Pick<Location, "source" | "path" | "digest" | "via">;

/**
 * The JSON text a positioned finding points into, for code frames. Weak, so it lives exactly as long
 * as the finding, and keyed by the finding itself, so concurrent lints never see each other's texts.
 */
export const findingSourceText = new WeakMap<Finding, string>();

export class FindingSink {
  readonly findings: Finding[];
  /** Only the text and positions of the document: a sink may outlive the use of its parsed value. */
  private readonly parsed: Pick<ParsedJson, "text" | "positions"> | undefined;

  /** `out`: the list findings go to (shared by all the sinks of a walk); by default the sink's own. */
  constructor(
    private readonly settings: RuleSettings,
    readonly place: DocumentPlace,
    parsed?: Pick<ParsedJson, "text" | "positions">,
    out: Finding[] = [],
  ) {
    this.parsed = parsed && positionsOnly(parsed);
    this.findings = out;
  }

  report(rule: Rule, message: string, pointer?: string, options: { atKey?: boolean; line?: number; column?: number } = {}): void {
    const level = this.settings.reportLevel(rule, this.place);
    if (level === undefined) return;
    const location: Location = { ...this.place };
    if (pointer !== undefined) location.pointer = pointer;
    if (options.line !== undefined) {
      location.line = options.line;
      location.column = options.column ?? 1;
    } else if (pointer !== undefined && this.parsed) {
      const node = locate(this.parsed, pointer);
      if (node) {
        const start = options.atKey && node.key ? node.key : node.value;
        location.line = start.line;
        location.column = start.column;
        location.endLine = node.end.line;
        location.endColumn = node.end.column;
      }
    }
    const finding: Finding = { rule: rule.id, ruleName: rule.name, level, message, location };
    if (location.line !== undefined && this.parsed) findingSourceText.set(finding, this.parsed.text);
    this.findings.push(finding);
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.source, b.location.source) ||
    compareText(a.location.path, b.location.path) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    compareText(a.rule, b.rule) ||
    // Findings arrive in the order reads finish; these make ties come out the same every run.
    compareText(a.location.pointer ?? "", b.location.pointer ?? "") ||
    compareText(a.message, b.message) ||
    compareText(a.location.via ?? "", b.location.via ?? "")
  );
}
