#!/usr/bin/env node
// The command-line face of ocilint: parse argv, call lint(), print, choose the exit code.

import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { DOCUMENT_KINDS, LEVEL_RANK, type DocumentKind, type Level, type Setting } from "./model/index.js";
import { lint, type LintProgress, type LintResult } from "./lint.js";
import type { LayerDepth } from "./engine/walkLayout.js";
import type { RegistryOptions } from "./lintRegistry.js";
import { formatStylish } from "./format/stylish.js";
import { progressDisplay } from "./format/progress.js";
import { hookTargets } from "./hook/hookTargets.js";
import { resolve } from "node:path";
import { formatJson } from "./format/json.js";
import { formatSarif } from "./format/sarif.js";
import { formatGithub } from "./format/github.js";
import { writeAtomically } from "./format/writeAtomically.js";
import { UsageError } from "./errors.js";
import { VERSION } from "./version.js";
import { findRule, parseSetting } from "./engine/ruleSettings.js";
import { formatRuleList, explainRule } from "./format/ruleList.js";
import type { Preset } from "../rules/index.js";

const FORMATS = ["stylish", "json", "sarif", "github"] as const;
type FormatName = (typeof FORMATS)[number];

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

// yargs drops a bare "-", so standard input travels through argument parsing under another name.
const STDIN_ARG = "\u0000stdin";

