// The shipped JSON Schema for config files (generated from the registry at build) and the loader's own
// validation must agree on every config: an editor that accepts a config means ocilint accepts it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/config/validateConfig.js";
import { allRules } from "../../rules/index.js";
import { ROOT } from "../helpers/runCli.js";

const schema = JSON.parse(readFileSync(join(ROOT, "dist/schemas/config.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const CONFIGS: Array<[string, unknown, boolean]> = [
  ["empty", {}, true],
  ["$schema key", { $schema: "https://ocilint.dev/schemas/config.schema.json" }, true],
  ["extends one preset", { extends: "ocilint:strict" }, true],
  ["extends a list", { extends: ["ocilint:recommended", "ocilint:all"] }, true],
  ["extends an unknown preset", { extends: "eslint:recommended" }, false],
  ["rules by name and id", { rules: { "digest-format": "warning", "OCI-I001": "off" } }, true],
  ["rule aliases", { rules: { "digest-format": "warn", "size-range": "info" } }, true],
  ["rule with options", { rules: { "digest-format": ["error", {}] } }, true],
  ["rule level alone in an array", { rules: { "digest-format": ["note"] } }, true],
  ["unknown rule", { rules: { "no-such-rule": "error" } }, false],
  ["bad level", { rules: { "digest-format": "loud" } }, false],
  ["options not an object", { rules: { "digest-format": ["error", 3] } }, false],
  ["override", { overrides: [{ files: ["vendor/**"], rules: { "blob-unreferenced": "off" } }] }, true],
  ["override with an unknown key", { overrides: [{ files: ["x"], rulez: {} }] }, false],
  ["suppression", { suppressions: [{ rule: "setuid-setgid", paths: ["a/**"], digest: "sha256:" + "a".repeat(64), reason: "known", expires: "2027-01-31" }] }, true],
  ["suppression without reason", { suppressions: [{ rule: "setuid-setgid" }] }, false],
  ["suppression with a blank reason", { suppressions: [{ rule: "setuid-setgid", reason: "  " }] }, false],
  ["suppression with a bad date", { suppressions: [{ rule: "setuid-setgid", reason: "x", expires: "soon" }] }, false],
  ["suppression of an unknown rule", { suppressions: [{ rule: "nope", reason: "x" }] }, false],
  ["unknown top-level key", { rulez: {} }, false],
  ["not an object", [], false],
];

function loaderAccepts(config: unknown): boolean {
  try {
    validateConfig(config);
    return true;
  } catch {
    return false;
  }
}

describe("config schema and loader agree", () => {
  it.each(CONFIGS)("%s", (_name, config, valid) => {
    expect(validate(config)).toBe(valid);
    expect(loaderAccepts(config)).toBe(valid);
  });

  it("names every rule, by id and by name", () => {
    const keys: string[] = schema.$defs.ruleKey.enum;
    expect(keys.length).toBe(allRules.length * 2);
    for (const rule of allRules) expect(keys).toEqual(expect.arrayContaining([rule.id, rule.name]));
  });
});
