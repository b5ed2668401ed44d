// Streaming decompressors chosen by the bytes' magic: gzip through Node's zlib (libuv pool), zstd
// through libzstd (zstd-napi), falling back to pure-JS fzstd where the native module cannot load.

import { createRequire } from "node:module";
import { Transform, type TransformCallback } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";

export type Compression = "gzip" | "zstd" | "none";

export function detectCompression(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "gzip";
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return "zstd";
  return "none";
}

const require = createRequire(import.meta.url);

type ZstdNapi = { DecompressStream: new () => Transform };
let nativeZstd: ZstdNapi | null | undefined;

function loadNativeZstd(): ZstdNapi | null {
  if (nativeZstd === undefined) {
    try {
      nativeZstd = require("zstd-napi") as ZstdNapi;
    } catch {
      nativeZstd = null;
    }
  }
  return nativeZstd;
}

/** A Transform that decompresses `compression`; undefined for "none". */
export function createDecompressor(compression: Compression): Transform | undefined {
  if (compression === "gzip") return createGunzip({ chunkSize: 256 * 1024 });
  if (compression === "zstd") {
    const native = loadNativeZstd();
    return native ? new native.DecompressStream() : new PureJsZstd();
  }
  return undefined;
}

/** A whole gzip blob inflated in one call, or undefined when it does not inflate cleanly within maxOutputLength. */
export function gunzipWhole(raw: Uint8Array, maxOutputLength: number): Uint8Array | undefined {
  try {
    return gunzipSync(raw, { maxOutputLength });
  } catch {
    return undefined;
  }
}

/** A decompressor that works on this thread as it is fed, into one output buffer it reuses. */
export interface ChunkDecoder {
  /** Decodes `chunk`, handing each piece of output to `out`; a piece is valid only during that call.
   * Stops early when `out` returns false. Throws on corrupt input. */
  write(chunk: Uint8Array, out: (data: Uint8Array) => boolean): void;
  /** Throws when the input ended inside a frame. */
  end(): void;
}

type ZstdBinding = { DCtx: new () => { decompressStream(dst: Uint8Array, src: Uint8Array): [number, number, number] }; dStreamOutSize(): number };
let zstdBinding: ZstdBinding | null | undefined;

/**
 * zstd through libzstd's streaming call directly (zstd-napi's documented `binding` module): the same
 * decoding as its DecompressStream, without a Transform's callbacks and a fresh output buffer per
 * 128 KiB, garbage that kept each scan worker tens of MiB above what it uses. Undefined for other
 * formats, or when the native module cannot load.
 */
export function createChunkDecoder(compression: Compression): ChunkDecoder | undefined {
  if (compression !== "zstd") return undefined;
  if (zstdBinding === undefined) {
    try {
      zstdBinding = require("zstd-napi/binding") as ZstdBinding;
    } catch {
      zstdBinding = null;
    }
  }
  return zstdBinding ? new NativeZstdDecoder(zstdBinding) : undefined;
}

class NativeZstdDecoder implements ChunkDecoder {
  private readonly context: InstanceType<ZstdBinding["DCtx"]>;
  private readonly buffer: Buffer;
  private inFrame = false;

  constructor(binding: ZstdBinding) {
    this.context = new binding.DCtx();
    this.buffer = Buffer.allocUnsafe(binding.dStreamOutSize());
  }

  write(chunk: Uint8Array, out: (data: Uint8Array) => boolean): void {
    let input = chunk;
    for (;;) {
      const [left, produced, consumed] = this.context.decompressStream(this.buffer, input);
      if (produced > 0 && !out(this.buffer.subarray(0, produced))) return;
      input = input.subarray(consumed);
      // All input taken and the output not full (or the frame done): nothing more to flush for now.
      if (input.length === 0 && (produced < this.buffer.length || left === 0)) {
        this.inFrame = left !== 0;
        return;
      }
    }
  }

  end(): void {
    // zstd-napi's stream says the same.
    if (this.inFrame) throw new Error("Stream ended in middle of compressed data frame");
  }
}

export function zstdImplementation(): "native" | "javascript" {
  return loadNativeZstd() ? "native" : "javascript";
}

/** fzstd's streaming decoder as a Transform. */
class PureJsZstd extends Transform {
  private readonly decoder: { push(chunk: Uint8Array, final?: boolean): void };

  constructor() {
    super();
    const { Decompress } = require("fzstd") as { Decompress: new (ondata: (chunk: Uint8Array, final: boolean) => void) => { push(chunk: Uint8Array, final?: boolean): void } };
    this.decoder = new Decompress((chunk) => this.push(chunk));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      // fzstd keeps input chunks it has not decoded yet, and the reader reuses its buffers: a copy.
      this.decoder.push(new Uint8Array(chunk));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.push(new Uint8Array(0), true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
