// Walks an image layout from index.json through nested indexes, manifests, configs, layers and
// subjects; checks every document and streams every blob once; then accounts for every file under
// blobs/, referenced or not. Findings name a blob by its digest and by its route from index.json.

import {
  IMAGE_CONFIG_TYPES, INDEX_TYPES, MANIFEST_TYPES, isParsedDigest, layerCompression, normalisedVariant, parseDigest,
  type DocumentKind, type Finding,
} from "../model/index.js";
import type { BlobScan } from "../content/scanBlob.js";
import type { BlobRole, BlobStore, BlobUnavailable } from "../sources/blobStore.js";
import type { ContentLimits } from "../sources/limits.js";
import type { ParsedJson } from "../json/types.js";
import { rules, isObject, stringAt, child, type JsonObject } from "../../rules/index.js";
import { checkDocument } from "./checkDocument.js";
import { kindForMediaType } from "./detectKind.js";
import { FindingSink, compareFindings, type DocumentPlace } from "./findingSink.js";
import type { RuleSettings } from "./ruleSettings.js";
import { reportContentProblems } from "./contentFindings.js";
import { createLimiter, forEachWithin, type Limiter } from "./limiter.js";

export interface LayoutWalkOptions {
  settings: RuleSettings;
  limits: ContentLimits;
  /** A layout that relies on an external store: missing blobs are warnings, not errors. */
  allowMissingBlobs: boolean;
  /** Called as blobs are read, for progress displays. */
  onProgress?: (progress: WalkProgress) => void;
  /** Cancels the walk: it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Which blob files (absolute paths) to read and hash; others are checked for existence and size only. */
  verifyBlob?: (path: string) => boolean;
  /** How deep layer checks go: `full` digests, diff_ids and every tar entry; `diff-ids` skips the tar
   * walk; `digests` only hashes and sizes every blob. lint() defaults it to `full`. */
  layers: LayerDepth;
}

export type LayerDepth = "full" | "diff-ids" | "digests";

export interface WalkProgress {
  /** Blobs read so far (documents and layers). */
  blobs: number;
  /** Their bytes, as stored (compressed). */
  bytes: number;
}

/** A checked document while its visit runs: its sink (for findings about its own descriptors) and value. */
interface CheckedDocument {
  kind: DocumentKind;
  value: JsonObject | undefined;
  sink: FindingSink;
  place: DocumentPlace;
}

/** What stays of a visited document: what other routes to it and its parents check. The parsed value
 * is let go, so memory does not grow with every document of a 20,000-image layout. */
interface Visit {
  /** The kind it was checked as and the mediaType it declares itself. */
  kind?: DocumentKind;
  ownMediaType?: string;
  /** An image config that parsed: what each manifest that names it checks. */
  configFacts?: ConfigFacts;
  /** A manifest: the facts of its image config, for the index entry's platform. */
  config?: ConfigFacts;
  /** The descriptor was a subject and no blob has its digest. */
  subjectMissing?: boolean;
}

interface ConfigFacts {
  /** os, architecture, variant of the config. */
  platform: JsonObject;
  diffIds: unknown[] | undefined;
  sink: FindingSink;
}

/** Index entries walked at once per index: enough to keep the reads queue full (each entry is a
 * manifest, a config and layers), few enough that memory does not grow with the width of the index. */
const ENTRIES_AT_ONCE = 32;

export async function walkLayout(store: BlobStore, options: LayoutWalkOptions): Promise<Finding[]> {
  const walk = new LayoutWalk(store, options);
  await walk.run();
  return walk.findings.sort(compareFindings);
}

class LayoutWalk {
  readonly findings: Finding[] = [];
  private readonly referenced = new Set<string>();
  private readonly visits = new Map<string, Promise<Visit>>();
  private readonly scans = new Map<string, Promise<BlobScan | undefined>>();
  private limitReported = false;
  private readonly cyclesReported = new Set<string>();
  /** Reads in flight: enough to keep both cores and the disk busy, few enough to bound memory. */
  private readonly io: Limiter = createLimiter(64);
  private readonly progress: WalkProgress = { blobs: 0, bytes: 0 };

