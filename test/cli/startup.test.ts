// The executable compiles its bundled CLI from the V8 code cache the build made (src/ocilint.ts). A
// cache this Node rejects costs nothing but its speed, so nothing else would notice: this does.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import vm from "node:vm";

describe("the executable's code cache", () => {
  it("is accepted by the Node that built it, for the bundle beside it", () => {
    const file = new URL("../../dist/bin/cli.cjs", import.meta.url);
    // Wrapped exactly as src/ocilint.ts wraps it: the cache belongs to that source text.
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8").replace(/^#!/, "//")}\n})`;
    const script = new vm.Script(source, { filename: file.pathname, cachedData: readFileSync(new URL("../../dist/bin/cli.cache", import.meta.url)) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it("does not cover another source text", () => {
    const cachedData = readFileSync(new URL("../../dist/bin/cli.cache", import.meta.url));
    const script = new vm.Script("(function () { return 1; })", { filename: "other.js", cachedData });
    expect(script.cachedDataRejected).toBe(true);
  });
});
