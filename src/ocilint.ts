#!/usr/bin/env node
// The `ocilint` executable. `--version` answers before anything else loads; every other run loads the
// CLI, which the build bundles into one chunk so start-up does not resolve a hundred modules.

import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  // dist/bin/ → the package root.
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  process.stdout.write(`${manifest.version}\n`);
} else {
  await import("./cli.js");
}
