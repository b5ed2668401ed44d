// A push parser for tar streams (ustar, GNU and PAX). It reads headers and skips file contents as
// they stream past, so memory stays flat whatever the layer holds; malformed input becomes problems.

export type TarEntryType =
  | "file" | "directory" | "symlink" | "hardlink" | "char-device" | "block-device" | "fifo" | "contiguous" | "other";

export interface TarEntry {
  path: string;
  type: TarEntryType;
  typeflag: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname: string;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
  sparse: boolean;
  /** PAX records that applied to this entry (global and per-entry). */
  pax: Record<string, string>;
  /** The name in the ustar header itself, before PAX or GNU long names replaced it. */
  headerName: string;
  /** The link target in the ustar header itself, before PAX or GNU long links replaced it. */
  headerLinkname: string;
  headerOffset: number;
  index: number;
}

export interface TarProblem {
  kind: "tar-truncated" | "tar-checksum" | "tar-header" | "tar-pax" | "tar-pax-too-large" | "tar-too-many-entries" | "tar-trailing-data" | "tar-not-tar";
  message: string;
  offset: number;
}

export interface TarLimits {
  maxEntries: number;
  /** Largest PAX or GNU long-name record kept in memory. */
  maxMetadataBytes: number;
}

const BLOCK = 512;
const TYPES: Record<string, TarEntryType> = {
  "0": "file", "\0": "file", "7": "contiguous", "1": "hardlink", "2": "symlink", "3": "char-device",
  "4": "block-device", "5": "directory", "6": "fifo", S: "file",
};

type State =
  | { kind: "header" }
  | { kind: "skip"; remaining: number }
  | { kind: "data"; remaining: number; padding: number }
  | { kind: "collect"; remaining: number; padding: number; chunks: Uint8Array[]; collected: number; purpose: "pax" | "global" | "longname" | "longlink"; discard: boolean };

export class TarParser {
  private state: State = { kind: "header" };
  private readonly header = new Uint8Array(BLOCK);
  private headerFill = 0;
  private offset = 0;
  private entries = 0;
  private zeroBlocks = 0;
  private ended = false;
  private stopped = false;
  private sawHeader = false;
  private global: Record<string, string> = {};
  private pendingPax: Record<string, string> | undefined;
  private pendingLongName: string | undefined;
  private pendingLongLink: string | undefined;
  readonly problems: TarProblem[] = [];

  /**
   * `onData`, when given, receives each entry's contents as views of the written chunks (valid as
   * long as the caller keeps those chunks); `onEntryEnd` follows the last of them. Without them the
   * contents are skipped.
   */
  constructor(
    private readonly onEntry: (entry: TarEntry) => void,
    private readonly limits: TarLimits,
    private readonly onData?: (data: Uint8Array) => void,
    private readonly onEntryEnd?: () => void,
  ) {}

  get entryCount(): number {
    return this.entries;
  }

