// Image layouts on disk: recognise the directory, open it as a blob store, walk it.

import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "./model/index.js";
import { UsageError } from "./errors.js";
import { LayoutDirectory } from "./sources/layoutDirectory.js";
import { resolveFrom } from "./sources/looseFiles.js";
import { walkLayout, type LayoutWalkOptions } from "./engine/walkLayout.js";
import { createScanPool } from "./content/scanPool.js";

export async function lintLayoutDirectory(path: string, cwd: string, options: LayoutWalkOptions): Promise<Finding[]> {
  const root = resolveFrom(cwd, path);
  if (!["oci-layout", "index.json", "blobs"].some((name) => existsSync(join(root, name)))) {
    // lint() sends a directory with config.json and no layout entries to lintBundle, so this one is neither.
    throw new UsageError(`"${path}" is a directory but neither an OCI image layout (no oci-layout, index.json or blobs/) nor a runtime bundle (no config.json)`);
  }
  const pool = createScanPool();
  const store = new LayoutDirectory(path, root, options.limits, pool, options.signal, options.verifyBlob);
  try {
    return await walkLayout(store, options);
  } finally {
    await pool.close();
  }
}
