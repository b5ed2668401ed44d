// Where a worker thread's compiled script is. Beside the calling module when that is compiled
// (dist/src/…, or the bundle in dist/bin/); running from the TypeScript sources (the test runner)
// there is none, and callers do the work in this thread instead.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function compiledWorker(name: string, base: string): URL | undefined {
  const url = new URL(`./${name}.js`, base);
  return base.endsWith(".js") && existsSync(fileURLToPath(url)) ? url : undefined;
}