  constructor(private readonly store: BlobStore, private readonly options: LayoutWalkOptions) {}

  private get holder(): string {
    return this.store.holder ?? "layout";
  }

  async run(): Promise<void> {
    const layoutSink = this.sink({ source: this.store.name, path: this.store.name });
    for (const problem of this.store.problems ?? []) {
      this.sink({ source: this.store.name, path: problem.path ?? this.store.name }).report(rules["archive-format"], problem.message);
    }
    await this.checkRootDocument("oci-layout", "layout-header", layoutSink);
    const blobs = await this.store.hasBlobsDirectory();
    if (blobs.state !== "ok") this.reportUnavailable(layoutSink, blobs, "blobs/", "the blobs directory");
    const index = await this.checkRootDocument("index.json", "index", layoutSink);
    if (index?.value) {
      this.checkRefNames(index);
      await this.visitChildren(index, [], "index.json", 1);
    }
    // Without a readable index.json nothing is reachable; calling every blob unreferenced would bury the one real finding.
    // A walk cut short by a limit leaves reachable blobs unvisited: they are not "unreferenced".
    await this.accountForAllBlobs(index?.value !== undefined && !this.limitReported);
  }

  /** Findings go straight to the walk's list: no sink is kept for blobs with nothing to say. */
  private sink(place: DocumentPlace, parsed?: ParsedJson): FindingSink {
    return new FindingSink(this.options.settings, place, parsed, this.findings);
  }

  private async checkRootDocument(name: string, kind: DocumentKind, layoutSink: FindingSink): Promise<CheckedDocument | undefined> {
    const read = await this.store.readRootFile(name, this.options.limits.maxDocumentBytes);
    if (read.state !== "ok") {
      if (read.state === "unreadable" && read.tooLarge !== undefined) {
        this.sink({ source: this.store.name, path: name }).report(rules["json-limits"], `document is ${read.tooLarge} bytes, over the ${this.options.limits.maxDocumentBytes}-byte limit for a JSON document`);
      } else {
        this.reportUnavailable(layoutSink, read, name, name === "oci-layout" ? "the oci-layout file" : "index.json");
      }
      return undefined;
    }
    const place = { source: this.store.name, path: name, ...(name === "index.json" ? { via: "index.json" } : {}) };
    return this.adopt(checkDocument({ bytes: read.bytes, place, kind }, this.options.settings), kind, place);
  }

  private adopt(result: ReturnType<typeof checkDocument>, kind: DocumentKind, place: DocumentPlace): CheckedDocument {
    this.findings.push(...result.findings);
    return { kind: result.kind ?? kind, value: isObject(result.value) ? result.value : undefined, sink: this.sink(place, result.parsed), place };
  }

  private reportUnavailable(sink: FindingSink, read: BlobUnavailable, path: string, what: string): void {
    const place = { ...sink.place, path };
    const target = this.sink(place);
    if (read.state === "missing") target.report(rules["layout-missing-file"], `${what} is missing`);
    else if (read.state === "not-regular") target.report(rules["blob-not-regular-file"], `${what} is ${read.what}; ocilint does not follow or read it`);
    else target.report(rules["layout-missing-file"], `${what} cannot be read: ${read.message}`);
  }

  private checkRefNames(index: CheckedDocument): void {
    const manifests = index.value?.["manifests"];
    if (!Array.isArray(manifests)) return;
    const seen = new Map<string, number>();
    manifests.forEach((entry, i) => {
      const name = isObject(entry) && isObject(entry["annotations"]) ? entry["annotations"]["org.opencontainers.image.ref.name"] : undefined;
      if (typeof name !== "string") return;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else index.sink.report(rules["ref-name-duplicate"], `ref.name "${name}" is also on manifests[${first}]`, child("", "manifests", i, "annotations", "org.opencontainers.image.ref.name"));
    });
  }

