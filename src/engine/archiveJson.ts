// JSON files of an archive format that are not OCI documents (a docker-archive's manifest.json,
// repositories, a legacy layer's json): read with positions, with what the JSON reader finds
// reported under the same JSON rules as any document.

import { parseJson } from "../json/parseJson.js";
import type { JsonProblemKind, ParsedJson } from "../json/types.js";
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

export function readArchiveJson(bytes: Uint8Array, place: DocumentPlace, settings: RuleSettings, maxBytes: number): ArchiveJson {
  const parsed = parseJson(bytes, { maxBytes });
  const sink = new FindingSink(settings, place, parsed);
  for (const problem of parsed.problems) {
    sink.report(JSON_RULE[problem.kind], problem.message, problem.pointer || undefined, { line: problem.position.line, column: problem.position.column });
  }
  return { parsed, sink };
}
