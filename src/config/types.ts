// The shape of an ocilint config file, after validation.

import type { Setting } from "../model/index.js";

export type PresetName = "ocilint:recommended" | "ocilint:strict" | "ocilint:all";
export const PRESET_NAMES: readonly PresetName[] = ["ocilint:recommended", "ocilint:strict", "ocilint:all"];

/** A rule's setting: a level, or `[level, options]`. */
export type RuleEntry = Setting | [Setting] | [Setting, Record<string, unknown>];

export interface Override {
  /** Globs matched against the target as given and against paths inside it (`index.json`, `blobs/sha256/…`). */
  files: string[];
  rules: Record<string, RuleEntry>;
}

export interface Suppression {
  /** Rule id or name. */
  rule: string;
  paths?: string[];
  digest?: string;
  /** Why the finding is accepted: required, so every suppression explains itself. */
  reason: string;
  /** YYYY-MM-DD: after this date the suppression stops applying and is reported. */
  expires?: string;
}

export interface OcilintConfig {
  extends?: PresetName | PresetName[];
  rules?: Record<string, RuleEntry>;
  overrides?: Override[];
  suppressions?: Suppression[];
}

export interface LoadedConfig {
  /** The file it came from, for findings about the config itself. */
  path: string;
  config: OcilintConfig;
}
