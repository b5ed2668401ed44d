// The hostile corpus: layouts, archives and documents built to make a validator escape the target,
// hang, blow up memory or crash. Generated at test time (FIFOs and 100 MiB files do not belong in git),
// each from a clean fixture layout with one hostile change. `bait` files sit outside every target: the
// test proves ocilint never opens them.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants as zlibConstants } from "node:zlib";
import { createRequire } from "node:module";
import { ROOT } from "../helpers/runCli.js";
import { buildTar } from "../helpers/tar.js";

export interface HostileCase {
  name: string;
  /** What ocilint is pointed at, relative to the corpus directory. */
  target: string;
  /** Exit codes that are right for it. */
  exit: number[];
  /** Rules that must be among the findings (the problem is named). */
  rules: string[];
  /** A one-line usage error instead of findings. */
  stderr?: RegExp;
}

const BASIC = join(ROOT, "test/fixtures/layouts/umoci-basic");
const sha256 = (data: Uint8Array) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

interface Layout {
  dir: string;
  blob(digest: string): string;
  index(): { manifests: Array<Record<string, unknown>> };
  manifest(): { digest: string; value: { config: { digest: string; size: number }; layers: Array<{ mediaType: string; digest: string; size: number }> } };
  write(data: Uint8Array): { digest: string; size: number };
  setIndex(value: unknown): void;
  setManifest(value: unknown): void;
  addLayer(blob: Uint8Array, mediaType: string): void;
}

function layout(corpus: string, name: string): Layout {
  const dir = join(corpus, name);
  cpSync(BASIC, dir, { recursive: true });
  const blob = (digest: string) => join(dir, "blobs", ...digest.split(":"));
  const l: Layout = {
    dir,
    blob,
    index: () => JSON.parse(readFileSync(join(dir, "index.json"), "utf8")),
    manifest: () => {
      const digest = l.index().manifests[0]!["digest"] as string;
      return { digest, value: JSON.parse(readFileSync(blob(digest), "utf8")) };
    },
    write: (data) => {
      const digest = sha256(data);
      writeFileSync(blob(digest), data);
      return { digest, size: data.length };
    },
    setIndex: (value) => writeFileSync(join(dir, "index.json"), JSON.stringify(value)),
    setManifest: (value) => {
      const ref = l.write(Buffer.from(JSON.stringify(value)));
      const index = l.index();
      Object.assign(index.manifests[0]!, ref);
      l.setIndex(index);
    },
    addLayer: (data, mediaType) => {
      const { value } = l.manifest();
      value.layers.push({ mediaType, ...l.write(data) });
      l.setManifest(value);
    },
  };
  return l;
}

/** Many copies of one gzip member: a valid multi-member stream that inflates to `copies` × 1 GiB. */
function gzipBomb(copies: number): Uint8Array {
  const member = gzipSync(Buffer.alloc(1024 * 1024 * 1024), { level: zlibConstants.Z_BEST_COMPRESSION });
  return Buffer.concat(Array.from({ length: copies }, () => member));
}

function zstdBomb(): Uint8Array {
  const { compress } = createRequire(import.meta.url)("zstd-napi") as { compress: (data: Uint8Array, opts?: unknown) => Buffer };
  return compress(Buffer.alloc(1024 * 1024 * 1024));
}

/** A gzip tar of `count` empty files, streamed so the tar itself is never whole in memory. */
function tarBomb(count: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const batch = 10_000;
  for (let start = 0; start < count; start += batch) {
    const entries = Array.from({ length: Math.min(batch, count - start) }, (_, i) => ({ name: `d${Math.floor((start + i) / 1000)}/f${start + i}` }));
    chunks.push(buildTar(entries, { end: start + batch >= count }));
  }
  return gzipSync(Buffer.concat(chunks), { level: 1 });
}

