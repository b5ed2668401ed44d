// The base documents the runtime rule cases edit are clean under every rule, and are told apart by shape.

import { describe, expect, it } from "vitest";
import { lintDocument } from "../../src/index.js";
import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE, WINDOWS_CONFIG } from "./documents.js";

describe("runtime base documents", () => {
  it.each([
    ["runc spec config", RUNTIME_CONFIG, "runtime-config"],
    ["Windows config", WINDOWS_CONFIG, "runtime-config"],
    ["state", RUNTIME_STATE, "runtime-state"],
    ["features", RUNTIME_FEATURES, "runtime-features"],
  ] as const)("%s is detected and clean", (_, doc, kind) => {
    const result = lintDocument(doc, { preset: "all", path: "doc.json" });
    expect(result.results[0]!.kind).toBe(kind);
    expect(result.findings).toEqual([]);
  });
});