  /** Visits the descriptors of a manifest or index. `ancestors` are the digests on the route, for cycles. */
  private async visitChildren(doc: CheckedDocument, ancestors: string[], via: string, depth: number): Promise<Visit> {
    const root = doc.value!;
    const visit: Visit = { kind: doc.kind, ...ownMediaType(doc) };
    if (doc.kind === "index" || doc.kind === "docker-manifest-list") {
      const manifests = Array.isArray(root["manifests"]) ? root["manifests"] : [];
      await forEachWithin(manifests, ENTRIES_AT_ONCE, async (entry, i) => {
        if (!isObject(entry)) return;
        const pointer = child("", "manifests", i);
        const childVisit = await this.visitDescriptor(entry, doc, pointer, ancestors, `${via} → ${entryLabel(entry, i)}`, depth, "entry");
        this.checkEntryAgainstTarget(entry, doc, pointer, childVisit);
      });
    } else {
      const config = isObject(root["config"]) ? root["config"] : undefined;
      const layers = Array.isArray(root["layers"]) ? root["layers"] : [];
      const [configVisit] = await Promise.all([
        config ? this.visitDescriptor(config, doc, "/config", ancestors, `${via} → config`, depth, "config") : Promise.resolve(undefined),
        ...layers.map((layer, i) => (isObject(layer) ? this.visitDescriptor(layer, doc, child("", "layers", i), ancestors, `${via} → layers[${i}]`, depth, "layer") : Promise.resolve(undefined))),
      ]);
      if (configVisit?.configFacts) {
        visit.config = configVisit.configFacts;
        await this.checkDiffIds(configVisit.configFacts, layers, via);
      }
    }
    if (isObject(root["subject"])) {
      await this.visitDescriptor(root["subject"], doc, "/subject", ancestors, `${via} → subject`, depth, "subject");
    }
    if (!this.isIndexJson(doc)) this.checkRefNameScope(doc);
    return visit;
  }

  private isIndexJson(doc: CheckedDocument): boolean {
    return doc.place.path === "index.json";
  }

  /** ref.name belongs on index.json's descriptors; on any descriptor deeper in the graph it names nothing. */
  private checkRefNameScope(doc: CheckedDocument): void {
    const root = doc.value;
    if (!root) return;
    const descriptors: Array<[string, unknown]> = [];
    const isIndex = doc.kind === "index" || doc.kind === "docker-manifest-list";
    for (const key of isIndex ? ["manifests"] : ["layers"]) {
      const list = root[key];
      if (Array.isArray(list)) list.forEach((entry, i) => descriptors.push([child("", key, i), entry]));
    }
    if (!isIndex) descriptors.push(["/config", root["config"]]);
    descriptors.push(["/subject", root["subject"]]);
    for (const [pointer, entry] of descriptors) {
      if (isObject(entry) && isObject(entry["annotations"]) && "org.opencontainers.image.ref.name" in entry["annotations"]) {
        doc.sink.report(rules["ref-name-scope"], "ref.name is only meaningful on descriptors in index.json", child(pointer, "annotations", "org.opencontainers.image.ref.name"), { atKey: true });
      }
    }
  }

