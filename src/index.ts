// The library face of ocilint: `import { lint, lintDocument } from "ocilint"`.

export { lint, lintDocument } from "./lint.js";
export type { LintOptions, LintDocumentOptions, LintProgress, LintResult, TargetResult } from "./lint.js";
export type { StylishOptions } from "./format/stylish.js";
export type { LayerDepth } from "./engine/walkLayout.js";
export type { RegistryOptions } from "./lintRegistry.js";
export { DEFAULT_LIMITS } from "./sources/limits.js";
export type { ContentLimits } from "./sources/limits.js";
export { formatStylish } from "./format/stylish.js";
export { formatJson, JSON_FORMAT_VERSION } from "./format/json.js";
export { formatSarif } from "./format/sarif.js";
export type { SarifOptions } from "./format/sarif.js";
export { formatGithub } from "./format/github.js";
export { formatRuleList, explainRule } from "./format/ruleList.js";
export { UsageError } from "./errors.js";
export { VERSION } from "./version.js";
export { rules, allRules } from "../rules/index.js";
export type { Rule, Category, Preset } from "../rules/index.js";
export * from "./model/index.js";
