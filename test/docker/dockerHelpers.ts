// Shared by the docker-archive tests: where the fixtures are, and a finding reduced to what it says.

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { lint } from "../../src/index.js";
import type { Finding } from "../../src/model/index.js";
import { FIXTURES_DIR } from "../layout/layoutHelpers.js";

export { FIXTURES_DIR, hashTree, LAYOUTS_DIR } from "../layout/layoutHelpers.js";
export const DOCKER_DEFECTS_DIR = join(FIXTURES_DIR, "docker-defects");
export const SKOPEO_DOCKER_ARCHIVE = join(FIXTURES_DIR, "archives/docker-archive.tar");

/** What a finding says, without where the archive lives. */
export function essence(f: Finding): string {
  const l = f.location;
  return [f.ruleName, f.level, l.path, l.pointer ?? "", l.line ?? "", l.column ?? "", l.via ?? "", f.message].join(" | ");
}

export async function essences(target: string): Promise<string[]> {
  const result = await lint(target, { config: false, preset: "all" });
  return result.findings.map(essence).sort();
}

export const hasSkopeo = (() => {
  try {
    execFileSync("skopeo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
