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
      this.decoder.push(chunk);
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