async function main(argv: string[]): Promise<number> {
  let usageError: string | undefined;
  const parser = yargs(argv.map((arg) => (arg === "-" ? STDIN_ARG : arg)))
    .scriptName("ocilint")
    .usage("$0 [targets..]\n\nCheck OCI images: image layout directories, oci-archive tarballs (plain, gzip or zstd) and single documents (manifests, indexes, configs, descriptors, oci-layout files), and runtime bundles and their config.json, state and features documents.")
    .command("$0 [targets..]", false)
    .positional("targets", { type: "string", array: true, describe: "layout directories, runtime bundles, oci-archives, files, globs, or - for standard input" })
    .option("kind", { type: "string", choices: DOCUMENT_KINDS, describe: "treat every document as this kind instead of detecting it" })
    .option("format", { alias: "f", type: "string", choices: FORMATS, describe: "output format; repeat with --output to write several (default stylish)" })
    .option("output", { alias: "o", type: "string", describe: "write the report to this file (atomically); pairs with --format in order" })
    .option("sarif-include-suppressed", { type: "boolean", default: false, describe: "include suppressed findings in SARIF, marked as suppressed" })
    .option("context", { type: "number", default: 0, describe: "show N lines of JSON around each finding, with a caret under it (stylish)" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "report errors only" })
    .option("color", { type: "boolean", describe: "force colour on or off (--no-color); NO_COLOR is honoured" })
    .option("config", { alias: "c", type: "string", describe: "use this config file instead of searching for one (--no-config: use none)" })
    .option("preset", { type: "string", choices: ["recommended", "strict", "all"] as const, describe: "rules to run when no config says (default recommended)" })
    .option("rule", { type: "string", describe: "set a rule's level: --rule digest-format=warning (repeatable; id or name)" })
    .option("fail-on", { type: "string", choices: ["error", "warning", "note"] as const, default: "error", describe: "exit 1 when a finding is at this level or above" })
    .option("max-warnings", { type: "number", describe: "exit 1 when there are more warnings than this" })
    .option("allow-missing-blobs", { type: "boolean", default: false, describe: "the layout relies on an external blob store: missing blobs are warnings" })
    .option("layers", { type: "string", choices: ["full", "diff-ids", "digests"] as const, default: "full", describe: "layer checks: full (digests, diff_ids, every tar entry), diff-ids (no tar walk), digests (hash and size only)" })
    .option("hook", { type: "boolean", default: false, describe: "pre-commit mode: targets are changed files; lint each layout they belong to once, and the OCI JSON documents among them" })
    .option("changed-only", { type: "boolean", default: false, describe: "with --hook: hash and decompress only the blobs among the changed files; check the others' presence and size" })
    .option("platform", { type: "string", describe: "registry: lint only this image (os/arch[/variant]) of an image index" })
    .option("blobs", { type: "boolean", default: false, describe: "registry: stream and check every layer (digest, diff_id, tar entries); otherwise layers only get a HEAD (existence, size)" })
    .option("insecure", { type: "boolean", default: false, describe: "registry: plain HTTP (always so for localhost and 127.0.0.1)" })
    .option("username", { type: "string", describe: "registry: user name (password from --password-stdin or OCILINT_REGISTRY_PASSWORD); default: docker config.json" })
    .option("password-stdin", { type: "boolean", default: false, describe: "registry: read the password from standard input" })
    .option("timeout", { type: "number", default: 30, describe: "registry: seconds to wait for an answer, or for the next chunk of one" })
    .option("list-rules", { type: "boolean", describe: "print every rule (id, name, level, presets, category) and exit" })
    .option("explain", { type: "string", describe: "print a rule's documentation and exit" })
    .example("$0 build/oci-layout", "check an image layout: every document and every blob")
    .example("$0 image.tar", "check an oci-archive without extracting it")
    .example("$0 build/oci-layout -f sarif -o ocilint.sarif -f stylish", "SARIF to a file, the usual report to the terminal")
    .example("$0 path/to/bundle", "check a runtime bundle: config.json and its root filesystem")
    .example("$0 registry.example.com/team/app:1.0 --blobs", "check an image in a registry, layers included")
    .example("$0 manifest.json", "check one document")
    .example("$0 'images/**/*.json' --format json", "check many documents, machine-readable output")
    .example("cat index.json | $0 - --kind index", "read standard input as an image index")
    .example("$0 --explain digest-format", "why a rule exists and how to fix its findings")
    .epilogue("Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or more than --max-warnings), 2 usage error, bad config or unreadable input.")
    .version(VERSION)
    .alias("v", "version")
    .help()
    .alias("h", "help")
    .strict()
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((message, error) => {
      usageError = message || error?.message || "invalid arguments";
    });

  const args = await parser.parseAsync();
  if (usageError !== undefined) {
    process.stderr.write(`ocilint: ${usageError}\nRun "ocilint --help" for usage.\n`);
    return EXIT_USAGE;
  }
  // --help and --version print and set this; yargs does not exit because of exitProcess(false).
  if (args["help"] || args["version"]) return EXIT_OK;

  if (args["list-rules"]) {
    process.stdout.write(formatRuleList());
    return EXIT_OK;
  }
  if (args.explain !== undefined) {
    const rule = findRule(args.explain);
    if (!rule) throw new UsageError(`unknown rule "${args.explain}"; run "ocilint --list-rules"`);
    process.stdout.write(explainRule(rule));
    return EXIT_OK;
  }

  let targets = ((args["targets"] as string[] | undefined) ?? []).map((t) => (t === STDIN_ARG ? "-" : t));
  let verifyBlob: ((path: string) => boolean) | undefined;
  if (args.hook) {
    // pre-commit: the targets are changed files; lint the layouts they belong to and the OCI documents.
    const found = await hookTargets(targets, process.cwd());
    targets = [...found.layouts.keys(), ...found.documents];
    if (targets.length === 0) return EXIT_OK;
    if (args["changed-only"]) {
      const changed = new Set([...found.layouts.values()].flatMap((files) => [...files]));
      verifyBlob = (path) => changed.has(resolve(path));
    }
  }
  if (targets.length === 0) {
    process.stderr.write('ocilint: no targets given\nRun "ocilint --help" for usage.\n');
    return EXIT_USAGE;
  }
  const config = args.config as string | boolean | undefined;
  const progress = progressDisplay(process.stderr, process.env);
  const result = await lint(targets, {
    ...(args.kind ? { kind: args.kind as DocumentKind } : {}),
    ...(args.preset ? { preset: args.preset as Preset } : {}),
    ...(config === false ? { config: false } : typeof config === "string" ? { config } : {}),
    rules: parseRuleFlags(listOf(args.rule)),
    allowMissingBlobs: args["allow-missing-blobs"],
    ...(verifyBlob ? { verifyBlob } : {}),
    layers: args.layers as LayerDepth,
    registry: await registryOptions(args, targets),
    ...(progress ? { onProgress: (p: LintProgress) => progress.update(p) } : {}),
  }).finally(() => progress?.done());
  if (args.quiet) keepErrorsOnly(result);
  const code = exitCode(result, args["fail-on"] as Level, args["max-warnings"]);

  const formats = (args.format === undefined ? ["stylish"] : listOf(args.format)) as FormatName[];
  const outputs = listOf(args.output);
  if (outputs.length > formats.length) throw new UsageError("more --output files than --format values; give one --format per --output");
  let stdoutUsed = false;
  for (const [i, format] of formats.entries()) {
    const file = outputs[i];
    const color = file === undefined && useColor(args.color);
    const width = file === undefined && process.stdout.isTTY ? process.stdout.columns : undefined;
    const text = render(format, result, { color, width, exitCode: code, includeSuppressed: args["sarif-include-suppressed"], context: args.context });
    if (file === undefined) {
      process.stdout.write(text);
      stdoutUsed = true;
    } else {
      await writeAtomically(file, text);
    }
  }
  // Reports went to files: the terminal still gets the one-line summary.
  if (!stdoutUsed) process.stdout.write(formatStylish({ ...result, findings: [] }, { color: useColor(args.color), summaryOnly: true }));
  return code;
}

