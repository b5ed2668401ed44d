// Decompressors chosen by the bytes' magic: gzip through Node's zlib (libuv pool); zstd through
// libzstd's streaming call (zstd-napi's documented `binding` module), falling back to pure-JS fzstd
// where the native module cannot load. One zstd decoder serves layers (fed chunk by chunk on the
// scanning thread) and whole archives (as a stream).

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

/** Past this much output the ratio limit applies: small files may legitimately compress very well. */
export const RATIO_GRACE = 64 * 1024 * 1024;

/** Which expansion limit `decompressed` bytes of output from `raw` bytes of input have crossed, if any. */
export function expansionLimit(decompressed: number, raw: number, limits: { maxDecompressedBytes: number; maxRatio: number }): "size" | "ratio" | undefined {
  if (decompressed > limits.maxDecompressedBytes) return "size";
  if (decompressed > RATIO_GRACE && decompressed > raw * limits.maxRatio) return "ratio";
  return undefined;
}

/** A decompressor's error in words: zlib's codes say little to a reader. */
export function describeDecompressError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "Z_BUF_ERROR") return "the stream is truncated";
  if (code === "Z_DATA_ERROR") return `corrupt data (${error.message})`;
  return error.message;
}

/** A Transform that decompresses `compression`; undefined for "none". */
export function createDecompressor(compression: Compression): Transform | undefined {
  if (compression === "gzip") return createGunzip({ chunkSize: 256 * 1024 });
  const decoder = createChunkDecoder(compression);
  return decoder ? new DecoderStream(decoder) : undefined;
}

/** A whole gzip blob inflated in one call, or undefined when it does not inflate cleanly within maxOutputLength. */
export function gunzipWhole(raw: Uint8Array, maxOutputLength: number): Uint8Array | undefined {
  try {
    return gunzipSync(raw, { maxOutputLength });
  } catch {
    return undefined;
  }
}

/** A decompressor that works on this thread as it is fed. */
export interface ChunkDecoder {
  /** Decodes `chunk`, handing each piece of output to `out`; a piece is valid only during that call.
   * Stops early when `out` returns false. Throws on corrupt input. */
  write(chunk: Uint8Array, out: (data: Uint8Array) => boolean): void;
  /** The end of the input: hands on what is left, throws when it ended inside a frame. */
  end(out: (data: Uint8Array) => boolean): void;
}

/** zstd's decoder (libzstd, or fzstd without the native module); undefined for other formats. */
export function createChunkDecoder(compression: Compression): ChunkDecoder | undefined {
  if (compression !== "zstd") return undefined;
  const binding = loadZstdBinding();
  return binding ? new NativeZstdDecoder(binding) : new PureJsZstdDecoder();
}

type ZstdBinding = { DCtx: new () => { decompressStream(dst: Uint8Array, src: Uint8Array): [number, number, number] }; dStreamOutSize(): number };
let zstdBinding: ZstdBinding | null | undefined;

function loadZstdBinding(): ZstdBinding | null {
  if (zstdBinding === undefined) {
    try {
      zstdBinding = require("zstd-napi/binding") as ZstdBinding;
    } catch {
      zstdBinding = null;
    }
  }
  return zstdBinding;
}

/** libzstd's streaming call into one output buffer it reuses: no fresh buffer per 128 KiB of output,
 * garbage that kept each scan worker tens of MiB above what it uses. */
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
    if (this.inFrame) throw new Error("Stream ended in middle of compressed data frame");
  }
}

type FzstdDecompress = new (ondata: (chunk: Uint8Array, final: boolean) => void) => { push(chunk: Uint8Array, final?: boolean): void };

/** fzstd's streaming decoder, 2.2× slower than libzstd, for where zstd-napi's native build is missing. */
export class PureJsZstdDecoder implements ChunkDecoder {
  private readonly decoder: InstanceType<FzstdDecompress>;
  private out: (data: Uint8Array) => boolean = () => true;

  constructor() {
    const { Decompress } = require("fzstd") as { Decompress: FzstdDecompress };
    this.decoder = new Decompress((data) => this.out(data));
  }

  write(chunk: Uint8Array, out: (data: Uint8Array) => boolean): void {
    this.out = out;
    // fzstd keeps input it has not decoded yet, and the reader reuses its buffers: a copy.
    this.decoder.push(new Uint8Array(chunk));
  }

  end(out: (data: Uint8Array) => boolean): void {
    this.out = out;
    this.decoder.push(new Uint8Array(0), true);
  }
}

/** A ChunkDecoder as a Transform, for whole archives read as a stream. Each piece is copied: the
 * decoder reuses its buffer, and a stream's reader may keep what it is given. */
class DecoderStream extends Transform {
  constructor(private readonly decoder: ChunkDecoder) {
    super();
  }

  private readonly keep = (data: Uint8Array): boolean => {
    this.push(Buffer.from(data));
    return true;
  };

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.decoder.write(chunk, this.keep);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.end(this.keep);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}
