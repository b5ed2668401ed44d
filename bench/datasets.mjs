// Deterministic benchmark layouts. The same arguments always give the same bytes: content comes from
// AES-CTR under a fixed key (fast, and incompressible where we want it), half of every block is
// repetitive text so layers compress about 2:1 like real ones (see contentBlock).
//
//   node bench/datasets.mjs big <dir> [--mib 1024] [--layers 8] [--compression gzip|zstd]
//   node bench/datasets.mjs wide <dir> [--images 2000]
//   node bench/datasets.mjs tree <dir> [--depth 4] [--fanout 4]

import { createCipheriv, createHash } from "node:crypto";
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGzip, constants as zconst } from "node:zlib";
import { once } from "node:events";

const MiB = 1024 * 1024;
const FILE_SIZE = 16 * MiB;
const MTIME = 1709287200;

export function keystream(seed) {
  const key = createHash("sha256").update(`ocilint-bench-${seed}`).digest();
  return createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
}

/**
 * A block of `size` bytes that compresses about like a real layer (2-3:1) and makes the decompressor
 * work: three quarters random letters from a 32-symbol alphabet (Huffman-coded literals, no matches),
 * one quarter repeated text (back-references).
 */
function contentBlock(cipher, size) {
  const letters = cipher.update(Buffer.alloc(size - (size >> 2)));
  for (let i = 0; i < letters.length; i++) letters[i] = 0x40 | (letters[i] & 0x1f);
  const text = Buffer.alloc(size >> 2);
  const line = Buffer.from(`${letters.readUInt32LE(0).toString(16)} the quick brown fox jumps over the lazy dog\n`);
  for (let i = 0; i < text.length; i += line.length) line.copy(text, i);
  return Buffer.concat([letters, text]);
}

function octal(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function tarHeader(name, size, type = "0", mode = 0o644) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, "utf8");
  h.write(octal(mode, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(MTIME, 12), 136);
  h.fill(" ", 148, 156);
  h.write(type, 156);
  h.write("ustar\0", 257);
  h.write("00", 263);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + " ", 148);
  return h;
}

/** Yields a tar of `bytes` of file content in 16 MiB files. */
function* layerTar(seed, bytes) {
  const cipher = keystream(seed);
  let left = bytes;
  for (let n = 0; left > 0; n++) {
    const size = Math.min(FILE_SIZE, left);
    yield tarHeader(`data/layer${seed}/file${String(n).padStart(4, "0")}.bin`, size);
    for (let done = 0; done < size; done += MiB) yield contentBlock(cipher, Math.min(MiB, size - done));
    if (size % 512) yield Buffer.alloc(512 - (size % 512));
    left -= size;
  }
  yield Buffer.alloc(1024);
}

function compressor(compression) {
  if (compression === "gzip") return createGzip({ level: 6, chunkSize: MiB });
  if (compression === "zstd") {
    // zstd-napi is an ocilint dependency; level 3 is zstd's default.
    return import("zstd-napi").then(({ CompressStream }) => new CompressStream({ compressionLevel: 3 }));
  }
  return undefined;
}

