// Image archives (oci-archive tarballs, optionally compressed): read once as a stream, walked like a layout.

import type { Finding } from "./model/index.js";
import { UsageError } from "./errors.js";
import { OciArchive } from "./sources/ociArchive.js";
import { describe, resolveFrom } from "./sources/looseFiles.js";
import { walkLayout, type LayoutWalkOptions } from "./engine/walkLayout.js";

export async function lintArchive(path: string, cwd: string, options: LayoutWalkOptions & { signal?: AbortSignal }): Promise<Finding[]> {
  let archive: OciArchive;
  try {
    archive = await OciArchive.read(path, resolveFrom(cwd, path), options.limits, options.signal);
  } catch (error) {
    throw new UsageError(`cannot read "${path}": ${describe(error)}`);
  }
  try {
    if (!archive.hasRootFile("oci-layout") && !archive.hasRootFile("index.json") && archive.hasRootFile("manifest.json")) {
      throw new UsageError(`"${path}" is a docker-archive (manifest.json without oci-layout); ocilint does not read docker-archives yet`);
    }
    return await walkLayout(archive, options);
  } finally {
    await archive.close();
  }
}
