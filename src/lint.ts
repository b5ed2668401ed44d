// The one call behind both faces of ocilint: the CLI and the library.

import { countFindings, type Counts, type DocumentKind, type Finding, type Setting } from "./model/index.js";
import { checkDocument } from "./engine/checkDocument.js";
import { RuleSettings } from "./engine/ruleSettings.js";
import { FindingSink, compareFindings } from "./engine/findingSink.js";
import { readLooseFile, readStdin, resolveTargets, type LooseDocument } from "./sources/looseFiles.js";
import { UsageError } from "./errors.js";
import { rules } from "../rules/index.js";

export interface LintOptions {
  /** Force the document kind instead of detecting it. */
  kind?: DocumentKind;
  /** Rule levels by rule id or name. */
  rules?: Readonly<Record<string, Setting>>;
  /** Directory that relative targets are resolved from (default: process.cwd()). */
  cwd?: string;
  /** Where `-` reads from (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Largest JSON document read, in bytes (default 64 MiB). */
  maxDocumentBytes?: number;
}

export interface TargetResult {
  /** The target as given. */
  target: string;
  /** What the target was found to be: a document kind. */
  kind: DocumentKind | undefined;
  findings: Finding[];
  counts: Counts;
}

export interface LintResult {
  results: TargetResult[];
  findings: Finding[];
  counts: Counts;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Lints files, globs, `-` (stdin). Throws UsageError when a target cannot be read. */
export async function lint(targets: string | readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const settings = new RuleSettings(options.rules);
  const results: TargetResult[] = [];
  for (const target of await resolveTargets(typeof targets === "string" ? [targets] : targets, cwd)) {
    if (target.type === "directory") {
      throw new UsageError(`"${target.path}" is a directory; image layouts are not supported yet`);
    }
    const document =
      target.type === "stdin" ? await readStdin(options.stdin ?? process.stdin, maxBytes) : await readLooseFile(target.path, cwd, maxBytes);
    results.push(lintLoose(document, settings, options.kind, maxBytes));
  }
  return summarise(results);
}

export interface LintDocumentOptions {
  kind?: DocumentKind;
  /** The name findings report (default `<input>`). */
  path?: string;
  rules?: Readonly<Record<string, Setting>>;
}

/** Lints one JSON document held in memory: text, bytes, or an already parsed value. */
export function lintDocument(json: string | Uint8Array | object, options: LintDocumentOptions = {}): LintResult {
  const path = options.path ?? "<input>";
  const bytes = typeof json === "string" || json instanceof Uint8Array ? json : JSON.stringify(json, null, 2);
  const result = checkDocument({ bytes, place: { source: path, path }, ...(options.kind ? { kind: options.kind } : {}) }, new RuleSettings(options.rules));
  return summarise([{ target: path, kind: result.kind, findings: result.findings, counts: countFindings(result.findings) }]);
}

function lintLoose(document: LooseDocument, settings: RuleSettings, kind: DocumentKind | undefined, maxBytes: number): TargetResult {
  const place = { source: document.name, path: document.name };
  if (document.bytes === undefined) {
    const sink = new FindingSink(settings, place);
    sink.report(rules["json-limits"], `document is ${document.size} bytes, over the ${maxBytes}-byte limit for a JSON document`, undefined, { line: 1, column: 1 });
    return { target: document.name, kind, findings: sink.findings, counts: countFindings(sink.findings) };
  }
  const result = checkDocument({ bytes: document.bytes, place, ...(kind ? { kind } : {}) }, settings);
  return { target: document.name, kind: result.kind, findings: result.findings, counts: countFindings(result.findings) };
}

function summarise(results: TargetResult[]): LintResult {
  const findings = results.flatMap((r) => r.findings).sort(compareFindings);
  return { results, findings, counts: countFindings(findings) };
}
