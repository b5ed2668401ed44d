// npm run build / prepare: generate the ahead-of-time schema validators, then compile TypeScript.
// Used by `prepare` too, so installing ocilint from git builds it.

import { spawnSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

function run(script, args = []) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(fileURLToPath(new URL("./generate-rule-index.mjs", import.meta.url)));
run(fileURLToPath(new URL("./generate-validators.mjs", import.meta.url)));
// typescript's exports map hides bin/tsc; find it beside its package.json.
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
run(tsc, ["-p", "tsconfig.json"]);
run(fileURLToPath(new URL("./generate-config-schema.mjs", import.meta.url)));
// The executable: one ESM chunk for the CLI and everything it imports (start-up resolves one module,
// not a hundred), split from a tiny entry so `--version` loads nothing. Native zstd stays external.
const { build } = await import("esbuild");
// Chunk names carry content hashes: clear the old ones so the package ships only this build's.
rmSync(new URL("../dist/bin/", import.meta.url), { recursive: true, force: true });
await build({
  // The scan worker is its own entry: each worker thread then loads one file, not the module graph.
  entryPoints: ["dist/src/ocilint.js", "dist/src/content/scanWorker.js"], absWorkingDir: root, bundle: true, splitting: true, format: "esm", platform: "node",
  target: "node20", outdir: "dist/bin", entryNames: "[name]", chunkNames: "[name]-[hash]", logLevel: "warning",
  external: ["zstd-napi", "fzstd"],
  // The CommonJS dependencies (yargs' helpers, fast-glob, picomatch) require() Node built-ins.
  banner: { js: 'import { createRequire as ocilintCreateRequire } from "node:module"; const require = ocilintCreateRequire(import.meta.url);' },
});
chmodSync(new URL("../dist/bin/ocilint.js", import.meta.url), 0o755);
chmodSync(new URL("../dist/src/cli.js", import.meta.url), 0o755);
