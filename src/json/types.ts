// What the position-aware JSON reader returns.

/** 1-based line and column (column in UTF-16 code units, as editors and SARIF count); offset into the text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface NodePosition {
  /** Where the value starts. */
  value: Position;
  /** Just after the value ends. */
  end: Position;
  /** For object members: where the member's key starts (its opening quote). */
  key?: Position;
}

export type JsonProblemKind =
  | "syntax" | "duplicate-key" | "invalid-utf8" | "unsafe-number" | "bom" | "too-deep" | "too-large" | "lone-surrogate";

export interface JsonProblem {
  kind: JsonProblemKind;
  message: string;
  /** Pointer of the value concerned ("" for the root or when unknown). */
  pointer: string;
  position: Position;
}

export interface ParsedJson {
  /** False when the text is not JSON (syntax error, too deep, too large); `value` is then undefined. */
  ok: boolean;
  value: unknown;
  /** The decoded text, for code frames. */
  text: string;
  problems: JsonProblem[];
  /** RFC 6901 pointer → position, for every value in the document. */
  positions: Map<string, NodePosition>;
  /** Raw literal of numbers written with a fraction or exponent, so rules can tell 2.0 from 2. */
  numberLiterals: Map<string, string>;
}

export interface ParseOptions {
  /** Deepest nesting of arrays and objects (default 1000). */
  maxDepth?: number;
  /** Largest input in bytes or UTF-16 units (default 64 MiB). */
  maxBytes?: number;
}