  private async visitDescriptor(
    descriptor: JsonObject, parent: CheckedDocument, pointer: string, ancestors: string[], via: string, depth: number,
    role: BlobRole,
  ): Promise<Visit | undefined> {
    this.options.signal?.throwIfAborted();
    const quoted = stringAt(descriptor, "digest");
    const mediaType = stringAt(descriptor, "mediaType") ?? "";
    const size = typeof descriptor["size"] === "number" ? descriptor["size"] : undefined;
    if (quoted === undefined) return undefined;
    // Kept in maps and places long after the document: a copy, not a view into the document's text.
    const digest = detached(quoted);
    const parsed = parseDigest(digest);
    if (!isParsedDigest(parsed)) return undefined; // the schema reported it
    this.referenced.add(digest);
    if (ancestors.includes(digest)) {
      // An index that lists itself 100,000 times is one cycle, reported once per document.
      const key = `${parent.place.path}\u0000${digest}`;
      if (this.cyclesReported.has(key)) return undefined;
      this.cyclesReported.add(key);
      parent.sink.report(rules["graph-cycle"], `${digest} is already on the route ${via.split(" → ").slice(0, -1).join(" → ")}; the descriptors form a cycle`, child(pointer, "digest"));
      return undefined;
    }
    const place: DocumentPlace = { source: this.store.name, path: `blobs/${parsed.algorithm}/${parsed.encoded}`, digest, via };
    const isDocument = MANIFEST_TYPES.has(mediaType) || INDEX_TYPES.has(mediaType) || (role === "config" && IMAGE_CONFIG_TYPES.has(mediaType));
    if (!isDocument) {
      await this.checkBlob(parsed.algorithm, parsed.encoded, digest, size, mediaType, role, place);
      return undefined;
    }
    const tooDeep = depth > this.options.limits.maxGraphDepth;
    if (tooDeep || this.visits.size >= this.options.limits.maxGraphNodes) {
      if (!this.limitReported) {
        this.limitReported = true;
        const message = tooDeep
          ? `indexes nest deeper than ${this.options.limits.maxGraphDepth} levels; not walked further (unreferenced blobs are not reported)`
          : `the layout has more than ${this.options.limits.maxGraphNodes} documents; not walked further (unreferenced blobs are not reported)`;
        parent.sink.report(rules["graph-limits"], message, pointer);
      }
      return undefined;
    }
    // A document reached by two routes is checked once, with the first route.
    let visit = this.visits.get(digest);
    if (!visit) {
      visit = this.visitDocument(parsed.algorithm, parsed.encoded, digest, size, kindForMediaType(mediaType)!, role, place, [...ancestors, digest], depth);
      this.visits.set(digest, visit);
    }
    const result = await visit;
    if (result.subjectMissing) {
      parent.sink.report(rules["subject-missing"], `the subject ${digest} is not in this ${this.holder}`, child(pointer, "digest"));
    }
    this.checkDeclaredMediaType(result, mediaType, parent, pointer);
    return result;
  }

  private async visitDocument(
    algorithm: string, encoded: string, digest: string, size: number | undefined, kind: DocumentKind,
    role: BlobRole, place: DocumentPlace, ancestors: string[], depth: number,
  ): Promise<Visit> {
    const read = await this.io(() => this.store.readDocument(algorithm, encoded, this.options.limits.maxDocumentBytes, role));
    const sink = this.sink(place);
    if (read.state !== "ok") {
      // A missing subject is reported where the manifest names it (see visitDescriptor).
      if (read.state === "missing" && role === "subject") return { subjectMissing: true };
      this.reportMissing(sink, read, role);
      return {};
    }
    this.verifyScan(sink, read.scan, digest, size);
    if (read.bytes === undefined) {
      sink.report(rules["json-limits"], `document is ${read.scan.size} bytes, over the ${this.options.limits.maxDocumentBytes}-byte limit for a JSON document`);
      return {};
    }
    const preferOwnMediaType = kind !== "config" && kind !== "docker-config";
    const doc = this.adopt(checkDocument({ bytes: read.bytes, place, kind, preferOwnMediaType }, this.options.settings), kind, place);
    if (!doc.value) return { kind: doc.kind };
    if (doc.kind === "config" || doc.kind === "docker-config") return { kind: doc.kind, configFacts: configFacts(doc.value, doc.sink) };
    return this.visitChildren(doc, ancestors, place.via ?? "", depth + 1);
  }

  private async checkBlob(
    algorithm: string, encoded: string, digest: string, size: number | undefined, mediaType: string,
    role: BlobRole, place: DocumentPlace,
  ): Promise<void> {
    const compression = role === "layer" ? layerCompression(mediaType) : undefined;
    const scan = await this.scanOnce(algorithm, encoded, digest, size, compression, place, role);
    if (!scan) return;
    const sink = this.sink(place);
    this.verifyScan(sink, scan, digest, size);
    if (compression !== undefined && !scan.trusted && this.options.layers !== "digests") reportContentProblems(sink, scan, compression, mediaType);
  }

