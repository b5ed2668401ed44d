// docker-archive's legacy per-layer directories, `<layer ID>/` with VERSION ("1.0"), json (the
// layer's v1 metadata: its id and its parent's) and layer.tar. Loaders older than manifest.json read
// only these, walking parent links down to the base layer, so each must be complete and its parent
// present.

import { rules, child, isObject } from "../../rules/index.js";
import type { DockerArchiveContext } from "./dockerArchiveContext.js";

export function checkLegacyLayers(context: DockerArchiveContext): void {
  const rule = rules["docker-archive-legacy-layer"];
  const { archive } = context;
  const ids = archive.legacyLayerDirectories();
  const present = new Set(ids);
  for (const id of ids) {
    if (!context.withinLimit(context.sink(`${id}/`), undefined)) break;
    const versionPath = `${id}/VERSION`;
    const version = archive.lookup(versionPath);
    if (version.state === "ok") {
      const text = Buffer.from(version.bytes ?? new Uint8Array(0)).toString("utf8");
      if (text !== "1.0") context.sink(version.path).report(rule, `VERSION holds ${JSON.stringify(text.length > 20 ? `${text.slice(0, 19)}…` : text)}; legacy loaders accept only "1.0"`);
    } else {
      context.reportLookup(context.sink(versionPath), undefined, "legacy layer file", versionPath, version, rule);
    }

    const jsonPath = `${id}/json`;
    const metadata = archive.lookup(jsonPath);
    if (metadata.state !== "ok") {
      context.reportLookup(context.sink(jsonPath), undefined, "legacy layer file", jsonPath, metadata, rule);
    } else {
      const json = context.json(metadata, { source: archive.name, path: metadata.path });
      const value = json?.parsed.value;
      if (json && !isObject(value)) json.sink.report(rule, "a legacy layer's json must be an object with its id and parent", "");
      else if (json && isObject(value)) {
        const ownId = value["id"];
        if (typeof ownId === "string" && ownId !== id) json.sink.report(rule, `"id" is ${ownId}, not the directory's name ${id}`, child("", "id"));
        const parent = value["parent"];
        if (typeof parent === "string" && parent !== "" && !present.has(parent)) {
          json.sink.report(rule, `"parent" ${parent} is not a layer directory in the archive; legacy loaders stop there`, child("", "parent"));
        }
      }
    }

    const layerPath = `${id}/layer.tar`;
    const layer = archive.lookup(layerPath);
    if (layer.state !== "ok") context.reportLookup(context.sink(layerPath), undefined, "legacy layer file", layerPath, layer, rule);
  }
}
