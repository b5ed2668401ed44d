// Runs a document kind's precompiled validator and turns ajv's errors into violations that name a
// rule (from the failing schema node's x-rule, else by keyword) and read like a person wrote them.

import * as generated from "./generated/validators.js";
import { isParsedDigest, parseDigest, type DocumentKind } from "../model/index.js";
import { escapeSegment } from "../json/parseJson.js";

export type SchemaKind = DocumentKind;

export interface SchemaViolation {
  rule: string;
  /** Pointer into the document: the failing value, the parent of a missing property, or a bad key. */
  pointer: string;
  keyword: string;
  message: string;
  spec?: string;
  /** The location is the member's key (a bad property name), not its value. */
  atKey?: boolean;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  propertyName?: string;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const VALIDATORS: Record<SchemaKind, Validator> = {
  descriptor: generated.descriptor,
  manifest: generated.manifest,
  index: generated.index,
  config: generated.config,
  "layout-header": generated.layoutHeader,
  "docker-manifest": generated.dockerManifest,
  "docker-manifest-list": generated.dockerManifestList,
  "docker-config": generated.dockerConfig,
  "docker-manifest-schema1": generated.dockerManifestSchema1,
  "runtime-config": generated.runtimeConfig,
  "runtime-state": generated.runtimeState,
  "runtime-features": generated.runtimeFeatures,
};

const FALLBACK_RULE: Record<string, string> = { required: "required-property", type: "property-type" };

export function validateSchema(kind: SchemaKind, value: unknown): SchemaViolation[] {
  const validate = VALIDATORS[kind];
  if (validate(value)) return [];
  const seen = new Set<string>();
  const violations: SchemaViolation[] = [];
  for (const error of validate.errors ?? []) {
    // propertyNames reports once for the inner keyword (with the name) and once more for itself.
    if (error.keyword === "propertyNames") continue;
    const violation = toViolation(error);
    const key = `${violation.rule}\u0000${violation.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
  }
  return violations;
}

function toViolation(error: AjvError): SchemaViolation {
  const node = error.parentSchema ?? {};
  const hintedRule = typeof node["x-rule"] === "string" ? node["x-rule"] : undefined;
  const rule = hintedRule ?? FALLBACK_RULE[error.keyword] ?? "schema";
  const spec = typeof node["x-spec"] === "string" ? node["x-spec"] : undefined;
  const base = { rule, keyword: error.keyword, ...(spec ? { spec } : {}) };

  if (error.propertyName !== undefined) {
    const pointer = `${error.instancePath}/${escapeSegment(error.propertyName)}`;
    const hint = typeof node["x-message"] === "string" ? node["x-message"] : "is not an allowed name";
    return { ...base, pointer, atKey: true, message: `key ${preview(error.propertyName)} ${hint.replace(/^(annotation|label) keys must not be empty$/, "must not be empty")}` };
  }
  if (error.keyword === "required") {
    const missing = String(error.params["missingProperty"]);
    const where = error.instancePath === "" ? "" : ` in ${label(error.instancePath)}`;
    return { ...base, pointer: error.instancePath, message: `missing required property "${missing}"${where}` };
  }
  const name = label(error.instancePath);
  const found = `found ${preview(error.data)}`;
  if (rule === "digest-format" && typeof error.data === "string") {
    const parsed = parseDigest(error.data);
    const why = isParsedDigest(parsed) ? "is not a valid digest" : parsed.message;
    return { ...base, pointer: error.instancePath, message: `${name.replace(/^"(.*)"$/, "$1")} "${short(error.data)}": ${why}` };
  }
  if (error.keyword === "type") {
    const types = String(error.params["type"]).split(",").join(" or ");
    return { ...base, pointer: error.instancePath, message: `${name} must be ${article(types)}, ${found}` };
  }
  if (typeof node["x-message"] === "string") {
    return { ...base, pointer: error.instancePath, message: `${name} ${node["x-message"]}, ${found}` };
  }
  if (error.keyword === "const") {
    return { ...base, pointer: error.instancePath, message: `${name} must be ${JSON.stringify(error.params["allowedValue"])}, ${found}` };
  }
  if (error.keyword === "enum") {
    const allowed = (error.params["allowedValues"] as unknown[]).map((v) => JSON.stringify(v)).join(", ");
    return { ...base, pointer: error.instancePath, message: `${name} must be one of ${allowed}, ${found}` };
  }
  return { ...base, pointer: error.instancePath, message: `${name} ${error.message ?? "is invalid"}, ${found}` };
}

/** `"size"`, `Env[0]`, or `the document` for the root. */
function label(pointer: string): string {
  if (pointer === "") return "the document";
  const segments = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments[segments.length - 1]!;
  if (/^\d+$/.test(last) && segments.length > 1) return `${segments[segments.length - 2]}[${last}]`;
  return `"${last}"`;
}

function article(types: string): string {
  const first = types.split(" ")[0]!;
  if (first === "null") return types;
  return `${/^[aeiou]/.test(first) ? "an" : "a"} ${types}`;
}

function preview(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(short(value));
  return String(value);
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