  /** Scans a blob once even when several descriptors name it; reports it missing once. */
  private scanOnce(
    algorithm: string, encoded: string, digest: string, size: number | undefined,
    compression: "none" | "gzip" | "zstd" | undefined, place: DocumentPlace, role: BlobRole,
  ): Promise<BlobScan | undefined> {
    let scan = this.scans.get(digest);
    if (!scan) {
      const depth = this.options.layers;
      const request = compression === undefined || depth === "digests" ? undefined : { compression, walkTar: depth === "full", expectedSize: size ?? 0 };
      scan = this.io(() => this.store.scanBlob(algorithm, encoded, request, role)).then((read) => {
        if (read.state === "ok") return read.scan;
        this.reportMissing(this.sink(place), read, role);
        return undefined;
      });
      this.scans.set(digest, scan);
      return scan;
    }
    // Already scanned through another descriptor: its findings are reported once.
    return scan.then(() => undefined);
  }

  private reportMissing(sink: FindingSink, read: BlobUnavailable, role: string): void {
    if (read.state === "missing") {
      const message = this.options.allowMissingBlobs ? `blob is not in the ${this.holder} (expected with --allow-missing-blobs: an external store holds it)` : `blob is not in the ${this.holder}`;
      sink.report(rules["blob-missing"], message);
    } else if (read.state === "not-regular") {
      sink.report(rules["blob-not-regular-file"], `blob is ${read.what}; ocilint does not follow or read it`);
    } else {
      if (this.store.unreadableRule === "registry-response") sink.report(rules["registry-response"], read.message);
      else sink.report(rules["layout-missing-file"], `blob cannot be read: ${read.message}`);
    }
  }

  private verifyScan(sink: FindingSink, scan: BlobScan, digest: string, size: number | undefined): void {
    this.progress.blobs++;
    this.progress.bytes += scan.size;
    this.options.onProgress?.({ ...this.progress });
    if (size !== undefined && scan.size !== size) {
      sink.report(rules["blob-size-mismatch"], `blob is ${scan.size}${scan.size > size ? "+" : ""} bytes but its descriptor says ${size}`);
    }
    if (scan.digest !== undefined && digest.startsWith(scan.digest.slice(0, scan.digest.indexOf(":") + 1)) && scan.digest !== digest) {
      sink.report(rules["blob-digest-mismatch"], `content hashes to ${scan.digest}, not to ${digest}`);
    }
  }

  private checkDeclaredMediaType(visit: Visit, declared: string, parent: CheckedDocument, pointer: string): void {
    const own = visit.ownMediaType;
    if (own === undefined || own === declared || visit.kind === "config" || visit.kind === "docker-config") return;
    parent.sink.report(rules["descriptor-media-type-mismatch"], `descriptor says "${declared}" but the document declares "${own}"`, child(pointer, "mediaType"));
  }

  private checkEntryAgainstTarget(entry: JsonObject, index: CheckedDocument, pointer: string, visit: Visit | undefined): void {
    const platform = entry["platform"];
    const config = visit?.config?.platform;
    if (!isObject(platform) || !config) return;
    const said = platformText(platform);
    const real = platformText(config);
    if (normalisedPlatform(platform) !== normalisedPlatform(config)) {
      index.sink.report(rules["platform-mismatch"], `index entry says ${said} but the image config says ${real}`, child(pointer, "platform"));
    }
  }

  private async checkDiffIds(config: ConfigFacts, layers: unknown[], via: string): Promise<void> {
    const diffIds = config.diffIds;
    if (!diffIds) return;
    if (diffIds.length !== layers.length) {
      config.sink.report(rules["diff-ids-count"], `rootfs.diff_ids lists ${layerCount(diffIds.length)} but the manifest (${via}) has ${layers.length}`, "/rootfs/diff_ids");
    }
    await Promise.all(layers.map(async (layer, i) => {
      const digest = isObject(layer) ? stringAt(layer, "digest") : undefined;
      const expected = diffIds[i];
      if (digest === undefined || typeof expected !== "string") return;
      const scan = await this.scans.get(digest);
      if (scan?.diffId === undefined || scan.diffId === expected || !sameAlgorithm(scan.diffId, expected)) return;
      config.sink.report(rules["diff-id-mismatch"], `layers[${i}] decompresses to ${scan.diffId}, not to this diff_id`, child("", "rootfs", "diff_ids", i));
    }));
  }

