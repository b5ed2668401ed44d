// What the docker-archive checks share: the archive, the settings, the findings collected so far,
// and two helpers every check needs: reading a JSON file the archive holds, and saying why a path
// did not lead to a regular file.

import type { Finding } from "../model/index.js";
import type { ArchiveLookup, DockerArchive } from "../sources/dockerArchive.js";
import type { ContentLimits } from "../sources/limits.js";
import { rules, type Rule } from "../../rules/index.js";
import { readArchiveJson, type ArchiveJson } from "./jsonFindings.js";
import { FindingSink, type DocumentPlace } from "./findingSink.js";
import type { RuleSettings } from "./ruleSettings.js";
import type { ArchiveImage } from "./dockerArchiveManifest.js";
import type { ParsedJson } from "../json/types.js";

export type FoundFile = Extract<ArchiveLookup, { state: "ok" }>;

/** An image of manifest.json after its config and layers were looked at. */
export interface CheckedImage {
  image: ArchiveImage;
  /** Its route for findings: `manifest.json → [0] "example/app:1.0"`. */
  label: string;
  /** sha256 of the config file: what Parent names. */
  imageId?: string;
  /** The archive path of the top layer's file, after links. */
  topLayerPath?: string;
  /** The config's last diff_id: Docker 25 names the top layer by it in repositories. */
  topDiffId?: string;
  /** RepoTags that parse, fully qualified. */
  tags: Array<{ raw: string; normalised: string; pointer: string }>;
}

export class DockerArchiveContext {
  /** Every finding of the walk: its sinks report straight into it. */
  private readonly out: Finding[] = [];
  private examined = 0;
  private limitReported = false;

  constructor(readonly archive: DockerArchive, readonly settings: RuleSettings, readonly limits: ContentLimits) {}

  /** `parsed`: the file's text, for positions. */
  sink(path: string, extra: Omit<DocumentPlace, "source" | "path"> = {}, parsed?: ParsedJson): FindingSink {
    return new FindingSink(this.settings, { source: this.archive.name, path, ...extra }, parsed, this.out);
  }

  /** Findings made elsewhere (checkDocument) that belong to this walk. */
  add(findings: readonly Finding[]): void {
    this.out.push(...findings);
  }

  findings(): Finding[] {
    return this.out;
  }

  /** A JSON file over the document limit is reported and not read. */
  tooLarge(found: FoundFile, place: DocumentPlace): boolean {
    const max = this.limits.maxDocumentBytes;
    if (found.scan.size <= max) return false;
    this.sink(place.path, place.via ? { via: place.via } : {}).report(rules["json-limits"], `document is ${found.scan.size} bytes, over the ${max}-byte limit for a JSON document`);
    return true;
  }

  /**
   * Counts one more file to examine (a config, a layer, a legacy directory). Past the graph limit it
   * reports that once and says to stop, so a manifest.json naming millions of paths is not a flood.
   */
  withinLimit(sink: FindingSink, pointer: string | undefined): boolean {
    if (++this.examined <= this.limits.maxGraphNodes) return true;
    if (!this.limitReported) {
      this.limitReported = true;
      sink.report(rules["graph-limits"], `the archive names more than ${this.limits.maxGraphNodes} files to check (configs, layers, legacy layer directories); the rest are not checked`, pointer);
    }
    return false;
  }

  /** A JSON file of the archive format, read with positions; undefined when it is too large or not JSON. */
  json(found: FoundFile, place: DocumentPlace): ArchiveJson | undefined {
    if (this.tooLarge(found, place)) return undefined;
    const json = readArchiveJson(found.bytes ?? new Uint8Array(0), place, this.settings, this.limits.maxDocumentBytes, this.out);
    return json.parsed.ok ? json : undefined;
  }

  /**
   * Reports a path that did not lead to a regular file, as `<label> "<written>" …`. Escapes are always
   * path-escape; `otherwise` replaces the missing and not-regular rules (legacy directories have their own).
   */
  reportLookup(sink: FindingSink, pointer: string | undefined, label: string, written: string, lookup: Exclude<ArchiveLookup, FoundFile>, otherwise?: Rule): void {
    const name = `${label} "${written}"`;
    switch (lookup.state) {
      case "missing":
        sink.report(otherwise ?? rules["docker-archive-file-missing"], `${name} is not in the archive`, pointer);
        break;
      case "escapes":
        sink.report(rules["docker-archive-path-escape"], `${name} ${lookup.why}`, pointer);
        break;
      case "not-regular":
        sink.report(otherwise ?? rules["docker-archive-not-regular-file"], `${name} is ${lookup.what}`, pointer);
        break;
      case "unreadable":
        sink.report(otherwise ?? rules["docker-archive-file-missing"], `${name} cannot be read: ${lookup.message}`, pointer);
        break;
    }
  }
}
