import type { DocumentKind } from "../../src/model/index.js";

export interface ValidCase {
  name: string;
  doc: string;
  kind?: DocumentKind;
  /** Lint the UTF-8 bytes of `doc` rather than the string (for byte-level rules). */
  bytes?: boolean;
}

export interface InvalidCase extends ValidCase {
  /** The document with ▶ where the finding must be. */
  doc: string;
  pointer: string | undefined;
  message: string | RegExp;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
