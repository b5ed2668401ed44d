// Property tests: whatever JSON, bytes or mutated layout comes in, the engine returns well-formed
// findings and never throws. fast-check shrinks any counterexample to a small one.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { findRule } from "../../src/engine/ruleSettings.js";
import { DOCUMENT_KINDS, type DocumentKind, type Finding } from "../../src/model/index.js";
import { lint, lintDocument } from "../../src/index.js";
import { CONFIG, INDEX, MANIFEST } from "../helpers/documents.js";
import { ROOT } from "../helpers/runCli.js";

function assertWellFormed(findings: Finding[], text?: string): void {
  const lines = text === undefined ? Infinity : text.split(/\r\n|\n|\r/).length;
  for (const f of findings) {
    expect(f.rule).toMatch(/^OCI-[A-Z]\d{3}$/);
    expect(findRule(f.rule)?.name).toBe(f.ruleName);
    expect(["error", "warning", "note"]).toContain(f.level);
    expect(typeof f.message === "string" && f.message.length > 0).toBe(true);
    expect(typeof f.location.path).toBe("string");
    if (f.location.pointer !== undefined) expect(f.location.pointer).toMatch(/^(\/.*)?$/s);
    if (f.location.line !== undefined) {
      expect(Number.isInteger(f.location.line) && f.location.line >= 1 && f.location.line <= lines).toBe(true);
      expect(Number.isInteger(f.location.column) && f.location.column! >= 1).toBe(true);
    }
  }
}

const kinds = fc.constantFrom<DocumentKind | undefined>(undefined, ...DOCUMENT_KINDS);

describe("documents", () => {
  it("any JSON value, as any kind", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), kinds, (value, kind) => {
      const text = JSON.stringify(value) ?? "null";
      assertWellFormed(lintDocument(text, { preset: "all", ...(kind ? { kind } : {}) }).findings, text);
    }), { numRuns: 400 });
  });

  it("any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), kinds, (bytes, kind) => {
      assertWellFormed(lintDocument(bytes, { preset: "all", ...(kind ? { kind } : {}) }).findings);
    }), { numRuns: 400 });
  });

  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8, unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "0", "e", "-", " ", "\n", "a", "\u00e9", "\ud83d") }) });

  it("valid manifests, indexes and configs with characters removed and inserted", () => {
    fc.assert(fc.property(fc.constantFrom(MANIFEST, INDEX, CONFIG), fc.array(edit, { minLength: 1, maxLength: 4 }), kinds, (doc, edits, kind) => {
      let text = doc;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      }
      assertWellFormed(lintDocument(text, { preset: "all", ...(kind ? { kind } : {}) }).findings, text);
    }), { numRuns: 400 });
  });

  it("valid documents with values replaced at random places", () => {
    fc.assert(fc.property(fc.constantFrom(MANIFEST, INDEX, CONFIG), fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 3 }), (doc, replacements) => {
      const value = JSON.parse(doc);
      for (const [pick, replacement] of replacements) {
        const paths = allPaths(value);
        const path = paths[pick % paths.length]!;
        setAt(value, path, replacement);
      }
      const text = JSON.stringify(value, null, 2);
      assertWellFormed(lintDocument(text, { preset: "all" }).findings, text);
    }), { numRuns: 300 });
  });
});

describe("layouts", () => {
  const work = mkdtempSync(join(tmpdir(), "ocilint-props-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let n = 0;

  const mutation = fc.oneof(
    fc.record({ op: fc.constant("index" as const), json: fc.jsonValue({ maxDepth: 4 }) }),
    fc.record({ op: fc.constant("truncate" as const), blob: fc.nat(), at: fc.nat() }),
    fc.record({ op: fc.constant("flip" as const), blob: fc.nat(), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ op: fc.constant("delete" as const), blob: fc.nat() }),
    fc.record({ op: fc.constant("garbage" as const), blob: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  );

  it("any mix of broken index, truncated, flipped, deleted and replaced blobs", async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom("umoci-basic", "skopeo-zstd", "nested-index", "artifact-empty-config"), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (base, mutations) => {
      const dir = join(work, `l${n++}`);
      cpSync(join(ROOT, "test/fixtures/layouts", base), dir, { recursive: true });
      for (const m of mutations) {
        const blobs = readdirSync(join(dir, "blobs/sha256")).map((b) => join(dir, "blobs/sha256", b));
        const blob = "blob" in m && blobs.length > 0 ? blobs[m.blob % blobs.length]! : undefined;
        if (m.op === "index") writeFileSync(join(dir, "index.json"), JSON.stringify(m.json) ?? "null");
        else if (!blob) continue;
        else if (m.op === "truncate") truncateSync(blob, m.at % (readFileSync(blob).length + 1));
        else if (m.op === "flip") {
          const data = readFileSync(blob);
          if (data.length > 0) data[m.at % data.length] ^= m.xor;
          writeFileSync(blob, data);
        } else if (m.op === "delete") unlinkSync(blob);
        else writeFileSync(blob, m.bytes);
      }
      const result = await lint(dir, { config: false, preset: "all" });
      assertWellFormed(result.findings);
      rmSync(dir, { recursive: true, force: true });
    }), { numRuns: 60 });
  }, 120_000);
});

type Path = Array<string | number>;

function allPaths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...at, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...at, k]));
  return out;
}

function setAt(root: unknown, path: Path, replacement: unknown): void {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
}
