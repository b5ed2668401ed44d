// Checks a docker-archive (`docker save`, `skopeo copy … docker-archive:`) from its manifest.json:
// every Config and Layers path leads to a regular file inside the archive; each config is checked as
// a Docker image config; each layer file is scanned like a layout's layers (decompression, tar and
// entry checks) and its DiffID compared with the config's; RepoTags parse and belong to one image;
// Parent names another image of the archive. The legacy repositories file and per-layer
// directories are checked against all that (dockerRepositories.ts, dockerLegacyLayers.ts).

import type { Finding } from "../model/index.js";
import { parseTaggedReference } from "../model/dockerReference.js";
import type { DockerArchive } from "../sources/dockerArchive.js";
import { rules, child, isObject, type JsonObject } from "../../rules/index.js";
import { checkDocument } from "./checkDocument.js";
import { reportContentProblems } from "./contentFindings.js";
import { DockerArchiveContext, type CheckedImage, type FoundFile } from "./dockerArchiveContext.js";
import { checkLayerSources, readArchiveImages, type ArchiveImage, type Located } from "./dockerArchiveManifest.js";
import { checkRepositories } from "./dockerRepositories.js";
import { checkLegacyLayers } from "./dockerLegacyLayers.js";
import type { ArchiveJson } from "./jsonFindings.js";
import type { FindingSink } from "./findingSink.js";
import type { LayoutWalkOptions, WalkProgress } from "./walkLayout.js";

export interface DockerArchiveResult {
  findings: Finding[];
  /** Archive paths that manifest.json accounts for: its configs and layer files, after links. */
  referencedPaths: Set<string>;
}

export interface DockerWalkOptions extends LayoutWalkOptions {
  /** Report the tar's own problems (archive-format); off when the layout walk of a hybrid archive already did. */
  reportArchiveProblems: boolean;
}

export async function walkDockerArchive(archive: DockerArchive, options: DockerWalkOptions): Promise<DockerArchiveResult> {
  const walk = new DockerArchiveWalk(new DockerArchiveContext(archive, options.settings, options.limits), options);
  await walk.run();
  return { findings: walk.context.findings(), referencedPaths: walk.referenced };
}

class DockerArchiveWalk {
  readonly referenced = new Set<string>();
  /** Layer files already scanned for content findings: a file two images share is reported once. */
  private readonly reportedLayers = new Set<string>();
  /** Config files already checked, by archive path: two images with one config get its findings once. */
  private readonly configs = new Map<string, { value: JsonObject; sink: FindingSink } | undefined>();
  private readonly progress: WalkProgress = { blobs: 0, bytes: 0 };

  constructor(readonly context: DockerArchiveContext, private readonly options: DockerWalkOptions) {}

  async run(): Promise<void> {
    const { archive } = this.context;
    if (this.options.reportArchiveProblems) {
      for (const problem of archive.problems) this.context.sink(problem.path ?? archive.name).report(rules["archive-format"], problem.message);
    }
    const manifest = this.readManifest();
    let images: CheckedImage[] | undefined;
    if (manifest !== "missing") {
      images = [];
      if (manifest) {
        for (const image of readArchiveImages(manifest.parsed.value, manifest.sink)) {
          this.options.signal?.throwIfAborted();
          images.push(this.checkImage(image, manifest));
        }
        this.checkRepoTags(images, manifest.sink);
        this.checkParents(images, manifest.sink);
      }
    }
    checkRepositories(this.context, images);
    checkLegacyLayers(this.context);
  }

  /** manifest.json parsed; "missing" when the archive has only the legacy format. */
  private readManifest(): ArchiveJson | "missing" | undefined {
    const sink = this.context.sink("manifest.json", { via: "manifest.json" });
    const found = this.context.archive.lookup("manifest.json");
    if (found.state === "missing") {
      sink.report(rules["docker-archive-manifest"], "manifest.json is missing: the archive has only Docker's pre-1.10 legacy format (repositories and layer directories), which skopeo, podman and containerd cannot load");
      return "missing";
    }
    if (found.state !== "ok") {
      this.context.reportLookup(sink, undefined, "manifest", "manifest.json", found);
      return undefined;
    }
    return this.context.json(found, { source: this.context.archive.name, path: found.path, via: "manifest.json" });
  }

  private checkImage(image: ArchiveImage, manifest: ArchiveJson): CheckedImage {
    const firstTag = image.repoTags[0]?.value;
    const checked: CheckedImage = { image, label: `manifest.json → [${image.index}]${firstTag !== undefined ? ` "${firstTag}"` : ""}`, tags: [] };
    const config = image.config ? this.checkConfig(image.config, checked, manifest.sink) : undefined;
    const diffIds = this.checkLayers(image, checked, manifest.sink);
    const rootfs = config?.value["rootfs"];
    const expected = isObject(rootfs) && Array.isArray(rootfs["diff_ids"]) ? rootfs["diff_ids"] : undefined;
    if (config && expected) {
      const top = expected[expected.length - 1];
      if (typeof top === "string") checked.topDiffId = top;
      if (image.layersListed) this.compareDiffIds(image, expected, diffIds, config.sink);
    }
    this.checkLayerSources(image, expected, manifest);
    return checked;
  }

  /** The config file: checked as a Docker image config, and hashed for its image ID. */
  private checkConfig(written: Located, checked: CheckedImage, manifestSink: FindingSink): { value: JsonObject; sink: FindingSink } | undefined {
    const found = this.resolve(written, "Config", manifestSink);
    if (!found) return undefined;
    if (found.scan.digest.startsWith("sha256:")) checked.imageId = found.scan.digest;
    if (!this.configs.has(found.path)) this.configs.set(found.path, this.checkConfigFile(found, `${checked.label} → Config`));
    return this.configs.get(found.path);
  }

