// Every schema node that can fail for a reason other than a missing property or a wrong JSON type
// names its rule (x-rule), so no finding is ever an anonymous "schema error".

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findRule } from "../../src/engine/ruleSettings.js";

const DIR = new URL("../../spec-schemas/", import.meta.url);
const VALIDATING = ["pattern", "format", "const", "enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "maxProperties", "minProperties", "uniqueItems", "multipleOf"];

function* nodes(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${path}/${i}`);
    return;
  }
  yield [path, node as Record<string, unknown>];
  for (const [key, value] of Object.entries(node)) yield* nodes(value, `${path}/${key}`);
}

describe.each(readdirSync(DIR).filter((f) => f.endsWith(".json")))("%s", (file) => {
  const schema = JSON.parse(readFileSync(new URL(file, DIR), "utf8"));

  it("has an $id, title and description", () => {
    expect(schema.$id).toBe(`https://ocilint.dev/schemas/${file}`);
    expect(schema.title ?? schema.$defs).toBeTruthy();
  });

  it("names a rule wherever a keyword validates a value", () => {
    const unnamed = [...nodes(schema, "")].filter(([, n]) => VALIDATING.some((k) => k in n) && typeof n["x-rule"] !== "string").map(([p]) => p);
    expect(unnamed).toEqual([]);
  });

  it("names only rules that exist", () => {
    const unknown = [...nodes(schema, "")].map(([, n]) => n["x-rule"]).filter((r): r is string => typeof r === "string" && !findRule(r));
    expect(unknown).toEqual([]);
  });
});
