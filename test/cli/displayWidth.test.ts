// displayWidth stands in for string-width inside the bundled CLI (yargs' help layout): it must
// measure what ocilint's help contains exactly as string-width does, and CJK and emoji the same too.

import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import displayWidth from "../../src/format/displayWidth.js";

const cases: Array<[string, string]> = [
  ["empty", ""],
  ["plain help text", "treat every document as this kind instead of detecting it"],
  ["punctuation and brackets", '[string] [choices: "stylish", "json", "sarif", "github"] --no-config'],
  ["colour codes", "\u001b[1m\u001b[31merror\u001b[39m\u001b[22m digest-mismatch"],
  ["a hyperlink", "\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007"],
  ["Latin-1 and accents", "café naïve Ünïcödé"],
  ["a combining accent", "e\u0301"],
  ["CJK", "日本語のテキスト"],
  ["Hangul", "한국어"],
  ["fullwidth forms", "ＡＢＣ１２３"],
  ["an emoji", "ok 👍"],
  ["a zero-width space", "a\u200bb"],
];

describe("displayWidth", () => {
  it.each(cases)("%s: the same width as string-width", (_name, text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  it("anything but a string is 0 wide", () => {
    expect(displayWidth(undefined)).toBe(0);
    expect(displayWidth(42)).toBe(0);
  });
});
