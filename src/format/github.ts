// GitHub Actions workflow commands: each finding becomes an annotation on the file and line.

import type { Finding } from "../model/index.js";
import type { LintResult } from "../lint.js";

const COMMAND: Record<Finding["level"], string> = { error: "error", warning: "warning", note: "notice" };

export function formatGithub(result: LintResult): string {
  return result.findings.map(annotation).join("");
}

function annotation(finding: Finding): string {
  const l = finding.location;
  const file = l.source === l.path ? l.path : `${l.source}/${l.path}`;
  const props = [`file=${property(file)}`];
  if (l.line !== undefined) props.push(`line=${l.line}`, `col=${l.column ?? 1}`);
  if (l.endLine !== undefined) props.push(`endLine=${l.endLine}`, `endColumn=${l.endColumn ?? 1}`);
  props.push(`title=${property(`ocilint ${finding.ruleName} (${finding.rule})`)}`);
  const where = l.via && l.digest ? ` [${l.via}, ${l.digest}]` : "";
  return `::${COMMAND[finding.level]} ${props.join(",")}::${data(finding.message + where)}\n`;
}

// Escaping as the workflow-command parser expects: % CR LF always, and : , in properties.
function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
