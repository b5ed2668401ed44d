// Finds the config file (from the working directory up to the git root) and reads it.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "../errors.js";
import { parseJson } from "../json/parseJson.js";
import { ConfigProblem, validateConfig } from "./validateConfig.js";
import type { LoadedConfig } from "./types.js";

/**
 * import() of a JavaScript config. The executable runs the bundled CLI as a vm script compiled from
 * V8's code cache (src/ocilint.ts), where Node 20 offers import() only as an experimental feature that
 * the cache loses; the executable, an ES module, lends its own import() under this symbol instead.
 */
export const IMPORT_MODULE = Symbol.for("ocilint.importModule");

function importModule(url: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[IMPORT_MODULE] as ((url: string) => Promise<unknown>) | undefined;
  return lent ? lent(url) : import(url);
}

/** In one directory, the first of these that exists is the config. */
export const CONFIG_FILES = [".ocilintrc.json", ".ocilintrc.yaml", ".ocilintrc.yml", "ocilint.config.mjs", "package.json"] as const;

/** The nearest config from `cwd` up to the git root (or the filesystem root outside a repository). */
export async function findConfig(cwd: string): Promise<LoadedConfig | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      // One stat per candidate: most do not exist, in every directory up to the git root, on every run.
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
      if (name === "package.json") {
        const pkg = readJsonFile(path);
        if (typeof pkg === "object" && pkg !== null && "ocilint" in pkg) return checked(path, (pkg as Record<string, unknown>)["ocilint"], "/ocilint");
        continue;
      }
      return loadConfigFile(path);
    }
    if (existsSync(join(dir, ".git"))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a config named with --config (any of the supported kinds, by extension). */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  if (!existsSync(path)) throw new UsageError(`config "${path}" does not exist`);
  if (path.endsWith(".mjs") || path.endsWith(".js")) {
    let module: { default?: unknown };
    try {
      module = (await importModule(pathToFileURL(resolve(path)).href)) as { default?: unknown };
    } catch (error) {
      throw new UsageError(`config "${path}" failed to load: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    return checked(path, module.default, "");
  }
  if (path.endsWith(".yaml") || path.endsWith(".yml")) return checked(path, await readYamlFile(path), "");
  const value = readJsonFile(path);
  return path.endsWith("package.json") ? checked(path, (value as Record<string, unknown>)["ocilint"], "/ocilint") : checked(path, value, "");
}

function checked(path: string, value: unknown, base: string): LoadedConfig {
  try {
    return { path, config: validateConfig(value) };
  } catch (error) {
    if (error instanceof ConfigProblem) throw new UsageError(`invalid config "${path}" at ${base}${error.pointer || "/"}: ${error.message}`);
    throw error;
  }
}

function readJsonFile(path: string): unknown {
  const parsed = parseJson(readFileSync(path));
  const problem = parsed.problems.find((p) => p.kind !== "bom");
  if (!parsed.ok || problem) {
    const p = problem ?? parsed.problems[0];
    throw new UsageError(`invalid config "${path}" at line ${p?.position.line}, column ${p?.position.column}: ${p?.message}`);
  }
  return parsed.value;
}

async function readYamlFile(path: string): Promise<unknown> {
  // Loaded only for YAML configs. Bundled, the CommonJS build's exports may sit under `default`.
  const yaml = (await import("yaml")) as typeof import("yaml") & { default?: typeof import("yaml") };
  const parseDocument = yaml.parseDocument ?? yaml.default!.parseDocument;
  const doc = parseDocument(readFileSync(path, "utf8"), { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new UsageError(`invalid config "${path}"${at ? ` at line ${at.line}, column ${at.col}` : ""}: ${error.message.split("\n")[0]}`);
  }
  return doc.toJS();
}
