// Checks a parsed config file and names the JSON pointer of the first problem, so a bad config is
// one clear line (exit 2) rather than a silently ignored setting.

import { parseSetting, findRule } from "../engine/ruleSettings.js";
import { PRESET_NAMES, type OcilintConfig, type RuleEntry } from "./types.js";
import { escapeSegment } from "../json/parseJson.js";

export class ConfigProblem extends Error {
  constructor(readonly pointer: string, message: string) {
    super(message);
  }
}

const TOP_LEVEL = new Set(["$schema", "extends", "rules", "overrides", "suppressions"]);
const SUPPRESSION_KEYS = new Set(["rule", "paths", "digest", "reason", "expires"]);

export function validateConfig(value: unknown): OcilintConfig {
  const root = object(value, "");
  for (const key of Object.keys(root)) if (!TOP_LEVEL.has(key)) fail(`/${escapeSegment(key)}`, `unknown property "${key}" (allowed: ${[...TOP_LEVEL].join(", ")})`);
  const config: OcilintConfig = {};
  if (root["extends"] !== undefined) {
    const list = typeof root["extends"] === "string" ? [root["extends"]] : array(root["extends"], "/extends");
    list.forEach((name, i) => {
      if (typeof name !== "string" || !(PRESET_NAMES as readonly string[]).includes(name)) {
        fail(typeof root["extends"] === "string" ? "/extends" : `/extends/${i}`, `unknown preset ${JSON.stringify(name)} (known: ${PRESET_NAMES.join(", ")})`);
      }
    });
    config.extends = root["extends"] as OcilintConfig["extends"];
  }
  if (root["rules"] !== undefined) config.rules = rulesMap(root["rules"], "/rules");
  if (root["overrides"] !== undefined) {
    config.overrides = array(root["overrides"], "/overrides").map((item, i) => {
      const at = `/overrides/${i}`;
      const o = object(item, at);
      for (const key of Object.keys(o)) if (key !== "files" && key !== "rules") fail(`${at}/${escapeSegment(key)}`, `unknown property "${key}" (allowed: files, rules)`);
      return { files: stringList(o["files"], `${at}/files`), rules: rulesMap(o["rules"] ?? {}, `${at}/rules`) };
    });
  }
  if (root["suppressions"] !== undefined) {
    config.suppressions = array(root["suppressions"], "/suppressions").map((item, i) => {
      const at = `/suppressions/${i}`;
      const s = object(item, at);
      for (const key of Object.keys(s)) if (!SUPPRESSION_KEYS.has(key)) fail(`${at}/${escapeSegment(key)}`, `unknown property "${key}"`);
      const rule = s["rule"];
      if (typeof rule !== "string" || !findRule(rule)) fail(`${at}/rule`, `unknown rule ${JSON.stringify(rule)}`);
      const reason = s["reason"];
      if (typeof reason !== "string" || reason.trim() === "") fail(`${at}/reason`, "a suppression needs a non-empty reason");
      const out: NonNullable<OcilintConfig["suppressions"]>[number] = { rule: rule as string, reason: reason as string };
      if (s["paths"] !== undefined) out.paths = stringList(s["paths"], `${at}/paths`);
      if (s["digest"] !== undefined) {
        if (typeof s["digest"] !== "string") fail(`${at}/digest`, "digest must be a string");
        out.digest = s["digest"] as string;
      }
      if (s["expires"] !== undefined) {
        const expires = s["expires"];
        if (typeof expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail(`${at}/expires`, "expires must be a date, YYYY-MM-DD");
        out.expires = expires as string;
      }
      return out;
    });
  }
  return config;
}

function rulesMap(value: unknown, at: string): Record<string, RuleEntry> {
  const map = object(value, at);
  const out: Record<string, RuleEntry> = {};
  for (const [key, entry] of Object.entries(map)) {
    const pointer = `${at}/${escapeSegment(key)}`;
    if (!findRule(key)) fail(pointer, `unknown rule "${key}"`);
    const level = Array.isArray(entry) ? entry[0] : entry;
    if (typeof level !== "string" || parseSetting(level) === undefined) {
      fail(Array.isArray(entry) ? `${pointer}/0` : pointer, `level must be error, warning (warn), note (info) or off, found ${JSON.stringify(level)}`);
    }
    if (Array.isArray(entry) && entry.length > 1 && (typeof entry[1] !== "object" || entry[1] === null || Array.isArray(entry[1]))) {
      fail(`${pointer}/1`, "rule options must be an object");
    }
    out[key] = (Array.isArray(entry) ? [parseSetting(level as string), ...entry.slice(1)] : parseSetting(level as string)) as RuleEntry;
  }
  return out;
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(at, `must be an object, found ${describeType(value)}`);
  return value as Record<string, unknown>;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) fail(at, `must be an array, found ${describeType(value)}`);
  return value as unknown[];
}

function stringList(value: unknown, at: string): string[] {
  const list = array(value, at);
  list.forEach((item, i) => {
    if (typeof item !== "string" || item === "") fail(`${at}/${i}`, "must be a non-empty string");
  });
  return list as string[];
}

function describeType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}


function fail(pointer: string, message: string): never {
  throw new ConfigProblem(pointer, message);
}
