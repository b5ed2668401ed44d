// npm run build / prepare: generate the ahead-of-time schema validators, then compile TypeScript.
// Used by `prepare` too, so installing ocilint from git builds it.

import { spawnSync } from "node:child_process";
import { chmodSync, rmSync, writeFileSync } from "node:fs";
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
// The executable: a tiny entry (`--version` loads nothing else) and the CLI with everything it imports in
// one file, so start-up reads one file and V8 can compile it from a code cache (see src/ocilint.ts). The
// scan worker is a file of its own: worker threads load just that. All CommonJS: Node starts a CommonJS
// entry ~6 ms sooner than an ES module (no module loader to set up). Native zstd stays external.
const { build } = await import("esbuild");
rmSync(new URL("../dist/bin/", import.meta.url), { recursive: true, force: true });
const common = {
  absWorkingDir: root, bundle: true, platform: "node", target: "node20", logLevel: "warning", external: ["zstd-napi", "fzstd"], format: "cjs",
  // Modules find files beside themselves (package.json, the cache, the scan worker) through import.meta.url.
  define: { "import.meta.url": "ocilintModuleUrl" },
  // "use strict" first: the sources are ES modules, strict throughout, and a banner would push esbuild's own
  // directive out of the prologue.
  banner: { js: '"use strict";\nconst ocilintModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};
await build({ ...common, entryPoints: ["dist/src/ocilint.js"], outfile: "dist/bin/ocilint.js" });
await build({ ...common, entryPoints: ["dist/src/content/scanWorker.js"], outfile: "dist/bin/scanWorker.js" });
await build({
  ...common, entryPoints: ["dist/src/cli.js"], outfile: "dist/bin/cli.cjs",
  // 1.75 → 1.2 MB to read and for V8 to check against its cache; names stay, for readable stack traces.
  minifyWhitespace: true, minifySyntax: true,
  // yargs measures its help text with string-width, which costs ~15 ms to load: see src/format/displayWidth.ts.
  alias: { "string-width": "./dist/src/format/displayWidth.js" },
});
// The package is "type": "module"; the .js files here are CommonJS.
writeFileSync(new URL("../dist/bin/package.json", import.meta.url), '{ "type": "commonjs" }\n');
chmodSync(new URL("../dist/bin/ocilint.js", import.meta.url), 0o755);
chmodSync(new URL("../dist/src/cli.js", import.meta.url), 0o755);

// The code cache: run the CLI once over the bundled example layout and keep what V8 compiled for it.
const example = spawnSync(process.execPath, ["dist/bin/ocilint.js", "examples/layout", "--format", "json"], {
  cwd: root, stdio: "ignore", env: { ...process.env, OCILINT_BUILD_CODE_CACHE: join(root, "dist/bin/cli.cache") },
});
if (example.status !== 0 && example.status !== 1) {
  console.error(`build: running ocilint over examples/layout to make the code cache exited with ${example.status}`);
  process.exit(1);
}

