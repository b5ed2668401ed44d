// What every check produces, whatever the source and whatever the formatter.

/** SARIF's level names. */
export type Level = "error" | "warning" | "note";
export type Setting = Level | "off";

export const LEVEL_RANK: Readonly<Record<Level, number>> = { note: 1, warning: 2, error: 3 };

export interface Location {
  /** The target as the user named it (a file, a layout directory, an archive, a reference). */
  source: string;
  /** The file the finding is in, relative to the source when inside one (e.g. `index.json`, `blobs/sha256/…`). */
  path: string;
  /** RFC 6901 pointer into the JSON document, when the finding is about a JSON value. */
  pointer?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The blob's digest, when the finding is about a blob. */
  digest?: string;
  /** The human route to the blob from the source's roots: `index.json → manifests[0] linux/amd64 → config`. */
  via?: string;
}

export interface Finding {
  /** Stable rule code, e.g. `OCI-D002`. */
  rule: string;
  /** The rule's kebab-case name, e.g. `digest-format`. */
  ruleName: string;
  level: Level;
  message: string;
  location: Location;
}

export interface Counts {
  error: number;
  warning: number;
  note: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.level] += 1;
  return counts;
}
