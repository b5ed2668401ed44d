// Builds tar streams byte by byte for the content tests, including the malformed ones no archiver
// would write: every header field can be set, PAX and GNU long-name records added, checksums broken.

export interface TarSpec {
  name: string;
  /** ustar typeflag: "0" file, "1" hard link, "2" symlink, "3" char device, "4" block device, "5" directory, "6" FIFO. */
  type?: string;
  data?: string | Uint8Array;
  mode?: number;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  /** PAX records written in an "x" header before this entry. */
  pax?: Record<string, string>;
  /** A GNU long name ("L") record before this entry. */
  gnuLongName?: string;
  /** Overrides the size field (the data written stays `data`). */
  size?: number;
  /** Corrupts the stored checksum. */
  badChecksum?: boolean;
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function header(spec: { name: string; type: string; size: number; mode: number; linkname: string; devmajor: number; devminor: number; badChecksum?: boolean }): Uint8Array {
  const h = Buffer.alloc(BLOCK);
  h.write(spec.name.slice(0, 100), 0, "utf8");
  h.write(octal(spec.mode, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(spec.size, 12), 124);
  h.write(octal(1709287200, 12), 136);
  h.fill(" ", 148, 156);
  h.write(spec.type, 156);
  h.write(spec.linkname.slice(0, 100), 157, "utf8");
  h.write("ustar\0", 257);
  h.write("00", 263);
  h.write(octal(spec.devmajor, 8), 329);
  h.write(octal(spec.devminor, 8), 337);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(spec.badChecksum ? sum + 1 : sum, 7) + " ", 148);
  return h;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = data.length % BLOCK;
  return rest === 0 ? [data] : [data, new Uint8Array(BLOCK - rest)];
}

function paxBody(records: Record<string, string>): Uint8Array {
  let text = "";
  for (const [key, value] of Object.entries(records)) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len) len++;
    text += `${len}${body}`;
  }
  return Buffer.from(text);
}

/** A complete tar: the entries, then the two zero blocks that end it (unless `end` is false). */
export function buildTar(entries: TarSpec[], options: { end?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    if (e.pax) {
      const body = paxBody(e.pax);
      parts.push(header({ name: "PaxHeaders/x", type: "x", size: body.length, mode: 0o644, linkname: "", devmajor: 0, devminor: 0 }), ...padded(body));
    }
    if (e.gnuLongName !== undefined) {
      const body = Buffer.from(`${e.gnuLongName}\0`);
      parts.push(header({ name: "././@LongLink", type: "L", size: body.length, mode: 0o644, linkname: "", devmajor: 0, devminor: 0 }), ...padded(body));
    }
    const data = typeof e.data === "string" ? Buffer.from(e.data) : e.data ?? new Uint8Array(0);
    const type = e.type ?? "0";
    parts.push(header({
      name: e.name, type, size: e.size ?? data.length, mode: e.mode ?? (type === "5" ? 0o755 : 0o644), linkname: e.linkname ?? "",
      devmajor: e.devmajor ?? 0, devminor: e.devminor ?? 0, ...(e.badChecksum ? { badChecksum: true } : {}),
    }));
    if (data.length > 0) parts.push(...padded(data));
  }
  if (options.end !== false) parts.push(new Uint8Array(2 * BLOCK));
  return Buffer.concat(parts);
}
