#!/usr/bin/env node
// The `ocilint` executable. `--version` answers before anything else loads. Every other run loads the
// CLI, which the build bundles into one CommonJS file (dist/bin/cli.cjs) so it can be compiled from
// V8's code cache: parsing and compiling 1.7 MB of JavaScript is most of ocilint's start-up, and
// Node 20 keeps no compiled code for ES modules.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  // dist/bin/ → the package root.
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${manifest.version}\n`);
} else {
  runCli(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
}

/**
 * Runs the CLI bundle as CommonJS would, with the code cache the build made beside it (cli.cache).
 * V8 rejects a cache made by another Node or for other source, and the script then compiles as usual.
 */
function runCli(file: string): void {
  const require = createRequire(file);
  // The bundle's one import() (a user's ocilint.config.mjs) comes here: see IMPORT_MODULE in src/config/loadConfig.ts.
  (globalThis as Record<symbol, unknown>)[Symbol.for("ocilint.importModule")] = (url: string) => import(url);
  // The #! line becomes a comment: the source sits inside a function.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8").replace(/^#!/, "//")}\n})`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file.replace(/\.cjs$/, ".cache"));
  } catch {
    // No cache (a build without one): compile from source.
  }
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  // Only the build sets this: it runs ocilint once over an example and keeps what V8 compiled.
  const cacheOut = process.env["OCILINT_BUILD_CODE_CACHE"];
  if (cacheOut) process.once("exit", () => writeFileSync(cacheOut, script.createCachedData()));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dirname(file));
}
