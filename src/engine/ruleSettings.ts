// The level each rule runs at: its default, unless the user's settings say otherwise.

import type { Level, Setting } from "../model/index.js";
import { allRules, type Rule } from "../../rules/index.js";

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

export class RuleSettings {
  private readonly levels = new Map<string, Setting>();

  /** `overrides` maps rule ids or names to a setting; unknown rules are the caller's error to report. */
  constructor(overrides: Readonly<Record<string, Setting>> = {}) {
    for (const [key, setting] of Object.entries(overrides)) {
      const rule = findRule(key);
      if (rule) this.levels.set(rule.id, setting);
    }
  }

  levelOf(rule: Rule): Setting {
    return this.levels.get(rule.id) ?? rule.level;
  }

  isEnabled(rule: Rule): boolean {
    return this.levelOf(rule) !== "off";
  }

  /** The level to report at, or undefined when the rule is off. */
  reportLevel(rule: Rule): Level | undefined {
    const level = this.levelOf(rule);
    return level === "off" ? undefined : level;
  }
}
