// The library face of ocilint: `import { lint, lintDocument } from "ocilint"`.

export { lint, lintDocument } from "./lint.js";
export type { LintOptions, LintDocumentOptions, LintProgress, LintResult, TargetResult } from "./lint.js";
export { formatStylish } from "./format/stylish.js";
export { formatJson, JSON_FORMAT_VERSION } from "./format/json.js";
export { UsageError } from "./errors.js";
export { VERSION } from "./version.js";
export { rules, allRules } from "../rules/index.js";
export type { Rule, Category, Preset } from "../rules/index.js";
export * from "./model/index.js";
