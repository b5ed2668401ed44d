// The one call behind both faces of ocilint: the CLI and the library.

import { isAbsolute, relative } from "node:path";
import { countFindings, type Counts, type DocumentKind, type Finding, type Setting } from "./model/index.js";
import { checkDocument } from "./engine/checkDocument.js";
import { findRule, type RuleSettings } from "./engine/ruleSettings.js";
import { FindingSink, compareFindings } from "./engine/findingSink.js";
import { isArchiveFile, readLooseFile, readStdin, resolveFrom, resolveTargets, type LooseDocument } from "./sources/looseFiles.js";
import { lintArchive } from "./lintArchive.js";
import { UsageError } from "./errors.js";
import { rules } from "../rules/index.js";
import { lintLayoutDirectory } from "./lintLayout.js";
import type { LayerDepth } from "./engine/walkLayout.js";
import type { RegistryOptions } from "./lintRegistry.js";
import { lintBundle } from "./lintBundle.js";
import { isBundleDirectory } from "./sources/bundleDirectory.js";
import { DEFAULT_LIMITS, type ContentLimits } from "./sources/limits.js";
import { findConfig, loadConfigFile } from "./config/loadConfig.js";
import { resolveSettings } from "./config/resolveSettings.js";
import { applySuppressions, type SuppressedFinding } from "./config/suppressions.js";
import type { LoadedConfig } from "./config/types.js";
import type { Preset } from "../rules/index.js";

export interface LintOptions {
  /** Force the document kind instead of detecting it. */
  kind?: DocumentKind;
  /** Rule levels by rule id or name; applied over the config file's. */
  rules?: Readonly<Record<string, Setting>>;
  /** Which rules run when no config says: recommended (default), strict or all. */
  preset?: Preset;
  /** A config file to use; false to use none; by default the nearest one from cwd up to the git root. */
  config?: string | false;
  /** Directory that relative targets are resolved from (default: process.cwd()). */
  cwd?: string;
  /** Where `-` reads from (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Bounds on documents, decompression, tar entries and the descriptor graph (see DEFAULT_LIMITS). */
  limits?: Partial<ContentLimits>;
  /** The layout relies on an external blob store: a missing blob is a warning, not an error. */
  allowMissingBlobs?: boolean;
  /** Which layout blob files (absolute paths) to read and hash; the rest are checked for existence and
   * size only (pre-commit's --changed-only). Default: every blob. */
  verifyBlob?: (path: string) => boolean;
  /** How deep layer checks go: `full` (default: digests, diff_ids, every tar entry), `diff-ids` (no tar
   * walk) or `digests` (hash and size only). */
  layers?: LayerDepth;
  /** Cancels the lint: the promise rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
  /** Progress of long work (layouts and archives): called as blobs are read. */
  onProgress?: (progress: LintProgress) => void;
  /** How image references (`registry.example.com/ns/app:1.0`, `docker://…`) are read. */
  registry?: RegistryOptions;
}

export interface LintProgress {
  /** The target being read, as given. */
  target: string;
  /** Blobs read so far in it, and their stored bytes. */
  blobs: number;
  bytes: number;
}

export interface TargetResult {
  /** The target as given. */
  target: string;
  /** What the target was found to be: a document kind, `layout` for an image layout directory, `archive` for an oci-archive, `bundle` for a runtime bundle, `registry` for an image in a registry. */
  kind: DocumentKind | "layout" | "archive" | "bundle" | "registry" | undefined;
  findings: Finding[];
  counts: Counts;
}

export interface LintResult {
  results: TargetResult[];
  /** Every finding not suppressed, sorted by source, path and position. */
  findings: Finding[];
  counts: Counts;
  /** Findings hidden by a suppression in the config, with its reason. */
  suppressed: SuppressedFinding[];
  /** The config file used, if any. */
  configPath?: string;
}

