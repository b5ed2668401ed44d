// Turns what streaming a layer found (compression, decompression, tar structure, entry checks) into
// findings of the layer rules.

import type { BlobScan } from "../content/scanBlob.js";
import type { LayerCheckName } from "../content/layerEntryChecks.js";
import { rules, type Rule } from "../../rules/index.js";
import type { FindingSink } from "./findingSink.js";

const ENTRY_RULE: Record<LayerCheckName, Rule> = {
  "tar-duplicate-path": rules["tar-duplicate-path"],
  "whiteout-not-empty-file": rules["whiteout-not-empty-file"],
  "whiteout-bare": rules["whiteout-bare"],
  "whiteout-with-entry": rules["whiteout-with-entry"],
  "whiteout-order": rules["whiteout-order"],
  "path-escape": rules["path-escape"],
  "link-escape": rules["link-escape"],
  "hardlink-target-missing": rules["hardlink-target-missing"],
  "device-node": rules["device-node"],
  "setuid-setgid": rules["setuid-setgid"],
  "world-writable": rules["world-writable"],
  "sparse-entry": rules["sparse-entry"],
  "pax-path-override": rules["pax-path-override"],
  "secret-file": rules["layer-secret-file"],
};

/** Most findings of one check reported per layer; the rest are summarised, so a bomb cannot flood the report. */
const MAX_PER_CHECK = 20;

export function reportContentProblems(sink: FindingSink, scan: BlobScan, expected: "none" | "gzip" | "zstd", mediaType: string): void {
  if (scan.size > 0 && scan.compression !== expected) {
    const what = (c: string) => (c === "none" ? "uncompressed" : c);
    sink.report(rules["layer-compression-mismatch"], `media type "${mediaType}" means ${what(expected)} content, but the bytes are ${what(scan.compression)}`);
  }
  for (const problem of scan.problems) {
    if (problem.kind === "limits") sink.report(rules["layer-limits"], `layer ${problem.message}`);
    else if (problem.kind === "decompress") sink.report(rules["layer-decompress"], problem.message);
  }
  for (const problem of scan.tar?.problems ?? []) {
    // Running past ocilint's own bounds is a limit, not a malformed tar.
    const limit = problem.kind === "tar-too-many-entries" || problem.kind === "tar-pax-too-large";
    sink.report(rules[limit ? "layer-limits" : "layer-tar-format"], `${problem.message} (tar offset ${problem.offset})`);
  }
  const counts = new Map<LayerCheckName, number>();
  for (const finding of scan.entryFindings ?? []) {
    const n = (counts.get(finding.check) ?? 0) + 1;
    counts.set(finding.check, n);
    if (n <= MAX_PER_CHECK) sink.report(ENTRY_RULE[finding.check], finding.message);
  }
  for (const [check, n] of counts) {
    if (n > MAX_PER_CHECK) sink.report(ENTRY_RULE[check], `${n - MAX_PER_CHECK} more entries like the above in this layer`);
  }
}