export function makeCorpus(corpus: string, bait: string): HostileCase[] {
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);

  // --- escaping the layout through the file system --------------------------------------------
  {
    const l = layout(corpus, "symlink-config-to-bait");
    const config = l.manifest().value.config.digest;
    rmSync(l.blob(config));
    symlinkSync(bait, l.blob(config));
    add({ name: "a blob that is a symlink to a file outside", target: "symlink-config-to-bait", exit: [1], rules: ["blob-not-regular-file"] });
  }
  {
    const l = layout(corpus, "symlink-layer-to-dev-zero");
    const layer = l.manifest().value.layers[0]!.digest;
    rmSync(l.blob(layer));
    symlinkSync("/dev/zero", l.blob(layer));
    add({ name: "a layer that is a symlink to /dev/zero", target: "symlink-layer-to-dev-zero", exit: [1], rules: ["blob-not-regular-file"] });
  }
  {
    const l = layout(corpus, "fifo-layer");
    const layer = l.manifest().value.layers[0]!.digest;
    rmSync(l.blob(layer));
    execFileSync("mkfifo", [l.blob(layer)]);
    add({ name: "a layer that is a FIFO nobody writes to", target: "fifo-layer", exit: [1], rules: ["blob-not-regular-file"] });
  }
  {
    const l = layout(corpus, "symlink-blobs-dir");
    const outside = join(corpus, "outside-blobs");
    cpSync(join(l.dir, "blobs", "sha256"), outside, { recursive: true });
    rmSync(join(l.dir, "blobs", "sha256"), { recursive: true });
    symlinkSync(outside, join(l.dir, "blobs", "sha256"));
    add({ name: "blobs/sha256 is a symlink to a directory outside", target: "symlink-blobs-dir", exit: [1], rules: ["layout-missing-file"] });
  }
  {
    const l = layout(corpus, "symlink-index");
    rmSync(join(l.dir, "index.json"));
    symlinkSync(bait, join(l.dir, "index.json"));
    add({ name: "index.json is a symlink to a file outside", target: "symlink-index", exit: [1], rules: ["blob-not-regular-file"] });
  }
  {
    const l = layout(corpus, "index-is-directory");
    rmSync(join(l.dir, "index.json"));
    mkdirSync(join(l.dir, "index.json"));
    add({ name: "index.json is a directory", target: "index-is-directory", exit: [1], rules: ["blob-not-regular-file"] });
  }
  {
    const l = layout(corpus, "dotdot-digest");
    const index = l.index();
    index.manifests.push({ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: "sha256:../../../../../etc/passwd", size: 10 });
    index.manifests.push({ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: `sha256:${"a".repeat(30)}/${"b".repeat(33)}`, size: 10 });
    l.setIndex(index);
    add({ name: "digests with .. and path separators", target: "dotdot-digest", exit: [1], rules: ["digest-format"] });
  }
  {
    const l = layout(corpus, "huge-sizes");
    const { value } = l.manifest();
    value.config.size = Number.MAX_SAFE_INTEGER;
    value.layers[0]!.size = Number.MAX_SAFE_INTEGER;
    l.setManifest(value);
    add({ name: "descriptors that declare 2^53-1 bytes", target: "huge-sizes", exit: [1], rules: ["blob-size-mismatch"] });
  }

  // --- bombs -------------------------------------------------------------------------------------
  {
    const l = layout(corpus, "gzip-bomb");
    l.addLayer(gzipBomb(4), "application/vnd.oci.image.layer.v1.tar+gzip");
    add({ name: "a gzip layer that inflates to 4 GiB of zeros", target: "gzip-bomb", exit: [1], rules: ["layer-limits"] });
  }
  {
    const l = layout(corpus, "zstd-bomb");
    l.addLayer(zstdBomb(), "application/vnd.oci.image.layer.v1.tar+zstd");
    add({ name: "a zstd layer that inflates to 1 GiB of zeros", target: "zstd-bomb", exit: [1], rules: ["layer-limits"] });
  }
  {
    const l = layout(corpus, "tar-bomb");
    l.addLayer(tarBomb(1_200_000), "application/vnd.oci.image.layer.v1.tar+gzip");
    add({ name: "a layer of 1.2 million empty files", target: "tar-bomb", exit: [1], rules: ["diff-ids-count"] });
  }
  {
    const l = layout(corpus, "pax-absurd-length");
    const header = Buffer.from(buildTar([{ name: "x", data: "y", pax: { path: "z" } }]));
    // The PAX record's size field claims 64 GiB; the stream ends long before.
    header.write("77777777777\0", 124, "latin1");
    let sum = 0;
    header.fill(" ", 148, 156);
    for (let i = 0; i < 512; i++) sum += header[i]!;
    header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
    l.addLayer(gzipSync(header), "application/vnd.oci.image.layer.v1.tar+gzip");
    add({ name: "a PAX header that claims 64 GiB", target: "pax-absurd-length", exit: [1], rules: ["layer-limits"] });
  }
  {
    const l = layout(corpus, "truncated-tar-header");
    l.addLayer(gzipSync(buildTar([{ name: "etc/motd", data: "hi" }]).subarray(0, 300)), "application/vnd.oci.image.layer.v1.tar+gzip");
    add({ name: "a layer cut inside its first tar header", target: "truncated-tar-header", exit: [1], rules: ["layer-tar-format"] });
  }

  // --- graph attacks -----------------------------------------------------------------------------
  {
    const l = layout(corpus, "self-reference-100k");
    // A nested index that lists itself 100,000 times: its bytes cannot hash to its own digest, so the
    // blob sits under a name it does not match.
    const name = sha256(Buffer.from("the name it claims"));
    const entry = { mediaType: "application/vnd.oci.image.index.v1+json", digest: name, size: 0 };
    const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: Array.from({ length: 100_000 }, () => entry) }));
    writeFileSync(l.blob(name), body);
    const index = l.index();
    index.manifests = [{ ...entry, size: body.length }];
    l.setIndex(index);
    add({ name: "an index that references itself 100,000 times", target: "self-reference-100k", exit: [1], rules: ["graph-cycle", "blob-digest-mismatch"] });
  }
  {
    const l = layout(corpus, "deep-index-json");
    writeFileSync(join(l.dir, "index.json"), "[".repeat(100_000) + "]".repeat(100_000));
    add({ name: "index.json nested 100,000 levels deep", target: "deep-index-json", exit: [1], rules: ["json-limits"] });
  }

  // --- single documents --------------------------------------------------------------------------
  writeFileSync(join(corpus, "deep.json"), '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000));
  add({ name: "a document nested 100,000 levels deep", target: "deep.json", exit: [1], rules: ["json-limits"] });
  {
    const fd = openSync(join(corpus, "huge.json"), "w");
    writeSync(fd, '{"schemaVersion": 2, "manifests": [');
    const entry = `{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:${"a".repeat(64)}", "size": 1},`;
    const block = entry.repeat(10_000);
    for (let written = 0; written < 100 * 1024 * 1024; written += block.length) writeSync(fd, block);
    writeSync(fd, "]}");
    closeSync(fd);
    add({ name: "a 100 MiB document", target: "huge.json", exit: [1], rules: ["json-limits"] });
  }
  writeFileSync(join(corpus, "bad-utf8.json"), Buffer.concat([Buffer.from('{"schemaVersion": 2, "manifests": [], "annotations": {"k": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]));
  add({ name: "invalid UTF-8", target: "bad-utf8.json", exit: [1], rules: ["json-invalid-unicode"] });
  writeFileSync(join(corpus, "dup-keys.json"), '{"schemaVersion": 2, "schemaVersion": 3, "manifests": []}');
  add({ name: "duplicate keys", target: "dup-keys.json", exit: [1], rules: ["json-duplicate-key"] });
  writeFileSync(join(corpus, "overflow.json"), '{"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:' + "a".repeat(64) + '", "size": 1e400}]}');
  add({ name: "a size of 1e400", target: "overflow.json", exit: [1], rules: ["json-unsafe-number"] });

  // --- archives ----------------------------------------------------------------------------------
  {
    const tar = join(corpus, "escape.tar");
    execFileSync("tar", ["-P", "-cf", tar, "-C", BASIC, ".", bait, `${BASIC}/../umoci-basic/oci-layout`]);
    add({ name: "an oci-archive with absolute and .. entries", target: "escape.tar", exit: [1], rules: ["archive-format"] });
  }
  {
    const tar = join(corpus, "archive-bomb.tar.gz");
    writeFileSync(tar, gzipBomb(2));
    add({ name: "an oci-archive that inflates to 2 GiB of zeros", target: "archive-bomb.tar.gz", exit: [1], rules: ["layout-missing-file"] });
  }
  return cases;
}
