// The legacy `repositories` file of a docker-archive: {repository: {tag: top layer ID}}, for loaders
// older than manifest.json. It should name the same tags as manifest.json's RepoTags, each pointing at
// its image's top layer: a legacy layer directory whose layer.tar is that layer (docker save before
// 25, skopeo), or the top layer's DiffID (docker save since 25, which has no such directories).

import { parseTaggedReference } from "../model/dockerReference.js";
import { rules, child, isObject } from "../../rules/index.js";
import type { CheckedImage, DockerArchiveContext } from "./dockerArchiveContext.js";

interface Listed {
  raw: string;
  id: string;
  pointer: string;
}

/** `images` is undefined when there is no manifest.json: the legacy directories are then all there is. */
export function checkRepositories(context: DockerArchiveContext, images: CheckedImage[] | undefined): void {
  const rule = rules["docker-archive-repositories"];
  const found = context.archive.lookup("repositories");
  if (found.state === "missing") return;
  if (found.state !== "ok") {
    context.reportLookup(context.sink("repositories"), undefined, "the legacy file", "repositories", found, rule);
    return;
  }
  const json = context.json(found, { source: context.archive.name, path: found.path });
  if (!json) return;
  const { sink } = json;
  const value = json.parsed.value;
  if (!isObject(value)) {
    sink.report(rule, "repositories must be an object mapping repository names to {tag: layer ID}", "");
    return;
  }
  const listed = new Map<string, Listed>();
  for (const [repo, tags] of Object.entries(value)) {
    if (!isObject(tags)) {
      sink.report(rule, `"${repo}" must map tags to layer IDs`, child("", repo));
      continue;
    }
    for (const [tag, id] of Object.entries(tags)) {
      const pointer = child("", repo, tag);
      const raw = `${repo}:${tag}`;
      if (typeof id !== "string") {
        sink.report(rule, `"${raw}" must map to a layer ID string`, pointer);
        continue;
      }
      const parsed = parseTaggedReference(raw);
      if (!parsed.ok) sink.report(rule, `"${raw}" ${parsed.message}`, pointer, { atKey: true });
      else listed.set(parsed.normalised, { raw, id, pointer });
    }
  }

  const legacyLayers = legacyLayerFiles(context);
  if (!images) {
    for (const entry of listed.values()) {
      if (!legacyLayers.has(entry.id)) sink.report(rule, `"${entry.raw}" points at ${entry.id}, which is not a layer directory in the archive`, entry.pointer);
    }
    return;
  }
  const byTag = new Map<string, CheckedImage>();
  for (const image of images) for (const tag of image.tags) if (!byTag.has(tag.normalised)) byTag.set(tag.normalised, image);
  for (const [normalised, entry] of listed) {
    const image = byTag.get(normalised);
    if (!image) {
      sink.report(rule, `"${entry.raw}" is not a RepoTag of any image in manifest.json`, entry.pointer);
      continue;
    }
    const tops = topLayerIds(image, legacyLayers);
    // Without a readable top layer nothing can be compared; its own finding says why.
    if (tops.size > 0 && !tops.has(entry.id)) {
      sink.report(rule, `"${entry.raw}" points at ${entry.id}, which is not the top layer of image [${image.image.index}] in manifest.json`, entry.pointer);
    }
  }
  for (const image of images) {
    for (const tag of image.tags) {
      if (!listed.has(tag.normalised)) sink.report(rule, `repositories has no entry for "${tag.raw}", a RepoTag of image [${image.image.index}] in manifest.json`, "");
    }
  }
}

/** Legacy layer ID → the archive path its layer.tar leads to (undefined when it leads nowhere). */
function legacyLayerFiles(context: DockerArchiveContext): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  for (const id of context.archive.legacyLayerDirectories()) {
    const found = context.archive.lookup(`${id}/layer.tar`);
    files.set(id, found.state === "ok" ? found.path : undefined);
  }
  return files;
}

/** The IDs that may name an image's top layer in repositories; none when its top layer file is unreadable. */
function topLayerIds(image: CheckedImage, legacyLayers: Map<string, string | undefined>): Set<string> {
  const ids = new Set<string>();
  if (image.topLayerPath === undefined) return ids;
  if (image.topDiffId?.startsWith("sha256:")) ids.add(image.topDiffId.slice("sha256:".length));
  for (const [id, path] of legacyLayers) if (path === image.topLayerPath) ids.add(id);
  return ids;
}
