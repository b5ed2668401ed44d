// Turns a config file plus command-line rule flags into the settings the engine runs with.

import type { Setting } from "../model/index.js";
import type { Preset } from "../../rules/index.js";
import { RuleSettings } from "../engine/ruleSettings.js";
import type { OcilintConfig, RuleEntry } from "./types.js";

export interface SettingsSources {
  config?: OcilintConfig;
  /** A preset chosen by the caller; the config's `extends` wins when both are given. */
  preset?: Preset;
  /** Command-line or API rule levels: applied after the config's. */
  rules?: Readonly<Record<string, Setting>>;
}

export function resolveSettings({ config, preset, rules }: SettingsSources): RuleSettings {
  const extended = config?.extends === undefined ? undefined : Array.isArray(config.extends) ? config.extends : [config.extends];
  const presets: Preset[] = extended?.map((name) => name.slice("ocilint:".length) as Preset) ?? [preset ?? "recommended"];
  return new RuleSettings({
    presets,
    rules: { ...levels(config?.rules), ...rules },
    overrides: (config?.overrides ?? []).map((o) => ({ files: o.files, rules: levels(o.rules) })),
  });
}

function levels(entries: Readonly<Record<string, RuleEntry>> | undefined): Record<string, Setting> {
  const out: Record<string, Setting> = {};
  for (const [key, entry] of Object.entries(entries ?? {})) out[key] = Array.isArray(entry) ? entry[0] : entry;
  return out;
}
