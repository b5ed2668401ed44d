// Runtime bundles on disk: config.json through the document pipeline as a runtime config, then the
// checks only the directory can answer (root.path is a directory inside the bundle).

import { isObject, rules } from "../rules/index.js";
import { runtimePlatform, type Finding } from "./model/index.js";
import { checkDocument } from "./engine/checkDocument.js";
import { FindingSink, compareFindings } from "./engine/findingSink.js";
import type { RuleSettings } from "./engine/ruleSettings.js";
import type { ContentLimits } from "./sources/limits.js";
import { resolveFrom } from "./sources/looseFiles.js";
import { readBundleConfig, rootPathProblem } from "./sources/bundleDirectory.js";

export interface BundleOptions {
  settings: RuleSettings;
  limits: ContentLimits;
}

/** Findings for the bundle directory `path` (as the user gave it), resolved from `cwd`. */
export async function lintBundle(path: string, cwd: string, options: BundleOptions): Promise<Finding[]> {
  const root = resolveFrom(cwd, path);
  const place = { source: path, path: "config.json" };
  const read = await readBundleConfig(root, options.limits.maxDocumentBytes);
  if (read.state !== "ok") {
    const sink = new FindingSink(options.settings, place);
    if (read.state === "too-large") {
      sink.report(rules["json-limits"], `document is ${read.size} bytes, over the ${options.limits.maxDocumentBytes}-byte limit for a JSON document`);
    } else {
      sink.report(rules["runtime-bundle-config"], read.message);
    }
    return sink.findings;
  }
  const result = checkDocument({ bytes: read.bytes, place, kind: "runtime-config" }, options.settings);
  const findings = [...result.findings];
  const config = result.value;
  const rootConfig = isObject(config) ? config["root"] : undefined;
  // A Windows root is a volume GUID path, not a directory of the bundle.
  if (isObject(config) && runtimePlatform(config) !== "windows" && isObject(rootConfig) && typeof rootConfig["path"] === "string") {
    const problem = await rootPathProblem(root, rootConfig["path"]);
    if (problem !== undefined) {
      const sink = new FindingSink(options.settings, place, result.parsed);
      sink.report(rules["runtime-root-path"], problem, "/root/path");
      findings.push(...sink.findings);
    }
  }
  return findings.sort(compareFindings);
}
