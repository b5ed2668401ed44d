// A strict RFC 8259 reader that records where every value is. It never throws: malformed input,
// duplicate keys, invalid UTF-8, a BOM, lone surrogates and numbers a double cannot hold exactly all
// become problems with a line and column. Nesting is bounded, so hostile depth cannot blow the stack.

import type { JsonProblem, JsonProblemKind, NodePosition, ParseOptions, ParsedJson, Position } from "./types.js";
import { firstInvalidUtf8 } from "./utf8.js";

const DEFAULT_MAX_DEPTH = 1000;
// Recursion depth the parser can always afford on Node's default stack.
const HARD_MAX_DEPTH = 4000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

class Stop {
  constructor(readonly kind: JsonProblemKind, readonly message: string, readonly position: Position, readonly pointer: string) {}
}

export function parseJson(input: Uint8Array | string, options: ParseOptions = {}): ParsedJson {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const problems: JsonProblem[] = [];
  const start: Position = { line: 1, column: 1, offset: 0 };
  const empty = (text: string): ParsedJson => ({ ok: false, value: undefined, text, problems, positions: new Map(), numberLiterals: new Map() });

  if (input.length > maxBytes) {
    problems.push({ kind: "too-large", message: `document is ${input.length} bytes, over the ${maxBytes}-byte limit`, pointer: "", position: start });
    return empty("");
  }

  let text: string;
  let invalidAt: number | undefined;
  if (typeof input === "string") {
    text = input;
  } else {
    let bytes = input;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      problems.push({ kind: "bom", message: "document starts with a UTF-8 byte order mark (BOM), which JSON text must not have", pointer: "", position: start });
      bytes = bytes.subarray(3);
    }
    try {
      text = fatalDecoder.decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      text = lenientDecoder.decode(bytes);
      invalidAt = lenientDecoder.decode(bytes.subarray(0, Math.max(bad, 0))).length;
      const position = positionAt(text, invalidAt);
      problems.push({
        kind: "invalid-utf8",
        message: `invalid UTF-8 at byte ${bad + (input.length - bytes.length)} (0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")})`,
        pointer: "",
        position,
      });
    }
  }
  if (typeof input === "string" && text.charCodeAt(0) === 0xfeff) {
    problems.push({ kind: "bom", message: "document starts with a byte order mark (BOM), which JSON text must not have", pointer: "", position: start });
    text = text.slice(1);
  }

  const maxDepth = Math.min(options.maxDepth ?? DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH);
  const parser = new Parser(text, maxDepth, false);
  try {
    parser.skipWhitespace();
    if (parser.i >= text.length) throw new Stop("syntax", "empty document: expected a JSON value", parser.pos(), "");
    const value = parser.parseValue("", 0);
    parser.skipWhitespace();
    if (parser.i < text.length) throw new Stop("syntax", `unexpected ${parser.describeHere()} after the end of the document`, parser.pos(), "");
    problems.push(...parser.problems);
    problems.sort((a, b) => a.position.offset - b.position.offset);
    return new ParsedDocument(value, problems, parser.numberLiterals, new LazyPositions(text, maxDepth));
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    problems.push(...parser.problems);
    problems.push({ kind: error.kind, message: error.message, pointer: error.pointer, position: error.position });
    problems.sort((a, b) => a.position.offset - b.position.offset);
    return { ...empty(text), problems };
  }
}

/**
 * Most documents are clean and nobody asks where their values are, so the position map is built
 * by a second, tracking pass the first time someone reads it (about 3x the cost of the plain parse).
 * It holds the text, not the parsed value: a finding sink keeps it after the value is let go.
 */
class LazyPositions {
  private map: Map<string, NodePosition> | undefined;

  constructor(readonly text: string, private readonly maxDepth: number) {}

  get positions(): Map<string, NodePosition> {
    if (!this.map) {
      const tracker = new Parser(this.text, this.maxDepth, true);
      tracker.skipWhitespace();
      tracker.parseValue("", 0);
      this.map = tracker.positions;
    }
    return this.map;
  }
}

/** A document that parsed; its positions are worked out on first use. */
class ParsedDocument implements ParsedJson {
  readonly ok = true;

  constructor(
    readonly value: unknown,
    readonly problems: JsonProblem[],
    readonly numberLiterals: Map<string, string>,
    readonly lazy: LazyPositions,
  ) {}

  get text(): string {
    return this.lazy.text;
  }

  get positions(): Map<string, NodePosition> {
    return this.lazy.positions;
  }
}

/** What locating a pointer needs (the text and its positions, still lazy), without the parsed value:
 * for documents whose findings may come long after their value was used. */