  private checkConfigFile(found: FoundFile, via: string): { value: JsonObject; sink: FindingSink } | undefined {
    const place = { source: this.context.archive.name, path: found.path, via };
    this.count(found);
    if (this.context.tooLarge(found, place)) return undefined;
    // docker load reads whatever Config names as an image config, so it is one, whatever its shape.
    const result = checkDocument({ bytes: found.bytes ?? new Uint8Array(0), place, kind: "docker-config" }, this.context.settings);
    this.context.add(result.findings);
    if (!isObject(result.value)) return undefined;
    return { value: result.value, sink: this.context.sink(found.path, { via }, result.parsed) };
  }

  /** Each layer file: resolved, scanned once for content findings; returns the DiffIDs found. */
  private checkLayers(image: ArchiveImage, checked: CheckedImage, manifestSink: FindingSink): Array<{ diffId: string | undefined; path: string } | undefined> {
    return image.layers.map((layer, j) => {
      if (!layer) return undefined;
      const found = this.resolve(layer, `Layers[${j}]`, manifestSink);
      if (!found) return undefined;
      if (j === image.layers.length - 1) checked.topLayerPath = found.path;
      if (!this.reportedLayers.has(found.path)) {
        this.reportedLayers.add(found.path);
        this.count(found);
        // A docker-archive names no media type: whatever compression the bytes have is the expected one.
        const sink = this.context.sink(found.path, { via: `${checked.label} → Layers[${j}]` });
        if (this.options.layers !== "digests") reportContentProblems(sink, found.scan, found.scan.compression, "");
      }
      return { diffId: found.scan.diffId, path: found.path };
    });
  }

  private compareDiffIds(image: ArchiveImage, expected: unknown[], found: Array<{ diffId: string | undefined; path: string } | undefined>, sink: FindingSink): void {
    if (expected.length !== image.layers.length) {
      const n = expected.length;
      sink.report(rules["diff-ids-count"], `rootfs.diff_ids lists ${n} ${n === 1 ? "layer" : "layers"} but image [${image.index}] of manifest.json lists ${image.layers.length} Layers`, "/rootfs/diff_ids");
    }
    for (let j = 0; j < Math.min(expected.length, found.length); j++) {
      const want = expected[j];
      const got = found[j];
      if (typeof want !== "string" || got?.diffId === undefined || got.diffId === want || !want.startsWith("sha256:")) continue;
      sink.report(rules["diff-id-mismatch"], `Layers[${j}] "${got.path}" decompresses to ${got.diffId}, not to this diff_id`, child("", "rootfs", "diff_ids", j));
    }
  }

  /** Foreign layers record where they came from; their descriptors follow the foreign-layer rule. */
  private checkLayerSources(image: ArchiveImage, diffIds: unknown[] | undefined, manifest: ArchiveJson): void {
    const rule = rules["foreign-layer-urls"];
    for (const { descriptor, pointer } of checkLayerSources(image, diffIds, manifest.sink)) {
      if (!this.context.settings.isEnabled(rule)) continue;
      rule.check({
        kind: "docker-manifest", document: descriptor, node: descriptor, pointer, role: "layer", numberLiterals: manifest.parsed.numberLiterals,
        report: (r) => manifest.sink.report(rule, r.message, r.pointer, { atKey: r.atKey ?? false }),
      });
    }
  }

  private checkRepoTags(images: CheckedImage[], sink: FindingSink): void {
    const owners = new Map<string, number>();
    for (const checked of images) {
      for (const tag of checked.image.repoTags) {
        const parsed = parseTaggedReference(tag.value);
        if (!parsed.ok) {
          sink.report(rules["docker-archive-repo-tag"], `RepoTag "${tag.value}" ${parsed.message}`, tag.pointer);
          continue;
        }
        checked.tags.push({ raw: tag.value, normalised: parsed.normalised, pointer: tag.pointer });
        const first = owners.get(parsed.normalised);
        if (first === undefined) owners.set(parsed.normalised, checked.image.index);
        else if (first !== checked.image.index) {
          sink.report(rules["docker-archive-repo-tag"], `RepoTag "${tag.value}" also tags image [${first}]; docker load gives it to whichever it loads last`, tag.pointer);
        }
      }
    }
  }

  private checkParents(images: CheckedImage[], sink: FindingSink): void {
    // An image whose config could not be read has an unknown ID: its config finding says enough.
    if (images.some((c) => c.imageId === undefined)) return;
    const ids = new Map(images.map((c) => [c.imageId!, c.image.index]));
    for (const checked of images) {
      const parent = checked.image.parent;
      if (!parent) continue;
      const owner = ids.get(parent.value);
      if (owner === checked.image.index) sink.report(rules["docker-archive-parent"], `Parent ${parent.value} is this image's own ID`, parent.pointer);
      else if (owner === undefined) sink.report(rules["docker-archive-parent"], `Parent ${parent.value} is not the image ID (the sha256 of a Config) of another image in this archive; docker load fails`, parent.pointer);
    }
  }

  /** A path from manifest.json, followed to a regular file, or reported on the manifest. */
  private resolve(written: Located, label: string, manifestSink: FindingSink): FoundFile | undefined {
    if (!this.context.withinLimit(manifestSink, written.pointer)) return undefined;
    const found = this.context.archive.lookup(written.value);
    if (found.state !== "ok") {
      this.context.reportLookup(manifestSink, written.pointer, label, written.value, found);
      return undefined;
    }
    this.referenced.add(found.path);
    return found;
  }

  private count(found: FoundFile): void {
    this.progress.blobs++;
    this.progress.bytes += found.scan.size;
    this.options.onProgress?.({ ...this.progress });
  }
}
