// Rewrites the rule table in README.md from the compiled registry (run after `npm run build`).
// test/rules/docs.test.ts fails when the README's table and the registry disagree.

import { readFileSync, writeFileSync } from "node:fs";

const { formatRuleTableMarkdown } = await import(new URL("../dist/src/format/ruleList.js", import.meta.url).href);
const path = new URL("../README.md", import.meta.url);
const readme = readFileSync(path, "utf8");
const start = "<!-- rules:start -->";
const end = "<!-- rules:end -->";
if (!readme.includes(start) || !readme.includes(end)) throw new Error("README.md lacks the rules:start / rules:end markers");
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
writeFileSync(path, `${before}\n${formatRuleTableMarkdown()}\n${after}`);