  /** Every file under blobs/: a valid digest name, a regular file, content that hashes to its name. */
  private async accountForAllBlobs(reportUnreferenced: boolean): Promise<void> {
    const listing = await this.store.listBlobs();
    await Promise.all(listing.map(async (entry) => {
      const place: DocumentPlace = { source: this.store.name, path: entry.path };
      const digest = `${entry.algorithm}:${entry.encoded}`;
      if (entry.type === "directory" && entry.encoded === "") return;
      const parsed = parseDigest(digest);
      if (!isParsedDigest(parsed)) {
        this.sink(place).report(rules["blob-name"], `"${entry.path}" is not named by a valid digest: ${parsed.message}`);
        return;
      }
      if (entry.type !== "file") {
        const what = entry.type === "symlink" ? "a symbolic link" : entry.type === "directory" ? "a directory" : "a special file (a device, FIFO or socket) or a nested path";
        if (!this.referenced.has(digest)) this.sink(place).report(rules["blob-not-regular-file"], `blob is ${what}; ocilint does not follow or read it`);
        return;
      }
      if (this.referenced.has(digest)) return;
      const read = await this.io(() => this.store.scanBlob(parsed.algorithm, parsed.encoded, undefined));
      const sink = this.sink({ ...place, digest });
      if (read.state !== "ok") return;
      this.verifyScan(sink, read.scan, digest, undefined);
      if (reportUnreferenced) sink.report(rules["blob-unreferenced"], "blob is not reachable from index.json");
    }));
  }
}

function ownMediaType(doc: CheckedDocument): Pick<Visit, "ownMediaType"> {
  const own = doc.value ? stringAt(doc.value, "mediaType") : undefined;
  return own === undefined ? {} : { ownMediaType: own };
}

/** The parts of an image config that the manifests naming it check: its platform and its diff_ids. */
function configFacts(config: JsonObject, sink: FindingSink): ConfigFacts {
  const platform: JsonObject = {};
  for (const key of ["os", "architecture", "variant"]) if (key in config) platform[key] = config[key];
  const rootfs = config["rootfs"];
  return { platform, diffIds: isObject(rootfs) && Array.isArray(rootfs["diff_ids"]) ? rootfs["diff_ids"] : undefined, sink };
}

/**
 * A string of its own. A string value taken from a parsed document is a slice that keeps the whole
 * document's text alive (V8 shares it): digests kept in the walk's maps held on to every manifest of
 * a 20,000-image layout, 13 MiB of text.
 */
function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function layerCount(n: number): string {
  return n === 1 ? "1 layer" : `${n} layers`;
}

function sameAlgorithm(a: string, b: string): boolean {
  return a.slice(0, a.indexOf(":")) === b.slice(0, b.indexOf(":"));
}

function entryLabel(entry: JsonObject, i: number): string {
  const parts = [`manifests[${i}]`];
  const annotations = entry["annotations"];
  const ref = isObject(annotations) ? annotations["org.opencontainers.image.ref.name"] : undefined;
  if (typeof ref === "string") parts.push(`"${ref}"`);
  if (isObject(entry["platform"])) parts.push(platformText(entry["platform"]));
  else if (INDEX_TYPES.has(stringAt(entry, "mediaType") ?? "")) parts.push("(index)");
  return parts.join(" ");
}

function platformText(p: JsonObject): string {
  return [stringAt(p, "os") ?? "?", stringAt(p, "architecture") ?? "?", stringAt(p, "variant")].filter(Boolean).join("/");
}

function normalisedPlatform(p: JsonObject): string {
  const arch = stringAt(p, "architecture");
  return `${stringAt(p, "os")}/${arch}/${normalisedVariant(arch, stringAt(p, "variant"))}`;
}

