// What the JSON reader finds (syntax, duplicate keys, bad Unicode, unsafe numbers, limits) as findings
// under the json-* rules: for OCI documents (checkDocument) and for the JSON files of archive formats
// that are not OCI documents (a docker-archive's manifest.json, repositories, a legacy layer's json).

import { parseJson } from "../json/parseJson.js";
import type { Finding } from "../model/index.js";
import type { JsonProblem, JsonProblemKind, ParsedJson } from "../json/types.js";
import { rules, type Rule } from "../../rules/index.js";
import { FindingSink, type DocumentPlace } from "./findingSink.js";
import type { RuleSettings } from "./ruleSettings.js";

const JSON_RULE: Record<JsonProblemKind, Rule> = {
  syntax: rules["json-syntax"],
  "duplicate-key": rules["json-duplicate-key"],
  "invalid-utf8": rules["json-invalid-unicode"],
  "lone-surrogate": rules["json-invalid-unicode"],
  "unsafe-number": rules["json-unsafe-number"],
  bom: rules["json-bom"],
  "too-deep": rules["json-limits"],
  "too-large": rules["json-limits"],
};

export interface ArchiveJson {
  parsed: ParsedJson;
  /** Reports into the file with line and column from the parsed text. */
  sink: FindingSink;
}

/** Reports the reader's problems into `sink`, at their line and column, except those `skip` excuses. */
export function reportJsonProblems(sink: FindingSink, parsed: ParsedJson, skip?: (problem: JsonProblem) => boolean): void {
  for (const problem of parsed.problems) {
    if (skip?.(problem)) continue;
    sink.report(JSON_RULE[problem.kind], problem.message, problem.pointer || undefined, { line: problem.position.line, column: problem.position.column });
  }
}

/** `out`: where the file's findings go (a walk's list); by default its sink's own. */
export function readArchiveJson(bytes: Uint8Array, place: DocumentPlace, settings: RuleSettings, maxBytes: number, out?: Finding[]): ArchiveJson {
  const parsed = parseJson(bytes, { maxBytes });
  const sink = new FindingSink(settings, place, parsed, out);
  reportJsonProblems(sink, parsed);
  return { parsed, sink };
}
