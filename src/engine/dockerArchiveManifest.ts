// The shape of a docker-archive's manifest.json: an array of images, each with a Config path, its
// RepoTags, its Layers paths (base first), and optionally Parent (an image ID) and LayerSources
// (DiffID → the descriptor a foreign layer came from). Wrong shapes are docker-archive-manifest
// findings; what is usable is handed on, typed, for the checks that follow.

import { isParsedDigest, parseDigest } from "../model/index.js";
import { rules, child, isObject, type JsonObject } from "../../rules/index.js";
import type { FindingSink } from "./findingSink.js";

/** A string found in manifest.json and where it is. */
export interface Located {
  value: string;
  pointer: string;
}

export interface ArchiveImage {
  index: number;
  pointer: string;
  config?: Located;
  repoTags: Located[];
  /** One per Layers entry; undefined where the entry is not a string. */
  layers: Array<Located | undefined>;
  /** False when Layers is missing or not an array: nothing can be said about layer counts. */
  layersListed: boolean;
  parent?: Located;
  layerSources?: { node: JsonObject; pointer: string };
}

export function readArchiveImages(value: unknown, sink: FindingSink): ArchiveImage[] {
  const rule = rules["docker-archive-manifest"];
  if (!Array.isArray(value)) {
    sink.report(rule, `manifest.json must be an array of images, found ${describe(value)}`, "");
    return [];
  }
  if (value.length === 0) sink.report(rule, "manifest.json lists no images", "");
  const images: ArchiveImage[] = [];
  value.forEach((entry, index) => {
    const pointer = child("", index);
    if (!isObject(entry)) {
      sink.report(rule, `an image entry must be an object with Config, RepoTags and Layers, found ${describe(entry)}`, pointer);
      return;
    }
    const image: ArchiveImage = { index, pointer, repoTags: [], layers: [], layersListed: false };
    const config = entry["Config"];
    if (config === undefined) sink.report(rule, 'image has no "Config": the path of its config file', pointer);
    else if (typeof config !== "string") sink.report(rule, `"Config" must be a path string, found ${describe(config)}`, child(pointer, "Config"));
    else image.config = { value: config, pointer: child(pointer, "Config") };

    const layers = entry["Layers"];
    if (layers === undefined) sink.report(rule, 'image has no "Layers": the paths of its layer files', pointer);
    else if (!Array.isArray(layers)) sink.report(rule, `"Layers" must be an array of paths, found ${describe(layers)}`, child(pointer, "Layers"));
    else {
      image.layersListed = true;
      image.layers = layers.map((layer, i) => {
        const at = child(pointer, "Layers", i);
        if (typeof layer === "string") return { value: layer, pointer: at };
        sink.report(rule, `Layers[${i}] must be a path string, found ${describe(layer)}`, at);
        return undefined;
      });
    }

    // RepoTags is null or absent for an untagged image.
    const tags = entry["RepoTags"];
    if (Array.isArray(tags)) {
      tags.forEach((tag, i) => {
        const at = child(pointer, "RepoTags", i);
        if (typeof tag === "string") image.repoTags.push({ value: tag, pointer: at });
        else sink.report(rule, `RepoTags[${i}] must be a string, found ${describe(tag)}`, at);
      });
    } else if (tags !== undefined && tags !== null) {
      sink.report(rule, `"RepoTags" must be an array of name:tag strings, found ${describe(tags)}`, child(pointer, "RepoTags"));
    }

    const parent = entry["Parent"];
    if (typeof parent === "string" && parent !== "") {
      const parsed = parseDigest(parent);
      if (isParsedDigest(parsed)) image.parent = { value: parent, pointer: child(pointer, "Parent") };
      else sink.report(rule, `"Parent" must be an image ID (a digest), found "${parent}": ${parsed.message}`, child(pointer, "Parent"));
    } else if (parent !== undefined && parent !== null && parent !== "") {
      sink.report(rule, `"Parent" must be an image ID string, found ${describe(parent)}`, child(pointer, "Parent"));
    }

    const sources = entry["LayerSources"];
    if (isObject(sources)) image.layerSources = { node: sources, pointer: child(pointer, "LayerSources") };
    else if (sources !== undefined && sources !== null) {
      sink.report(rule, `"LayerSources" must be an object mapping DiffIDs to descriptors, found ${describe(sources)}`, child(pointer, "LayerSources"));
    }
    images.push(image);
  });
  return images;
}

/** LayerSources: each key a DiffID of the image, each value a descriptor of where that layer came from. */
export function checkLayerSources(image: ArchiveImage, diffIds: readonly unknown[] | undefined, sink: FindingSink): Array<{ descriptor: JsonObject; pointer: string }> {
  const sources = image.layerSources;
  if (!sources) return [];
  const rule = rules["docker-archive-manifest"];
  const descriptors: Array<{ descriptor: JsonObject; pointer: string }> = [];
  for (const [diffId, descriptor] of Object.entries(sources.node)) {
    const pointer = child(sources.pointer, diffId);
    if (diffIds && !diffIds.includes(diffId)) {
      sink.report(rule, `LayerSources names "${diffId}", which is not one of the image's rootfs.diff_ids`, pointer, { atKey: true });
    }
    if (!isObject(descriptor) || typeof descriptor["mediaType"] !== "string" || typeof descriptor["digest"] !== "string" || typeof descriptor["size"] !== "number") {
      sink.report(rule, "a LayerSources entry must be a descriptor with mediaType, digest and size", pointer);
      continue;
    }
    descriptors.push({ descriptor, pointer });
  }
  return descriptors;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
  return `${typeof value === "number" ? "the number" : "the value"} ${String(value)}`;
}
