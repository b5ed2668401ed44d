// --layers on archives: `full` checks DiffIDs and every tar entry, `diff-ids` DiffIDs only, `digests`
// neither; both archive kinds honour it, as layout directories do.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import { DOCKER_DEFECTS_DIR, FIXTURES_DIR } from "./dockerHelpers.js";

const work = mkdtempSync(join(tmpdir(), "ocilint-depth-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rulesAt(target: string, layers: "full" | "diff-ids" | "digests"): Promise<string[]> {
  return (await lint(target, { config: false, layers })).findings.map((f) => f.ruleName);
}

describe.each([
  ["a docker-archive", () => join(DOCKER_DEFECTS_DIR, "diff-id-mismatch.tar"), () => join(DOCKER_DEFECTS_DIR, "layer-content-path-escape.tar")],
  ["an oci-archive", () => archived("diff-id-mismatch"), () => archived("path-escape")],
])("%s", (_, diffIdDefect, tarDefect) => {
  it("full: DiffIDs and tar entries", async () => {
    expect(await rulesAt(diffIdDefect(), "full")).toContain("diff-id-mismatch");
    expect(await rulesAt(tarDefect(), "full")).toContain("path-escape");
  });

  it("diff-ids: DiffIDs, no tar walk", async () => {
    expect(await rulesAt(diffIdDefect(), "diff-ids")).toContain("diff-id-mismatch");
    expect(await rulesAt(tarDefect(), "diff-ids")).not.toContain("path-escape");
  });

  it("digests: neither", async () => {
    expect(await rulesAt(diffIdDefect(), "digests")).not.toContain("diff-id-mismatch");
    expect(await rulesAt(tarDefect(), "digests")).not.toContain("path-escape");
  });
});

/** A layout defect fixture packed into a tar. */
function archived(defect: string): string {
  const out = join(work, `${defect}.tar`);
  execFileSync("tar", ["--sort=name", "-C", join(FIXTURES_DIR, "defects", defect), "-cf", out, "."]);
  return out;
}