  write(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length && !this.stopped) {
      const state = this.state;
      if (state.kind === "data") {
        const n = Math.min(state.remaining, chunk.length - i);
        this.onData!(chunk.subarray(i, i + n));
        state.remaining -= n;
        i += n;
        this.offset += n;
        if (state.remaining === 0) this.endEntryData(state.padding);
      } else if (state.kind === "skip") {
        const n = Math.min(state.remaining, chunk.length - i);
        state.remaining -= n;
        i += n;
        this.offset += n;
        if (state.remaining === 0) this.state = { kind: "header" };
      } else if (state.kind === "collect") {
        const n = Math.min(state.remaining + state.padding, chunk.length - i);
        const dataPart = Math.min(n, state.remaining);
        if (dataPart > 0 && !state.discard) state.chunks.push(chunk.slice(i, i + dataPart));
        state.remaining -= dataPart;
        state.collected += dataPart;
        state.padding -= n - dataPart;
        i += n;
        this.offset += n;
        if (state.remaining === 0 && state.padding === 0) this.finishCollect(state);
      } else {
        if (this.ended) {
          // After the end marker only zero padding may follow.
          const rest = chunk.subarray(i);
          if (!isZero(rest)) {
            this.problems.push({ kind: "tar-trailing-data", message: "non-zero data after the end-of-archive marker", offset: this.offset });
            this.stopped = true;
          }
          this.offset += rest.length;
          return;
        }
        const n = Math.min(BLOCK - this.headerFill, chunk.length - i);
        this.header.set(chunk.subarray(i, i + n), this.headerFill);
        this.headerFill += n;
        i += n;
        this.offset += n;
        if (this.headerFill === BLOCK) {
          this.headerFill = 0;
          this.readHeader(this.offset - BLOCK);
        }
      }
    }
  }

  end(): void {
    if (this.stopped) return;
    if (!this.sawHeader && this.offset === 0) {
      this.problems.push({ kind: "tar-not-tar", message: "the layer is empty: not even a tar end marker", offset: 0 });
      return;
    }
    if (!this.sawHeader && !this.ended && this.offset < BLOCK) {
      this.problems.push({ kind: "tar-not-tar", message: `only ${this.offset} bytes: too short for a tar header`, offset: 0 });
      return;
    }
    if (this.state.kind !== "header" || this.headerFill !== 0) {
      this.problems.push({ kind: "tar-truncated", message: "the tar stream ends in the middle of an entry", offset: this.offset });
    } else if (!this.ended) {
      this.problems.push({ kind: "tar-truncated", message: "the tar stream ends without its end-of-archive marker (two zero blocks)", offset: this.offset });
    }
  }

  private readHeader(at: number): void {
    const h = this.header;
    if (isZero(h)) {
      this.zeroBlocks++;
      if (this.zeroBlocks === 2) this.ended = true;
      return;
    }
    if (this.zeroBlocks === 1) {
      // A single zero block followed by more headers: tolerated by GNU tar, kept going.
      this.zeroBlocks = 0;
    }
    const stored = parseNumber(h, 148, 8);
    let sum = 0;
    for (let k = 0; k < BLOCK; k++) sum += k >= 148 && k < 156 ? 0x20 : h[k]!;
    if (stored === undefined || stored !== sum) {
      const kind = this.sawHeader ? "tar-checksum" : "tar-not-tar";
      const message = this.sawHeader
        ? `header checksum mismatch at byte ${at} (stored ${stored ?? "unreadable"}, computed ${sum})`
        : "the layer does not start with a tar header";
      this.problems.push({ kind, message, offset: at });
      this.stopped = true;
      return;
    }
    this.sawHeader = true;
    const typeflag = String.fromCharCode(h[156]!);
    const size = parseNumber(h, 124, 12);
    if (size === undefined || size < 0) {
      this.problems.push({ kind: "tar-header", message: `entry at byte ${at} has an unreadable size field`, offset: at });
      this.stopped = true;
      return;
    }
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (typeflag === "x" || typeflag === "g" || typeflag === "L" || typeflag === "K") {
      const purpose = typeflag === "x" ? "pax" : typeflag === "g" ? "global" : typeflag === "L" ? "longname" : "longlink";
      const discard = size > this.limits.maxMetadataBytes;
      if (discard) this.problems.push({ kind: "tar-pax-too-large", message: `${purpose === "longname" || purpose === "longlink" ? "GNU long name" : "PAX"} record at byte ${at} is ${size} bytes, over the ${this.limits.maxMetadataBytes}-byte limit; ignored`, offset: at });
      this.state = { kind: "collect", remaining: size, padding: padded - size, chunks: [], collected: 0, purpose, discard };
      if (size === 0) this.finishCollect(this.state);
      return;
    }
    const entry = this.buildEntry(h, typeflag, size, at);
    this.entries++;
    if (this.entries > this.limits.maxEntries) {
      this.problems.push({ kind: "tar-too-many-entries", message: `more than ${this.limits.maxEntries} entries; the rest of the layer is not walked`, offset: at });
      this.stopped = true;
      return;
    }
    this.onEntry(entry);
    // Hard links, symlinks and directories carry no data even when a size is set (except in PAX-sparse
    // files). A PAX size record overrides the header's (files of 8 GiB and more).
    const dataSize = entry.type === "hardlink" || entry.type === "symlink" || entry.type === "directory" || entry.type === "char-device" || entry.type === "block-device" || entry.type === "fifo" ? 0 : entry.size;
    const dataPadded = Math.ceil(dataSize / BLOCK) * BLOCK;
    if (this.onData && dataSize > 0) this.state = { kind: "data", remaining: dataSize, padding: dataPadded - dataSize };
    else if (this.onData) this.endEntryData(0);
    else if (dataPadded > 0) this.state = { kind: "skip", remaining: dataPadded };
  }

  private endEntryData(padding: number): void {
    this.state = padding > 0 ? { kind: "skip", remaining: padding } : { kind: "header" };
    this.onEntryEnd?.();
  }

  private finishCollect(state: Extract<State, { kind: "collect" }>): void {
    this.state = { kind: "header" };
    if (state.discard) return;
    const bytes = concat(state.chunks, state.collected);
    if (state.purpose === "longname" || state.purpose === "longlink") {
      const value = cString(bytes, 0, bytes.length);
      if (state.purpose === "longname") this.pendingLongName = value;
      else this.pendingLongLink = value;
      return;
    }
    const records = parsePax(bytes);
    if (records === undefined) {
      this.problems.push({ kind: "tar-pax", message: `malformed PAX record block ending at byte ${this.offset}`, offset: this.offset });
      return;
    }
    if (state.purpose === "global") this.global = { ...this.global, ...records };
    else this.pendingPax = { ...this.pendingPax, ...records };
  }

  private buildEntry(h: Uint8Array, typeflag: string, size: number, at: number): TarEntry {
    const magic = cString(h, 257, 6);
    const ustar = magic === "ustar" || magic === "ustar ";
    const headerName = (ustar && h[345] !== 0 && magic === "ustar" ? cString(h, 345, 155) + "/" : "") + cString(h, 0, 100);
    const pax = { ...this.global, ...this.pendingPax };
    let path = this.pendingLongName ?? headerName;
    const headerLinkname = cString(h, 157, 100);
    let linkname = this.pendingLongLink ?? headerLinkname;
    if (pax["path"] !== undefined) path = pax["path"];
    if (pax["linkpath"] !== undefined) linkname = pax["linkpath"];
    const number = (field: string, offset: number, length: number) => {
      const fromPax = pax[field];
      if (fromPax !== undefined && /^-?\d+(\.\d+)?$/.test(fromPax)) return Number(fromPax);
      const value = parseNumber(h, offset, length);
      if (value === undefined) this.problems.push({ kind: "tar-header", message: `entry "${path}" at byte ${at} has an unreadable ${field} field`, offset: at });
      return value ?? 0;
    };
    const sparse = typeflag === "S" || Object.keys(pax).some((k) => k.startsWith("GNU.sparse."));
    const entry: TarEntry = {
      path,
      type: TYPES[typeflag] ?? "other",
      typeflag,
      size: pax["size"] !== undefined && /^\d{1,15}$/.test(pax["size"]) ? Number(pax["size"]) : size,
      mode: number("mode", 100, 8),
      uid: number("uid", 108, 8),
      gid: number("gid", 116, 8),
      mtime: number("mtime", 136, 12),
      linkname,
      uname: pax["uname"] ?? cString(h, 265, 32),
      gname: pax["gname"] ?? cString(h, 297, 32),
      devmajor: ustar ? parseNumber(h, 329, 8) ?? 0 : 0,
      devminor: ustar ? parseNumber(h, 337, 8) ?? 0 : 0,
      sparse,
      pax,
      headerName,
      headerLinkname,
      headerOffset: at,
      index: this.entries,
    };
    this.pendingPax = undefined;
    this.pendingLongName = undefined;
    this.pendingLongLink = undefined;
    return entry;
  }
}

