// The level each rule runs at, for each place: presets choose which rules run, then the user's rules,
// then overrides for matching paths.

import { createRequire } from "node:module";
import type picomatchType from "picomatch";

/** A matcher for path globs, dot files included (overrides here, suppressions' paths). picomatch loads on
 * first use: most runs have neither, and start-up time counts. Plain types, so picomatch's stay out of
 * the published declarations. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const picomatch = createRequire(import.meta.url)("picomatch") as typeof picomatchType;
  return picomatch([...globs], { dot: true });
}
import type { Level, Location, Setting } from "../model/index.js";
import { allRules, type Preset, type Rule } from "../../rules/index.js";

const BY_KEY = new Map<string, Rule>();
for (const rule of allRules) {
  BY_KEY.set(rule.id, rule);
  BY_KEY.set(rule.name, rule);
}

/** A rule by its code (`OCI-D002`) or its name (`digest-format`). */
export function findRule(idOrName: string): Rule | undefined {
  return BY_KEY.get(idOrName) ?? BY_KEY.get(idOrName.toUpperCase());
}

/** Level names as users write them: SARIF's, plus ESLint's `warn` and `info`. */
export function parseSetting(value: string): Setting | undefined {
  switch (value) {
    case "error": case "warning": case "note": case "off": return value;
    case "warn": return "warning";
    case "info": return "note";
    default: return undefined;
  }
}

export interface PathRules {
  files: readonly string[];
  rules: Readonly<Record<string, Setting>>;
}

export interface SettingsInput {
  /** Which rules run at their default level; later presets add to earlier ones. Default: recommended. */
  presets?: readonly Preset[];
  /** Levels by rule id or name; unknown keys are ignored here (config validation reports them). */
  rules?: Readonly<Record<string, Setting>>;
  /** Levels for findings whose target or path matches `files`, applied in order after `rules`. */
  overrides?: readonly PathRules[];
}

interface CompiledOverride {
  matches: (location: Pick<Location, "source" | "path">) => boolean;
  levels: Map<string, Setting>;
}

export class RuleSettings {
  private readonly base = new Map<string, Setting>();
  private readonly overrides: CompiledOverride[] = [];

  constructor(input: SettingsInput = {}) {
    const presets = input.presets ?? ["recommended"];
    for (const rule of allRules) {
      this.base.set(rule.id, rule.presets.some((p) => presets.includes(p)) ? rule.level : "off");
    }
    for (const [key, setting] of Object.entries(input.rules ?? {})) {
      const rule = findRule(key);
      if (rule) this.base.set(rule.id, setting);
    }
    for (const override of input.overrides ?? []) {
      const isMatch = globMatcher(override.files);
      const levels = new Map<string, Setting>();
      for (const [key, setting] of Object.entries(override.rules)) {
        const rule = findRule(key);
        if (rule) levels.set(rule.id, setting);
      }
      this.overrides.push({
        matches: (l) => isMatch(l.source) || isMatch(l.path) || isMatch(`${l.source}/${l.path}`),
        levels,
      });
    }
  }

  /** The level for a finding at `location`, or the base level when no location is known. */
  levelOf(rule: Rule, location?: Pick<Location, "source" | "path">): Setting {
    let level = this.base.get(rule.id) ?? rule.level;
    if (location) {
      for (const override of this.overrides) {
        const setting = override.levels.get(rule.id);
        if (setting !== undefined && override.matches(location)) level = setting;
      }
    }
    return level;
  }

  /** Whether the rule can report anywhere: on by default, or turned on by some override. */
  isEnabled(rule: Rule): boolean {
    if (this.base.get(rule.id) !== "off") return true;
    return this.overrides.some((o) => { const s = o.levels.get(rule.id); return s !== undefined && s !== "off"; });
  }

  /** The level to report at, or undefined when the rule is off there. */
  reportLevel(rule: Rule, location?: Pick<Location, "source" | "path">): Level | undefined {
    const level = this.levelOf(rule, location);
    return level === "off" ? undefined : level;
  }
}
