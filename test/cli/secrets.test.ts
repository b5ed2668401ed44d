// A secret found in a config's Env must never reach the output: not in the message, not in the
// stylish code frame (--context), not in JSON or SARIF.

import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/runCli.js";
import { CONFIG } from "../helpers/documents.js";

const SECRET = "s3cr3t-Value-that-must-not-leak";
const dir = mkdtempSync(join(tmpdir(), "ocilint-secrets-"));
const file = join(dir, "config.json");
writeFileSync(file, CONFIG.replace(`"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`, `"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n      "DB_PASSWORD=${SECRET}"`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("config-env-secret masks the value", () => {
  it("stylish with --context 2 names the key and prints no frame for it", () => {
    const run = runCli(["--no-config", "--preset", "all", "--context", "2", "--kind", "config", file]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^\s+13:7\s+warning\s+Env sets DB_PASSWORD, which names a secret;.*config-env-secret$/m);
    expect(run.stdout).not.toContain(SECRET);
    expect(run.stdout).not.toContain("DB_PASSWORD=");
  });

  it("other findings in the same file still get their frame", () => {
    const other = join(dir, "root.json");
    writeFileSync(other, CONFIG.replace(`"User": "app:app"`, `"User": "root"`).replace(`"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`, `"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n      "API_TOKEN=${SECRET}"`));
    const run = runCli(["--no-config", "--preset", "all", "--context", "2", "--kind", "config", other]);
    expect(run.stdout).toContain("config-user-root");
    expect(run.stdout).toContain(`"User": "root"`);
    expect(run.stdout).toContain("config-env-secret");
    expect(run.stdout).not.toContain(SECRET);
  });

  it.each(["json", "sarif", "github"])("--format %s carries no value", (format) => {
    const run = runCli(["--no-config", "--preset", "all", "--format", format, "--kind", "config", file]);
    expect(run.stdout).toContain(format === "sarif" ? "OCI-E002" : "config-env-secret");
    expect(run.stdout).not.toContain(SECRET);
  });
});
