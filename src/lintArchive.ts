// Image archives, read once as a stream and never extracted. An oci-archive is walked as a layout;
// a docker-archive from its manifest.json; the hybrid that Docker 25 and containerd write (a layout
// plus manifest.json) both ways, with a defect both walks see reported once.

import type { Finding } from "./model/index.js";
import { UsageError } from "./errors.js";
import { readArchive, type ArchiveContents } from "./sources/archiveReader.js";
import { OciArchive } from "./sources/ociArchive.js";
import { DockerArchive } from "./sources/dockerArchive.js";
import { describe, resolveFrom } from "./sources/looseFiles.js";
import { walkLayout, type LayoutWalkOptions } from "./engine/walkLayout.js";
import { walkDockerArchive, type DockerArchiveResult } from "./engine/walkDockerArchive.js";
import { compareFindings } from "./engine/findingSink.js";

type ArchiveFormat = "oci-archive" | "docker-archive" | "hybrid";

export async function lintArchive(path: string, cwd: string, options: LayoutWalkOptions): Promise<Finding[]> {
  let contents: ArchiveContents;
  try {
    const depth = options.layers;
    contents = await readArchive(resolveFrom(cwd, path), options.limits, options.signal, { decompress: depth !== "digests", walkTar: depth === "full" });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new UsageError(`cannot read "${path}": ${describe(error)}`);
  }
  try {
    const format = archiveFormat(contents);
    const layout = format === "docker-archive" ? [] : await walkLayout(new OciArchive(path, contents), options);
    if (format === "oci-archive") return layout;
    const archive = new DockerArchive(path, contents);
    const dockerOnly = format === "docker-archive";
    // In a hybrid the layout walk has already reported the archive's problems and counted its blobs.
    const { onProgress, ...rest } = options;
    const docker = await walkDockerArchive(archive, { ...rest, ...(dockerOnly && onProgress ? { onProgress } : {}), reportArchiveProblems: dockerOnly });
    if (dockerOnly) return docker.findings.sort(compareFindings);
    return mergeHybrid(layout, docker, archive);
  } finally {
    contents.entries.clear();
  }
}

/**
 * A layout's files make a layout and manifest.json a docker-archive; both make the hybrid. Without a
 * layout, the legacy repositories file alone marks a docker-archive of the pre-1.10 format.
 */
function archiveFormat(contents: ArchiveContents): ArchiveFormat {
  const layout = contents.entries.has("oci-layout") || contents.entries.has("index.json");
  if (contents.entries.has("manifest.json")) return layout ? "hybrid" : "docker-archive";
  return !layout && contents.entries.has("repositories") ? "docker-archive" : "oci-archive";
}

/**
 * The layout walk's findings plus the docker walk's that say something new. A blob that only
 * manifest.json references, or that holds Docker's legacy layer metadata, is accounted for.
 */
function mergeHybrid(layout: Finding[], docker: DockerArchiveResult, archive: DockerArchive): Finding[] {
  const referenced = new Set<string>();
  for (const path of docker.referencedPaths) {
    const parts = path.split("/");
    if (parts.length === 3 && parts[0] === "blobs") referenced.add(`${parts[1]}:${parts[2]}`);
  }
  const explained = (digest: string) => referenced.has(digest) || archive.isLegacyMetadata(digest);
  const merged = layout.filter((f) => !(f.ruleName === "blob-unreferenced" && f.location.digest !== undefined && explained(f.location.digest)));
  const seen = new Set(merged.map(sameDefect));
  for (const finding of docker.findings) {
    const key = sameDefect(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(finding);
  }
  return merged.sort(compareFindings);
}

/** Two findings of one rule on one place in one file are one defect, whichever route reached it. */
function sameDefect(f: Finding): string {
  return [f.rule, f.location.path, f.location.pointer ?? `\0${f.message}`].join("|");
}
