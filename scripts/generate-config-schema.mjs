// Writes dist/schemas/config.schema.json: the JSON Schema of ocilint config files, generated from the
// compiled rule registry so every rule id and name is known to editors (`"$schema"` in a config) and the
// schema can never list a rule that does not exist. Run by build.mjs after TypeScript.

import { mkdirSync, writeFileSync } from "node:fs";

const { allRules } = await import(new URL("../dist/rules/index.js", import.meta.url).href);

const LEVELS = ["error", "warning", "warn", "note", "info", "off"];
const ruleKeys = allRules.flatMap((r) => [r.id, r.name]).sort();
const level = { enum: LEVELS, description: "error | warning (warn) | note (info) | off" };

const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://ocilint.dev/schemas/config.schema.json",
  title: "ocilint configuration",
  description: "An .ocilintrc.json / .yaml / .yml file, the default export of ocilint.config.mjs, or the ocilint key of package.json.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    extends: {
      description: "Presets to start from (default ocilint:recommended).",
      oneOf: [{ $ref: "#/$defs/preset" }, { type: "array", items: { $ref: "#/$defs/preset" } }],
    },
    rules: { $ref: "#/$defs/rules" },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: {
          files: { $ref: "#/$defs/globs", description: "Globs matched against the target as given and against paths inside it (index.json, blobs/sha256/…)." },
          rules: { $ref: "#/$defs/rules" },
        },
      },
    },
    suppressions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rule", "reason"],
        properties: {
          rule: { $ref: "#/$defs/ruleKey" },
          paths: { $ref: "#/$defs/globs" },
          digest: { type: "string", description: "Only findings about this blob." },
          reason: { type: "string", pattern: "\\S", description: "Why the finding is accepted (required)." },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date", description: "After this day the suppression stops applying and is reported." },
        },
      },
    },
  },
  $defs: {
    preset: { enum: ["ocilint:recommended", "ocilint:strict", "ocilint:all"] },
    ruleKey: { enum: ruleKeys, description: "A rule id (OCI-S006) or name (digest-format)." },
    globs: { type: "array", items: { type: "string" } },
    rules: {
      type: "object",
      propertyNames: { $ref: "#/$defs/ruleKey" },
      additionalProperties: {
        oneOf: [
          level,
          { type: "array", prefixItems: [level, { type: "object" }], minItems: 1, maxItems: 2, items: false },
        ],
      },
    },
  },
};

mkdirSync(new URL("../dist/schemas/", import.meta.url), { recursive: true });
writeFileSync(new URL("../dist/schemas/config.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
