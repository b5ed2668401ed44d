// SARIF 2.1.0 for code-scanning dashboards: one run, the rule registry as tool.driver.rules, and a
// fingerprint per result keyed on what the finding is about (rule, target, route, pointer), so it
// stays the same when a blob's digest, and so its path, changes.

import { createHash } from "node:crypto";
import { relative, isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding, Level } from "../model/index.js";
import { allRules, type Rule } from "../../rules/index.js";
import type { LintResult } from "../lint.js";
import type { SuppressedFinding } from "../config/suppressions.js";
import { ruleDoc } from "./ruleList.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const RULE_DOCS_BASE = "https://ocilint.dev/rules/";
const INFORMATION_URI = "https://ocilint.dev";

export interface SarifOptions {
  toolVersion: string;
  /** Directory result URIs are relative to (%SRCROOT%). */
  cwd: string;
  exitCode: number;
  includeSuppressed?: boolean;
}

export function formatSarif(result: LintResult, options: SarifOptions): string {
  const rules = [...allRules].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = [
    ...result.findings.map((f) => sarifResult(f, ruleIndex, options.cwd)),
    ...(options.includeSuppressed ? result.suppressed.map((f) => sarifResult(f, ruleIndex, options.cwd)) : []),
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ocilint",
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(options.cwd) } },
        invocations: [{ executionSuccessful: options.exitCode !== 2, exitCode: options.exitCode }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function sarifRule(rule: Rule) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description} Specification: ${rule.spec}.`,
      // The rule's doc page (why, spec, examples, when to turn it off) is what a dashboard shows as help.
      markdown: ruleDoc(rule.name) ?? `**${rule.title}**\n\n${rule.description}\n\nSpecification: ${rule.spec}\n\n[Rule documentation](${RULE_DOCS_BASE}${rule.name})`,
    },
    helpUri: `${RULE_DOCS_BASE}${rule.name}`,
    defaultConfiguration: { level: rule.level, enabled: rule.presets.includes("recommended") },
    properties: { tags: [rule.category, ...rule.presets.map((p) => `preset:${p}`)], precision: "very-high" },
  };
}

function sarifResult(finding: Finding | SuppressedFinding, ruleIndex: Map<string, number>, cwd: string) {
  const { location } = finding;
  const file = location.source === location.path ? location.path : `${location.source}/${location.path}`;
  const region = {
    startLine: location.line ?? 1,
    startColumn: location.column ?? 1,
    ...(location.endLine !== undefined ? { endLine: location.endLine, endColumn: location.endColumn ?? 1 } : {}),
  };
  return {
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule) ?? -1,
    level: finding.level satisfies Level,
    message: { text: location.via && location.digest ? `${finding.message} (${location.via}, ${location.digest})` : finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, cwd), region }, ...(location.pointer !== undefined ? { logicalLocations: [{ fullyQualifiedName: `${location.via ?? location.path}#${location.pointer}`, kind: "member" }] } : {}) }],
    partialFingerprints: { "ocilintLogicalTarget/v1": fingerprint(finding) },
    ...("suppression" in finding ? { suppressions: [{ kind: "external", justification: finding.suppression.reason }] } : {}),
  };
}

/**
 * Stable across runs and across content changes: the route stands in for the digest path, and digests
 * inside the message are blanked, so two findings of one rule in one layer (two tar entries) stay
 * apart while a rebuilt blob keeps its findings' identities.
 */
export function fingerprint(finding: Finding): string {
  const l = finding.location;
  const target = l.via ?? l.path;
  const message = finding.message.replace(/\b[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}/g, "<digest>");
  return createHash("sha256").update([finding.rule, l.source, target, l.pointer ?? "", message].join("\u0000")).digest("hex").slice(0, 32);
}

function artifactLocation(file: string, cwd: string) {
  const absolute = isAbsolute(file) ? file : `${cwd}${sep}${file}`;
  const rel = relative(cwd, absolute);
  if (rel.startsWith("..") || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