export function positionsOnly(parsed: Pick<ParsedJson, "text" | "positions">): Pick<ParsedJson, "text" | "positions"> {
  return parsed instanceof ParsedDocument ? parsed.lazy : parsed;
}

/** The position of `pointer`, or of its nearest ancestor that exists. */
export function locate(parsed: Pick<ParsedJson, "positions">, pointer: string): NodePosition | undefined {
  let p = pointer;
  for (;;) {
    const found = parsed.positions.get(p);
    if (found || p === "") return found;
    p = p.slice(0, p.lastIndexOf("/"));
  }
}

export function pointerOf(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) out += "/" + escapeSegment(String(segment));
  return out;
}

/** One RFC 6901 reference token: "~" and "/" escaped (most keys have neither, and are returned as they are). */
export function escapeSegment(key: string): string {
  return key.includes("~") || key.includes("/") ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key;
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

class Parser {
  i = 0;
  private line = 1;
  private lineStart = 0;
  readonly positions = new Map<string, NodePosition>();
  readonly numberLiterals = new Map<string, string>();
  readonly problems: JsonProblem[] = [];

  constructor(private readonly text: string, private readonly maxDepth: number, private readonly track: boolean) {}

  pos(): Position {
    return { line: this.line, column: this.i - this.lineStart + 1, offset: this.i };
  }

  skipWhitespace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09) this.i++;
      else if (c === 0x0a) { this.i++; this.line++; this.lineStart = this.i; }
      else if (c === 0x0d) {
        this.i++;
        if (t.charCodeAt(this.i) === 0x0a) this.i++;
        this.line++;
        this.lineStart = this.i;
      } else return;
    }
  }

  describeHere(): string {
    if (this.i >= this.text.length) return "end of input";
    const c = this.text.codePointAt(this.i)!;
    if (c < 0x20) return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    return `'${String.fromCodePoint(c)}'`;
  }

  private fail(expected: string, pointer: string): never {
    const found = this.describeHere();
    const message = found === "end of input" ? `unexpected end of input: expected ${expected}` : `expected ${expected}, found ${found}`;
    throw new Stop("syntax", message, this.pos(), pointer);
  }

  parseValue(pointer: string, depth: number): unknown {
    const start = this.track ? this.pos() : undefined;
    const c = this.text.charCodeAt(this.i);
    let value: unknown;
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= this.maxDepth) throw new Stop("too-deep", `nesting deeper than ${this.maxDepth} levels`, this.pos(), pointer);
      value = c === 0x7b ? this.parseObject(pointer, depth + 1) : this.parseArray(pointer, depth + 1);
    } else if (c === 0x22 /* " */) {
      value = this.parseString(pointer);
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      value = this.parseNumber(pointer);
    } else if (this.text.startsWith("true", this.i)) {
      this.i += 4;
      value = true;
    } else if (this.text.startsWith("false", this.i)) {
      this.i += 5;
      value = false;
    } else if (this.text.startsWith("null", this.i)) {
      this.i += 4;
      value = null;
    } else {
      this.fail("a JSON value", pointer);
    }
    if (start) {
      const existing = this.positions.get(pointer);
      this.positions.set(pointer, { value: start, end: this.pos(), ...(existing?.key ? { key: existing.key } : {}) });
    }
    return value;
  }

  private parseObject(pointer: string, depth: number): Record<string, unknown> {
    this.i++; // {
    const object: Record<string, unknown> = {};
    const seen = new Map<string, Position>();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return object;
    }
    for (;;) {
      if (this.text.charCodeAt(this.i) !== 0x22) this.fail(seen.size === 0 ? "a string key or '}'" : "a string key", pointer);
      const keyPos = this.pos();
      const key = this.parseString(pointer);
      const memberPointer = pointer + "/" + escapeSegment(key);
      const first = seen.get(key);
      if (first) {
        this.problems.push({
          kind: "duplicate-key",
          message: `duplicate key "${key}" (first at line ${first.line}, column ${first.column}); readers disagree on which value wins`,
          pointer: memberPointer,
          position: keyPos,
        });
      } else {
        seen.set(key, keyPos);
      }
      this.skipWhitespace();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.fail("':' after the object key", memberPointer);
      this.i++;
      this.skipWhitespace();
      // The key position is recorded first so that parseValue keeps it with the value's.
      if (this.track) this.positions.set(memberPointer, { value: keyPos, end: keyPos, key: keyPos });
      const value = this.parseValue(memberPointer, depth);
      if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        this.skipWhitespace();
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        return object;
      }
      this.fail("',' or '}' after an object member", pointer);
    }
  }

  private parseArray(pointer: string, depth: number): unknown[] {
    this.i++; // [
    const array: unknown[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return array;
    }
    for (;;) {
      array.push(this.parseValue(`${pointer}/${array.length}`, depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        this.skipWhitespace();
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        return array;
      }
      this.fail("',' or ']' after an array element", pointer);
    }
  }

  private parseString(pointer: string): string {
    const t = this.text;
    const startPos = this.pos();
    this.i++; // opening quote
    let out = "";
    let chunkStart = this.i;
    let loneSurrogate = false;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x22) {
        out += t.slice(chunkStart, this.i);
        this.i++;
        break;
      }
      if (Number.isNaN(c)) {
        this.i = startPos.offset;
        this.line = startPos.line;
        throw new Stop("syntax", "unterminated string", startPos, pointer);
      }
      if (c === 0x5c) {
        out += t.slice(chunkStart, this.i);
        const escaped = this.parseEscape(pointer);
        if (escaped.lone) loneSurrogate = true;
        out += escaped.text;
        chunkStart = this.i;
        continue;
      }
      if (c < 0x20) this.fail("an escaped control character (control characters must be written as \\uXXXX)", pointer);
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = t.charCodeAt(this.i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) this.i++;
        else loneSurrogate = true;
      }
      this.i++;
    }
    if (loneSurrogate) {
      this.problems.push({ kind: "lone-surrogate", message: "string holds a lone UTF-16 surrogate, which is not a Unicode character (I-JSON forbids it)", pointer, position: startPos });
    }
    return out;
  }

  private parseEscape(pointer: string): { text: string; lone: boolean } {
    const t = this.text;
    const c = t.charCodeAt(this.i + 1);
    this.i += 2;
    switch (c) {
      case 0x22: return { text: '"', lone: false };
      case 0x5c: return { text: "\\", lone: false };
      case 0x2f: return { text: "/", lone: false };
      case 0x62: return { text: "\b", lone: false };
      case 0x66: return { text: "\f", lone: false };
      case 0x6e: return { text: "\n", lone: false };
      case 0x72: return { text: "\r", lone: false };
      case 0x74: return { text: "\t", lone: false };
      case 0x75: {
        const unit = this.hex4(pointer);
        if (unit >= 0xd800 && unit <= 0xdbff && t.charCodeAt(this.i) === 0x5c && t.charCodeAt(this.i + 1) === 0x75) {
          const save = this.i;
          this.i += 2;
          const low = this.hex4(pointer);
          if (low >= 0xdc00 && low <= 0xdfff) return { text: String.fromCharCode(unit, low), lone: false };
          this.i = save;
        }
        return { text: String.fromCharCode(unit), lone: unit >= 0xd800 && unit <= 0xdfff };
      }
      default:
        this.i -= 1;
        this.fail("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", pointer);
    }
  }

  private hex4(pointer: string): number {
    const digits = this.text.slice(this.i, this.i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail("four hex digits after \\u", pointer);
    this.i += 4;
    return parseInt(digits, 16);
  }

  private parseNumber(pointer: string): number {
    const t = this.text;
    const start = this.i;
    const startPos = this.pos();
    if (t.charCodeAt(this.i) === 0x2d) this.i++;
    const first = t.charCodeAt(this.i);
    if (first === 0x30) {
      this.i++;
      const next = t.charCodeAt(this.i);
      if (next >= 0x30 && next <= 0x39) throw new Stop("syntax", "numbers must not have leading zeros", startPos, pointer);
    } else if (first >= 0x31 && first <= 0x39) {
      while (isDigit(t.charCodeAt(this.i))) this.i++;
    } else {
      this.fail("a digit", pointer);
    }
    let integer = true;
    if (t.charCodeAt(this.i) === 0x2e) {
      integer = false;
      this.i++;
      if (!isDigit(t.charCodeAt(this.i))) this.fail("a digit after the decimal point", pointer);
      while (isDigit(t.charCodeAt(this.i))) this.i++;
    }
    const e = t.charCodeAt(this.i);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      this.i++;
      const sign = t.charCodeAt(this.i);
      if (sign === 0x2b || sign === 0x2d) this.i++;
      if (!isDigit(t.charCodeAt(this.i))) this.fail("a digit in the exponent", pointer);
      while (isDigit(t.charCodeAt(this.i))) this.i++;
    }
    const literal = t.slice(start, this.i);
    const value = Number(literal);
    if (!integer) this.numberLiterals.set(pointer, literal);
    // 1e20 and 9007199254740993.0 are integers too, written another way, and just as inexact.
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
      this.problems.push({
        kind: "unsafe-number",
        message: `number ${literal.length > 40 ? literal.slice(0, 40) + "…" : literal} is outside the range JavaScript and many JSON parsers hold exactly (±2^53−1)`,
        pointer,
        position: startPos,
      });
    }
    return value;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
