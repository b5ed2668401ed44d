// One zstd decoder, two implementations: libzstd (zstd-napi's binding) and fzstd where the native
// module is missing. Both must give the same bytes and fail the same inputs, fed chunk by chunk or
// as the stream that whole archives are read through.

import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { compress } from "zstd-napi";
import { createChunkDecoder, createDecompressor, PureJsZstdDecoder, type ChunkDecoder } from "../../src/content/decompress.js";

// Text that compresses well but not trivially, 3 MiB: several zstd blocks and several output buffers.
const content = Buffer.from(Array.from({ length: 3 * 1024 * 1024 / 64 }, (_, i) => `line ${i} ${"abcdefgh".repeat(i % 7)}`.padEnd(63) + "\n").join(""));
const frame = compress(content);
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function decodeInChunks(decoder: ChunkDecoder, input: Uint8Array, chunk: number): Buffer {
  const out: Buffer[] = [];
  const keep = (data: Uint8Array) => (out.push(Buffer.from(data)), true);
  for (let i = 0; i < input.length; i += chunk) decoder.write(input.subarray(i, i + chunk), keep);
  decoder.end(keep);
  return Buffer.concat(out);
}

const decoders: Array<[string, () => ChunkDecoder]> = [
  ["libzstd", () => createChunkDecoder("zstd")!],
  ["fzstd", () => new PureJsZstdDecoder()],
];

describe.each(decoders)("the %s decoder", (_name, make) => {
  it.each([1000, 64 * 1024, 1024 * 1024])("gives back the content fed %i bytes at a time", (chunk) => {
    expect(sha(decodeInChunks(make(), frame, chunk))).toBe(sha(content));
  });

  it("fails a frame cut short", () => {
    expect(() => decodeInChunks(make(), frame.subarray(0, frame.length - 100), 64 * 1024)).toThrow();
  });
});

describe("the zstd stream (archives)", () => {
  it("gives back the content", async () => {
    const stream = createDecompressor("zstd")!;
    const out: Buffer[] = [];
    stream.on("data", (d: Buffer) => out.push(d));
    const done = new Promise((resolve, reject) => stream.on("end", resolve).on("error", reject));
    for (let i = 0; i < frame.length; i += 100_000) stream.write(frame.subarray(i, i + 100_000));
    stream.end();
    await done;
    expect(sha(Buffer.concat(out))).toBe(sha(content));
  });
});