function render(format: FormatName, result: LintResult, options: { color: boolean; width: number | undefined; exitCode: number; includeSuppressed: boolean; context: number }): string {
  switch (format) {
    case "json": return formatJson(result, VERSION);
    case "sarif": return formatSarif(result, { toolVersion: VERSION, cwd: process.cwd(), exitCode: options.exitCode, includeSuppressed: options.includeSuppressed });
    case "github": return formatGithub(result);
    case "stylish": return formatStylish(result, { color: options.color, context: options.context, ...(options.width ? { width: options.width } : {}) });
  }
}

/** `--rule name=level`, repeatable; a typo is a usage error, not a silently ignored flag. */
function parseRuleFlags(flags: readonly string[]): Record<string, Setting> {
  const out: Record<string, Setting> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf("=");
    const name = flag.slice(0, eq);
    const setting = eq > 0 ? parseSetting(flag.slice(eq + 1)) : undefined;
    if (eq <= 0 || setting === undefined) throw new UsageError(`--rule "${flag}": expected rule=level with level error, warning, note or off`);
    if (!findRule(name)) throw new UsageError(`--rule "${flag}": unknown rule "${name}"; run "ocilint --list-rules"`);
    out[name] = setting;
  }
  return out;
}

function keepErrorsOnly(result: LintResult): void {
  result.findings = result.findings.filter((f) => f.level === "error");
  for (const r of result.results) {
    r.findings = r.findings.filter((f) => f.level === "error");
    r.counts = { error: r.counts.error, warning: 0, note: 0 };
  }
  result.counts = { error: result.counts.error, warning: 0, note: 0 };
}

function exitCode(result: LintResult, failOn: Level, maxWarnings: number | undefined): number {
  const threshold = LEVEL_RANK[failOn];
  if (result.findings.some((f) => LEVEL_RANK[f.level] >= threshold)) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && result.counts.warning > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

function useColor(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if ("NO_COLOR" in process.env && process.env["NO_COLOR"] !== "") return false;
  if (process.env["FORCE_COLOR"] && process.env["FORCE_COLOR"] !== "0") return true;
  return process.stdout.isTTY === true;
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`ocilint: ${error.message}\n`);
    } else {
      // A bug: say so in one line; OCILINT_DEBUG shows the stack for whoever fixes it.
      const detail = process.env["OCILINT_DEBUG"] && error instanceof Error ? `\n${error.stack}` : "";
      process.stderr.write(`ocilint: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    }
    process.exitCode = EXIT_USAGE;
  },
);

/** Repeatable flags are plain strings (an array option would swallow the targets after it); yargs
 * turns a repeated one into an array. */
function listOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Registry flags; credentials from --username and --password-stdin, else OCILINT_REGISTRY_USERNAME/PASSWORD. */
async function registryOptions(args: { platform?: string | undefined; blobs: boolean; insecure: boolean; username?: string | undefined; "password-stdin": boolean; timeout: number }, targets: string[]): Promise<RegistryOptions> {
  if (!(args.timeout > 0)) throw new UsageError(`--timeout ${args.timeout}: expected a number of seconds above 0`);
  let username = args.username ?? process.env["OCILINT_REGISTRY_USERNAME"];
  let password = process.env["OCILINT_REGISTRY_PASSWORD"];
  if (args["password-stdin"]) {
    if (targets.includes("-")) throw new UsageError("--password-stdin and the target - both want standard input");
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  if ((username === undefined) !== (password === undefined)) throw new UsageError("a registry username needs a password (--password-stdin or OCILINT_REGISTRY_PASSWORD) and a password needs a username (--username or OCILINT_REGISTRY_USERNAME)");
  return {
    ...(args.platform !== undefined ? { platform: args.platform } : {}),
    blobs: args.blobs, insecure: args.insecure, timeoutMs: args.timeout * 1000,
    ...(username !== undefined && password !== undefined ? { username, password } : {}),
  };
}
