// --list-rules and --explain: the registry as people read it.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { allRules, type Rule } from "../../rules/index.js";

export function formatRuleList(): string {
  const rows = [...allRules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => [r.id, r.name, r.level, r.presets.filter((p) => p !== "all").join(",") || "all", r.category]);
  const header = ["ID", "NAME", "LEVEL", "PRESETS", "CATEGORY"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line), "", `${rows.length} rules. ocilint --explain <id or name> for one rule's documentation.`, ""].join("\n");
}

/** The rule table in README.md (between its rules:start and rules:end markers), one row per rule. */
export function formatRuleTableMarkdown(): string {
  const rows = [...allRules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => `| \`${r.id}\` | [${r.name}](rules/${r.name}.md) | ${r.level} | ${r.presets.filter((p) => p !== "all").join(", ") || "all"} | ${r.category} | ${r.title.replace(/\|/g, "\\|")} |`);
  return ["| id | name | level | presets | category | what it finds |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

/** The text of a rule's doc page (rules/<name>.md), when the package has it. */
export function ruleDoc(name: string): string | undefined {
  const doc = docPath(name);
  return doc ? readFileSync(doc, "utf8") : undefined;
}

/** The rule's doc page when it exists, else its metadata. */
export function explainRule(rule: Rule): string {
  const doc = ruleDoc(rule.name);
  if (doc) return doc;
  return [
    `# ${rule.name} (${rule.id})`,
    "",
    rule.title,
    "",
    rule.description,
    "",
    `- Level: ${rule.level}`,
    `- Presets: ${rule.presets.join(", ")}`,
    `- Category: ${rule.category}`,
    `- Specification: ${rule.spec}`,
    "",
  ].join("\n");
}

function docPath(name: string): string | undefined {
  // rules/ sits beside src/ when run from sources and beside dist/ when built.
  for (const relative of [`../../rules/${name}.md`, `../../../rules/${name}.md`]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}
