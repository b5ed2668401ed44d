// Two readers of RFC 3339 date-times must agree: the schema's date-time format (a regex compiled into
// the standalone validators) and isRfc3339DateTime (the rules'). config.created goes through the
// first, annotations and config-created's own checks through the second.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateSchema } from "../../src/schema/validateSchema.js";
import { isRfc3339DateTime } from "../../src/model/formats.js";

const schemaSays = (created: string) =>
  !validateSchema("config", { architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [] }, created }).some((v) => v.rule === "date-time-format");

describe("the schema's date-time and isRfc3339DateTime", () => {
  it.each([
    "2024-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2023-02-28T23:59:60Z",
    "2024-04-31T00:00:00Z", "2024-12-31T00:00:00+05:30", "2024-12-31 00:00:00Z", "2024-12-31T00:00:00+0530", "0000-02-29T00:00:00Z",
  ])("%s", (value) => {
    expect(schemaSays(value)).toBe(isRfc3339DateTime(value));
  });

  it("agree on any date of any year", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const value = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T12:00:00Z`;
      return schemaSays(value) === isRfc3339DateTime(value);
    }), { numRuns: 5000 });
  });
});