/** Lints files, globs, `-` (stdin). Throws UsageError when a target cannot be read. */
export async function lint(targets: string | readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const limits: ContentLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxBytes = limits.maxDocumentBytes;
  const loaded = options.config === false ? undefined : options.config ? await loadConfigFile(options.config) : await findConfig(cwd);
  // An external blob store makes missing blobs expected: warn unless the user set the rule's level.
  const settings = resolveSettings({
    ...(loaded ? { config: loaded.config } : {}),
    ...(options.preset ? { preset: options.preset } : {}),
    rules: { ...(options.allowMissingBlobs && !configSetsRule(loaded, "blob-missing") ? { "blob-missing": "warning" as const } : {}), ...options.rules },
  });
  const onProgress = options.onProgress;
  const walkOptions = (target: string) => ({
    settings, limits, allowMissingBlobs: options.allowMissingBlobs ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.verifyBlob ? { verifyBlob: options.verifyBlob } : {}),
    layers: options.layers ?? "full",
    ...(onProgress ? { onProgress: (p: { blobs: number; bytes: number }) => onProgress({ target, ...p }) } : {}),
  });
  const results: TargetResult[] = [];
  options.signal?.throwIfAborted();
  for (const target of await resolveTargets(typeof targets === "string" ? [targets] : targets, cwd)) {
    options.signal?.throwIfAborted();
    if (target.type === "registry") {
      // Loaded on first use: linting files never pays for the registry client.
      const { lintRegistry } = await import("./lintRegistry.js");
      const findings = await lintRegistry(target.reference, walkOptions(target.reference), options.registry);
      results.push({ target: target.reference, kind: "registry", findings, counts: countFindings(findings) });
      continue;
    }
    if (target.type === "directory" && (await isBundleDirectory(resolveFrom(cwd, target.path)))) {
      const findings = await lintBundle(target.path, cwd, { settings, limits });
      results.push({ target: target.path, kind: "bundle", findings, counts: countFindings(findings) });
      continue;
    }
    if (target.type === "directory") {
      const findings = await lintLayoutDirectory(target.path, cwd, walkOptions(target.path));
      results.push({ target: target.path, kind: "layout", findings, counts: countFindings(findings) });
      continue;
    }
    if (target.type === "file" && (await isArchiveFile(target.path, cwd))) {
      const findings = await lintArchive(target.path, cwd, walkOptions(target.path));
      results.push({ target: target.path, kind: "archive", findings, counts: countFindings(findings) });
      continue;
    }
    const document =
      target.type === "stdin" ? await readStdin(options.stdin ?? process.stdin, maxBytes) : await readLooseFile(target.path, cwd, maxBytes);
    results.push(lintLoose(document, settings, options.kind, maxBytes));
  }
  return summarise(results, loaded, settings, cwd);
}

export interface LintDocumentOptions {
  kind?: DocumentKind;
  /** The name findings report (default `<input>`). */
  path?: string;
  rules?: Readonly<Record<string, Setting>>;
  preset?: Preset;
}

/** Lints one JSON document held in memory: text, bytes, or an already parsed value. */
export function lintDocument(json: string | Uint8Array | object, options: LintDocumentOptions = {}): LintResult {
  const path = options.path ?? "<input>";
  const bytes = typeof json === "string" || json instanceof Uint8Array ? json : JSON.stringify(json, null, 2);
  const settings = resolveSettings({ ...(options.preset ? { preset: options.preset } : {}), ...(options.rules ? { rules: options.rules } : {}) });
  const result = checkDocument({ bytes, place: { source: path, path }, ...(options.kind ? { kind: options.kind } : {}) }, settings);
  return summarise([{ target: path, kind: result.kind, findings: result.findings, counts: countFindings(result.findings) }], undefined, settings, process.cwd());
}

function lintLoose(document: LooseDocument, settings: RuleSettings, kind: DocumentKind | undefined, maxBytes: number): TargetResult {
  const place = { source: document.name, path: document.name };
  if (document.bytes === undefined) {
    const sink = new FindingSink(settings, place);
    sink.report(rules["json-limits"], `document is ${document.size} bytes, over the ${maxBytes}-byte limit for a JSON document`, undefined, { line: 1, column: 1 });
    return { target: document.name, kind, findings: sink.findings, counts: countFindings(sink.findings) };
  }
  const result = checkDocument({ bytes: document.bytes, place, ...(kind ? { kind } : {}) }, settings);
  return { target: document.name, kind: result.kind, findings: result.findings, counts: countFindings(result.findings) };
}

function configSetsRule(loaded: LoadedConfig | undefined, name: string): boolean {
  return Object.keys(loaded?.config.rules ?? {}).some((key) => findRule(key)?.name === name);
}

/** A path inside the working directory is shown relative to it, as the user would type it. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

function summarise(results: TargetResult[], loaded: LoadedConfig | undefined, settings: RuleSettings, cwd: string): LintResult {
  const suppressed: SuppressedFinding[] = [];
  const configFindings: Finding[] = [];
  if (loaded?.config.suppressions?.length) {
    const outcome = applySuppressions(results.flatMap((r) => r.findings), loaded.config.suppressions);
    const kept = new Set(outcome.kept);
    for (const r of results) {
      r.findings = r.findings.filter((f) => kept.has(f));
      r.counts = countFindings(r.findings);
    }
    suppressed.push(...outcome.suppressed);
    const shown = displayPath(loaded.path, cwd);
    const sink = new FindingSink(settings, { source: shown, path: shown });
    for (const i of outcome.expired) sink.report(rules["suppression-expired"], `suppression of ${loaded.config.suppressions[i]!.rule} expired on ${loaded.config.suppressions[i]!.expires}; its findings are reported again`, `/suppressions/${i}`);
    for (const i of outcome.unused) sink.report(rules["suppression-unused"], `suppression of ${loaded.config.suppressions[i]!.rule} matched no finding; remove it`, `/suppressions/${i}`);
    configFindings.push(...sink.findings);
  }
  const findings = [...results.flatMap((r) => r.findings), ...configFindings].sort(compareFindings);
  return { results, findings, counts: countFindings(findings), suppressed, ...(loaded ? { configPath: loaded.path } : {}) };
}
