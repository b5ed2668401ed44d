// One JSON document through the pipeline: parse with positions, detect its kind, schema, rules.

import { isRuntimeKind, type DocumentKind, type Finding } from "../model/index.js";
import { parseJson } from "../json/parseJson.js";
import type { ParsedJson } from "../json/types.js";
import { validateSchema } from "../schema/validateSchema.js";
import { rules, allRules, isObject, type AnnotationsRule, type DescriptorRule, type DocumentRule, type JsonObject, type NodeContext, type PlatformRule, type ReportInput, type Rule } from "../../rules/index.js";
import { detectKind, kindForMediaType } from "./detectKind.js";
import { reportJsonProblems } from "./jsonFindings.js";
import { documentNodes } from "./documentNodes.js";
import { findRule, type RuleSettings } from "./ruleSettings.js";
import { FindingSink, compareFindings, type DocumentPlace } from "./findingSink.js";

export interface DocumentInput {
  bytes: Uint8Array | string;
  place: DocumentPlace;
  /** Force the kind instead of detecting it (`--kind`, or the descriptor that led here). */
  kind?: DocumentKind;
  /** A manifest or index reached through a descriptor: when its own mediaType names another manifest
   * or index type, check it as that (the mismatch is reported once, against the descriptor). */
  preferOwnMediaType?: boolean;
}

export interface DocumentResult {
  kind: DocumentKind | undefined;
  /** The parsed value when the text was JSON. */
  value: unknown;
  parsed: ParsedJson;
  findings: Finding[];
}

export function checkDocument(input: DocumentInput, settings: RuleSettings): DocumentResult {
  const parsed = parseJson(input.bytes);
  const sink = new FindingSink(settings, input.place, parsed);
  const kind = parsed.ok ? (input.preferOwnMediaType ? ownManifestKind(parsed.value) : undefined) ?? input.kind ?? detectKind(parsed.value) : input.kind;
  // runtime-spec integers are Go int64/uint64 (RLIM_INFINITY is 2^64-1): large integers there are valid values.
  const runtime = kind !== undefined && isRuntimeKind(kind);
  reportJsonProblems(sink, parsed, (p) => runtime && p.kind === "unsafe-number" && !parsed.numberLiterals.has(p.pointer));
  if (!parsed.ok) return { kind, value: undefined, parsed, findings: sink.findings };

  if (kind === undefined) {
    sink.report(rules["unknown-document"], "cannot tell which OCI document this is from its mediaType or shape; use --kind", "");
    return { kind, value: parsed.value, parsed, findings: sink.findings };
  }

  for (const violation of validateSchema(kind, parsed.value)) {
    const rule = findRule(violation.rule) ?? rules.schema;
    sink.report(rule, violation.message, violation.pointer, { atKey: violation.atKey ?? false });
  }
  if (isObject(parsed.value)) runRules(kind, parsed.value, parsed, sink, settings);
  sink.findings.sort(compareFindings);
  return { kind, value: parsed.value, parsed, findings: sink.findings };
}

function ownManifestKind(value: unknown): DocumentKind | undefined {
  const mediaType = isObject(value) ? value["mediaType"] : undefined;
  if (typeof mediaType !== "string") return undefined;
  const kind = kindForMediaType(mediaType);
  return kind === "manifest" || kind === "index" || kind === "docker-manifest" || kind === "docker-manifest-list" ? kind : undefined;
}

interface RulePlan {
  document: DocumentRule[];
  descriptor: DescriptorRule[];
  annotations: AnnotationsRule[];
  platform: PlatformRule[];
}

// Which enabled rules apply to a kind, worked out once per settings and kind instead of for every one
// of 40,000 documents in a wide layout.
const plans = new WeakMap<RuleSettings, Map<DocumentKind, RulePlan>>();

function planFor(settings: RuleSettings, kind: DocumentKind): RulePlan {
  let byKind = plans.get(settings);
  if (!byKind) plans.set(settings, (byKind = new Map()));
  let plan = byKind.get(kind);
  if (!plan) {
    plan = { document: [], descriptor: [], annotations: [], platform: [] };
    for (const rule of allRules) {
      if (!settings.isEnabled(rule)) continue;
      if (rule.target === "document") {
        if (rule.kinds.includes(kind)) plan.document.push(rule);
      } else if (rule.target === "descriptor") plan.descriptor.push(rule);
      else if (rule.target === "annotations") plan.annotations.push(rule);
      else if (rule.target === "platform") plan.platform.push(rule);
    }
    byKind.set(kind, plan);
  }
  return plan;
}

function runRules(kind: DocumentKind, root: JsonObject, parsed: ParsedJson, sink: FindingSink, settings: RuleSettings): void {
  const plan = planFor(settings, kind);
  // One context per node, shared by the rules that look at it; report() files under the rule running.
  // A context per rule and node (object spread) was most of the time spent on a 20,000-entry index.
  let current: Rule = rules.schema;
  const report = (r: ReportInput) => sink.report(current, r.message, r.pointer, { atKey: r.atKey ?? false });
  const numberLiterals = parsed.numberLiterals;
  const run = <C extends NodeContext>(list: ReadonlyArray<{ check(ctx: C): void } & Rule>, context: C) => {
    for (const rule of list) {
      current = rule;
      rule.check(context);
    }
  };
  run(plan.document, { kind, document: root, node: root, pointer: "", numberLiterals, report });
  if (plan.descriptor.length + plan.annotations.length + plan.platform.length === 0) return;
  const nodes = documentNodes(kind, root);
  if (plan.descriptor.length > 0) for (const d of nodes.descriptors) run(plan.descriptor, { kind, document: root, node: d.node, pointer: d.pointer, numberLiterals, report, role: d.extra });
  if (plan.annotations.length > 0) for (const a of nodes.annotations) run(plan.annotations, { kind, document: root, node: a.node, pointer: a.pointer, numberLiterals, report, owner: a.extra });
  if (plan.platform.length > 0) for (const p of nodes.platforms) run(plan.platform, { kind, document: root, node: p.node, pointer: p.pointer, numberLiterals, report, owner: p.extra });
}