const ZEROS = new Uint8Array(64 * 1024);

/** Whether every byte is zero, compared a slice at a time with memcmp: gigabytes of padding after the
 * end marker (a bomb made of zeros) must not crawl through a JavaScript loop. */
function isZero(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at += ZEROS.length) {
    const part = bytes.subarray(at, Math.min(bytes.length, at + ZEROS.length));
    if (Buffer.compare(part, ZEROS.subarray(0, part.length)) !== 0) return false;
  }
  return true;
}

function cString(bytes: Uint8Array, offset: number, length: number): string {
  let end = offset;
  const limit = Math.min(offset + length, bytes.length);
  while (end < limit && bytes[end] !== 0) end++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + offset, end - offset).toString("utf8");
}

/** Octal (space or NUL terminated) or GNU base-256 numeric fields; undefined when unreadable. */
function parseNumber(bytes: Uint8Array, offset: number, length: number): number | undefined {
  const first = bytes[offset]!;
  if (first & 0x80) {
    // base-256: the remaining bits, big-endian; negative values (0xff) are not meaningful here.
    if (first === 0xff) return undefined;
    let value = first & 0x7f;
    for (let k = 1; k < length; k++) value = value * 256 + bytes[offset + k]!;
    return Number.isSafeInteger(value) ? value : undefined;
  }
  let value = 0;
  let digits = 0;
  let k = offset;
  const end = offset + length;
  while (k < end && bytes[k] === 0x20) k++;
  for (; k < end; k++) {
    const c = bytes[k]!;
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return undefined;
    value = value * 8 + (c - 0x30);
    digits++;
  }
  return digits === 0 ? 0 : value;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** PAX extended header records: "<len> <key>=<value>\n", where len counts the whole record. */
function parsePax(bytes: Uint8Array): Record<string, string> | undefined {
  const records: Record<string, string> = {};
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] === 0) break;
    let j = i;
    while (j < bytes.length && bytes[j] !== 0x20) j++;
    const length = Number(Buffer.from(bytes.subarray(i, j)).toString("latin1"));
    if (!Number.isInteger(length) || length <= j - i + 1 || i + length > bytes.length || bytes[i + length - 1] !== 0x0a) return undefined;
    const record = Buffer.from(bytes.subarray(j + 1, i + length - 1)).toString("utf8");
    const eq = record.indexOf("=");
    if (eq <= 0) return undefined;
    records[record.slice(0, eq)] = record.slice(eq + 1);
    i += length;
  }
  return records;
}