/** Writes content-addressed blobs into a layout as it is built. */
export class LayoutWriter {
  constructor(dir) {
    this.dir = dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "blobs", "sha256"), { recursive: true });
    writeFileSync(join(dir, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
  }

  json(value, mediaType) {
    const data = Buffer.from(JSON.stringify(value));
    const digest = `sha256:${createHash("sha256").update(data).digest("hex")}`;
    writeFileSync(join(this.dir, "blobs", "sha256", digest.slice(7)), data);
    return { mediaType, digest, size: data.length };
  }

  /** Streams a layer to disk: returns its descriptor and diff_id. */
  async layer(seed, bytes, compression) {
    const tmp = join(this.dir, "blobs", `.tmp-${seed}`);
    const out = createWriteStream(tmp);
    const blobHash = createHash("sha256");
    const diffHash = createHash("sha256");
    let size = 0;
    const sink = (chunk) => {
      blobHash.update(chunk);
      size += chunk.length;
      return out.write(chunk);
    };
    const z = await compressor(compression);
    if (z) z.on("data", (chunk) => { if (!sink(chunk)) z.pause(), out.once("drain", () => z.resume()); });
    for (const chunk of layerTar(seed, bytes)) {
      diffHash.update(chunk);
      if (z) { if (!z.write(chunk)) await once(z, "drain"); }
      else if (!sink(chunk)) await once(out, "drain");
    }
    if (z) { z.end(); await once(z, "end"); }
    out.end();
    await once(out, "close");
    const digest = `sha256:${blobHash.digest("hex")}`;
    renameSync(tmp, join(this.dir, "blobs", "sha256", digest.slice(7)));
    const mediaType = `application/vnd.oci.image.layer.v1.tar${compression === "none" ? "" : `+${compression}`}`;
    return { descriptor: { mediaType, digest, size }, diffId: `sha256:${diffHash.digest("hex")}` };
  }

  image(layers, platform = { architecture: "amd64", os: "linux" }, extraConfig = {}) {
    const config = this.json({
      created: "2024-03-01T10:00:00Z", ...platform, ...extraConfig,
      config: { User: "app", Env: ["PATH=/usr/local/bin:/usr/bin:/bin"], Entrypoint: ["/app"] },
      rootfs: { type: "layers", diff_ids: layers.map((l) => l.diffId) },
      history: layers.map((_, i) => ({ created: "2024-03-01T10:00:00Z", created_by: `layer ${i}` })),
    }, "application/vnd.oci.image.config.v1+json");
    return this.json({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config, layers: layers.map((l) => l.descriptor) }, "application/vnd.oci.image.manifest.v1+json");
  }

  index(manifests, file) {
    const value = { schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests };
    if (file) writeFileSync(join(this.dir, "index.json"), JSON.stringify(value));
    return value;
  }
}

export async function makeBig(dir, { mib = 1024, layers = 8, compression = "gzip" } = {}) {
  const w = new LayoutWriter(dir);
  const per = Math.floor((mib * MiB) / layers);
  const made = [];
  for (let i = 0; i < layers; i++) made.push(await w.layer(`big-${i}`, per, compression));
  const manifest = w.image(made);
  w.index([{ ...manifest, platform: { architecture: "amd64", os: "linux" }, annotations: { "org.opencontainers.image.ref.name": "big" } }], true);
}

/** Many small images in one index: each has its own config and a tiny layer shared in groups of 10. */
export async function makeWide(dir, { images = 2000 } = {}) {
  const w = new LayoutWriter(dir);
  const shared = [];
  for (let g = 0; g < Math.ceil(images / 10); g++) shared.push(await w.layer(`wide-${g}`, 4096, "gzip"));
  const entries = [];
  for (let i = 0; i < images; i++) {
    const manifest = w.image([shared[Math.floor(i / 10)]], { architecture: "amd64", os: "linux" }, { author: `image ${i}` });
    // A distinct os.version per entry keeps 20,000 entries from being 19,999 duplicate-platform warnings.
    entries.push({ ...manifest, platform: { architecture: "amd64", os: "linux", "os.version": `1.0.${i}` }, annotations: { "org.opencontainers.image.ref.name": `app-${i}` } });
  }
  w.index(entries, true);
}

/** A tree of nested indexes `depth` deep with `fanout` children each, manifests at the leaves. */
export async function makeTree(dir, { depth = 4, fanout = 4 } = {}) {
  const w = new LayoutWriter(dir);
  const layer = await w.layer("tree", 4096, "gzip");
  let leaf = 0;
  const build = (level) => {
    if (level === depth) {
      const m = w.image([layer], { architecture: "amd64", os: "linux" }, { author: `leaf ${leaf++}` });
      return { ...m, platform: { architecture: "amd64", os: "linux" } };
    }
    const children = Array.from({ length: fanout }, () => build(level + 1));
    return w.json(w.index(children), "application/vnd.oci.image.index.v1+json");
  };
  w.index([build(1)], true);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [what, dir, ...rest] = process.argv.slice(2);
  const opts = {};
  for (let i = 0; i < rest.length; i += 2) opts[rest[i].replace(/^--/, "")] = /^\d+$/.test(rest[i + 1]) ? Number(rest[i + 1]) : rest[i + 1];
  const make = { big: makeBig, wide: makeWide, tree: makeTree }[what];
  if (!make || !dir) {
    console.error("usage: node bench/datasets.mjs big|wide|tree <dir> [--option value]…");
    process.exit(2);
  }
  await make(dir, opts);
}
