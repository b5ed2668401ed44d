// Where a worker thread's compiled script is: beside the calling module, compiled (dist/src/…) or
// bundled (dist/bin/). Running from the TypeScript sources (the test runner) there is none, and
// callers do the work in this thread instead.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function compiledWorker(name: string, base: string): URL | undefined {
  if (base.endsWith(".ts")) return undefined;
  const url = new URL(`./${name}.js`, base);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
