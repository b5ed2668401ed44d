// The streaming tar reader: what it reads from well-formed archives (fed in chunks of every size, so
// no header or record boundary is special) and the problem it names for each kind of damage.

import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TarParser, type TarEntry, type TarProblem } from "../../src/content/tarParser.js";
import { scanStream } from "../../src/content/scanBlob.js";
import { DEFAULT_LIMITS } from "../../src/sources/limits.js";
import { buildTar, type TarSpec } from "../helpers/tar.js";

function parse(bytes: Uint8Array, chunk = bytes.length, limits = { maxEntries: 1000, maxMetadataBytes: 1024 * 1024 }) {
  const entries: TarEntry[] = [];
  const data: string[] = [];
  let current = "";
  const parser = new TarParser((e) => entries.push(e), limits, (d) => (current += Buffer.from(d).toString("latin1")), () => {
    data.push(current);
    current = "";
  });
  for (let i = 0; i < bytes.length; i += Math.max(1, chunk)) parser.write(bytes.subarray(i, i + chunk));
  parser.end();
  return { entries, data, problems: parser.problems };
}

const problemsOf = (bytes: Uint8Array, limits?: { maxEntries: number; maxMetadataBytes: number }) =>
  parse(bytes, bytes.length, limits).problems.map((p: TarProblem) => `${p.kind}: ${p.message}`);

describe("reading well-formed tars", () => {
  const specs: TarSpec[] = [
    { name: "dir/", type: "5" },
    { name: "dir/a.txt", data: "alpha\n" },
    { name: "short", data: "x".repeat(1000), pax: { path: `long/${"p/".repeat(80)}file.txt`, uname: "builder" } },
    { name: "ignored", data: "gnu", gnuLongName: `gnu/${"q/".repeat(70)}name` },
    { name: "link", type: "2", linkname: "dir/a.txt" },
  ];
  const tar = buildTar(specs);

  it.each([1, 7, 511, 512, 513, 4096, tar.length])("in chunks of %i bytes", (chunk) => {
    const { entries, data, problems } = parse(tar, chunk);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.path, e.type, e.size])).toEqual([
      ["dir/", "directory", 0],
      ["dir/a.txt", "file", 6],
      [`long/${"p/".repeat(80)}file.txt`, "file", 1000],
      [`gnu/${"q/".repeat(70)}name`, "file", 3],
      ["link", "symlink", 0],
    ]);
    expect(entries[2]!.headerName).toBe("short");
    expect(entries[2]!.uname).toBe("builder");
    expect(entries[4]!.linkname).toBe("dir/a.txt");
    expect(data).toEqual(["", "alpha\n", "x".repeat(1000), "gnu", ""]);
  });
});

describe("damaged tars", () => {
  const good = buildTar([{ name: "a", data: "hello" }, { name: "b", data: "world" }]);

  it.each<[string, Uint8Array, string[], { maxEntries: number; maxMetadataBytes: number }?]>([
    ["empty", new Uint8Array(0), ["tar-not-tar: the layer is empty: not even a tar end marker"]],
    ["shorter than a header", Buffer.from("not a tar"), ["tar-not-tar: only 9 bytes: too short for a tar header"]],
    ["not a tar at all", Buffer.alloc(2048, 0x41), ["tar-not-tar: the layer does not start with a tar header"]],
    ["cut inside an entry's data", good.subarray(0, 700), ["tar-truncated: the tar stream ends in the middle of an entry"]],
    ["without its end marker", buildTar([{ name: "a", data: "hello" }], { end: false }), ["tar-truncated: the tar stream ends without its end-of-archive marker (two zero blocks)"]],
    ["a corrupt second header", buildTar([{ name: "a", data: "hello" }, { name: "b", data: "x", badChecksum: true }]),
      [expect.stringMatching(/^tar-checksum: header checksum mismatch at byte 1024 \(stored \d+, computed \d+\)$/)] as unknown as string[]],
    ["data after the end marker", Buffer.concat([good, Buffer.from("trailing junk")]), ["tar-trailing-data: non-zero data after the end-of-archive marker"]],
    ["more entries than the limit", buildTar(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}` }))),
      ["tar-too-many-entries: more than 3 entries; the rest of the layer is not walked"], { maxEntries: 3, maxMetadataBytes: 1024 }],
    ["a PAX record over the metadata limit", buildTar([{ name: "a", pax: { comment: "c".repeat(5000) } }]),
      ["tar-pax-too-large: PAX record at byte 0 is 5014 bytes, over the 1024-byte limit; ignored"], { maxEntries: 10, maxMetadataBytes: 1024 }],
  ])("%s", (_name, bytes, expected, limits) => {
    expect(problemsOf(bytes, limits)).toEqual(expected);
  });

  it("a PAX size that is not a number is ignored in favour of the header's", () => {
    const { entries, problems } = parse(buildTar([{ name: "a", data: "hello", pax: { size: "-5" } }, { name: "b", data: "x" }]));
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.path, e.size])).toEqual([["a", 5], ["b", 1]]);
  });
});

describe("scanning a layer blob", () => {
  const tar = buildTar([{ name: "etc/motd", data: "hi\n" }]);
  const scan = (bytes: Uint8Array, limits = DEFAULT_LIMITS) =>
    scanStream((async function* () { yield bytes; })(), { algorithm: "sha256", decompress: true, walkTar: true, limits });

  it("hashes the raw bytes and, separately, the tar inside the gzip (the diff_id)", async () => {
    const { createHash } = await import("node:crypto");
    const gz = gzipSync(tar);
    const result = await scan(gz);
    expect(result.compression).toBe("gzip");
    expect(result.digest).toBe(`sha256:${createHash("sha256").update(gz).digest("hex")}`);
    expect(result.diffId).toBe(`sha256:${createHash("sha256").update(tar).digest("hex")}`);
    expect(result.tar).toEqual({ entries: 1, problems: [] });
  });

  it("stops a decompression bomb at the ratio limit", async () => {
    const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024));
    const result = await scan(bomb, { ...DEFAULT_LIMITS, maxRatio: 100 });
    expect(result.problems.map((p) => p.kind)).toEqual(["limits"]);
    expect(result.problems[0]!.message).toMatch(/^expands more than 100:1 \(\d+ bytes from \d+\); treated as a decompression bomb$/);
  });

  it("reports corrupt gzip data", async () => {
    const gz = gzipSync(tar);
    gz[gz.length - 6] ^= 0xff; // inside the CRC32 trailer
    const result = await scan(gz);
    expect(result.problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([expect.stringMatching(/^decompress: /)]);
  });
});
