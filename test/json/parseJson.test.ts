import { describe, expect, it } from "vitest";
import { locate, parseJson, pointerOf } from "../../src/json/parseJson.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("positions", () => {
  const doc = '{\r\n  "a/b": [1, {"c~d": "é🚀x"}],\r\n  "z": null\r\n}';
  const parsed = parseJson(doc);

  it.each([
    ["", 1, 1],
    ["/a~1b", 2, 10],
    ["/a~1b/0", 2, 11],
    ["/a~1b/1", 2, 14],
    ["/a~1b/1/c~0d", 2, 22],
    ["/z", 3, 8],
  ])("%s at %i:%i (CRLF line ends)", (pointer, line, column) => {
    expect(parsed.positions.get(pointer)?.value).toMatchObject({ line, column });
  });

  it("records member keys", () => {
    expect(parsed.positions.get("/z")?.key).toMatchObject({ line: 3, column: 3 });
  });

  it("counts columns in UTF-16 units after astral characters", () => {
    const p = parseJson('{"k": "🚀", "n": 1}');
    expect(p.positions.get("/n")?.value.column).toBe(18);
  });

  it("locates the nearest existing ancestor", () => {
    expect(locate(parsed, "/a~1b/1/missing/deeper")?.value).toMatchObject({ line: 2, column: 14 });
  });

  it("encodes pointers", () => {
    expect(pointerOf(["a/b", 0, "c~d"])).toBe("/a~1b/0/c~0d");
  });
});

describe("values", () => {
  it("parses every JSON type", () => {
    expect(parseJson('{"s": "x\\n\\u00e9\\ud83d\\ude80", "n": -1.5e2, "t": true, "f": false, "z": null, "a": []}').value).toEqual({
      s: "x\né🚀", n: -150, t: true, f: false, z: null, a: [],
    });
  });

  it("keeps __proto__ as a plain own property", () => {
    const value = parseJson('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("keeps the last of duplicate keys, as Go does", () => {
    expect(parseJson('{"a": 1, "a": 2}').value).toEqual({ a: 2 });
  });

  it("records fraction and exponent literals", () => {
    expect([...parseJson('{"a": 2.0, "b": 1e3, "c": 4}').numberLiterals]).toEqual([["/a", "2.0"], ["/b", "1e3"]]);
  });
});

describe("problems", () => {
  const first = (input: string | Uint8Array) => parseJson(input).problems[0];

  it.each([
    ["empty document", "", "empty document: expected a JSON value", 1, 1],
    ["trailing comma in array", "[1,]", "expected a JSON value, found ']'", 1, 4],
    ["missing colon", '{"a" 1}', "expected ':' after the object key, found '1'", 1, 6],
    ["comment", "{/* no */}", "expected a string key or '}', found '/'", 1, 2],
    ["leading zero", "[01]", "numbers must not have leading zeros", 1, 2],
    ["NaN", "[NaN]", "expected a JSON value, found 'N'", 1, 2],
    ["raw control character", '["a\tb"]', "expected an escaped control character (control characters must be written as \\uXXXX), found control character U+0009", 1, 4],
    ["bad escape", '["\\x"]', "expected a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found 'x'", 1, 4],
    ["unterminated string", '{"a": "b', "unterminated string", 1, 7],
    ["garbage after the value", "{} {}", "unexpected '{' after the end of the document", 1, 4],
    ["end of input", '{"a": [1, 2', "unexpected end of input: expected ',' or ']' after an array element", 1, 12],
  ])("%s", (_, input, message, line, column) => {
    const parsed = parseJson(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ kind: "syntax", message, position: { line, column } });
  });

  it("duplicate key at the second key", () => {
    expect(first('{\n "a": 1,\n "a": 2\n}')).toMatchObject({ kind: "duplicate-key", pointer: "/a", position: { line: 3, column: 2 } });
  });

  it("unsafe integers and overflowing numbers", () => {
    const problems = parseJson("[9007199254740992, 1e400, 9007199254740991, 1e20, 9007199254740993.0, 1.5e3, 0.1]").problems;
    expect(problems.map((p) => [p.kind, p.pointer])).toEqual([["unsafe-number", "/0"], ["unsafe-number", "/1"], ["unsafe-number", "/3"], ["unsafe-number", "/4"]]);
  });

  it("a BOM is stripped and reported", () => {
    const parsed = parseJson(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("{}")]));
    expect(parsed.ok).toBe(true);
    expect(parsed.problems).toMatchObject([{ kind: "bom", position: { line: 1, column: 1 } }]);
  });

  it("invalid UTF-8 is reported at its byte and the rest still parses", () => {
    const parsed = parseJson(new Uint8Array([...utf8('{\n  "a": "'), 0xc3, 0x28, ...utf8('"\n}')]));
    expect(parsed.ok).toBe(true);
    expect(parsed.problems).toMatchObject([{ kind: "invalid-utf8", message: "invalid UTF-8 at byte 10 (0xc3)", position: { line: 2, column: 9 } }]);
  });

  it("overlong encodings are invalid UTF-8", () => {
    expect(first(new Uint8Array([0x22, 0xc0, 0xaf, 0x22]))?.kind).toBe("invalid-utf8");
  });

  it("lone surrogates, escaped or raw", () => {
    expect(first('["\\udc00"]')).toMatchObject({ kind: "lone-surrogate", pointer: "/0" });
    expect(first('["\ud800"]')).toMatchObject({ kind: "lone-surrogate", pointer: "/0" });
  });

  it("100,000 levels of nesting stop at the depth limit", () => {
    const parsed = parseJson("[".repeat(100_000) + "]".repeat(100_000));
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toMatchObject([{ kind: "too-deep", position: { column: 1001 } }]);
  });

  it("input over the size limit is not parsed", () => {
    expect(parseJson("[1, 2, 3]", { maxBytes: 4 }).problems).toMatchObject([{ kind: "too-large" }]);
  });

  it("a 20 MiB document parses", () => {
    const big = JSON.stringify({ layers: Array.from({ length: 150_000 }, (_, i) => ({ digest: `sha256:${i}`, size: i, mediaType: "application/octet-stream" })) });
    const parsed = parseJson(big);
    expect(parsed.ok).toBe(true);
    expect((parsed.value as { layers: unknown[] }).layers).toHaveLength(150_000);
    expect(parsed.positions.get("/layers/149999/size")).toBeDefined();
  });
});
