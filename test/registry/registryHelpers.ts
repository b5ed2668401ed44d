// A real registry for the registry tests: Debian's docker-registry (distribution v2) on 127.0.0.1 with
// its storage in a temporary directory, images pushed into it by skopeo. Without the tools the suites
// say they are skipped and why; under CI=true a skip is a failure.

import { execFile, spawn, type ChildProcess } from "node:child_process";
import { accessSync, closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, it } from "vitest";
import type { Finding } from "../../src/index.js";

function onPath(command: string): boolean {
  return (process.env["PATH"] ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || ".", command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why the registry tests cannot run here, or undefined when they can. */
export function missingTools(extra: readonly string[] = []): string | undefined {
  const missing = ["docker-registry", "skopeo", ...extra].filter((tool) => !onPath(tool));
  return missing.length ? `${missing.join(" and ")} not installed (scripts/install-tools.sh installs them)` : undefined;
}

/** describe(), skipped with its reason when tools are missing; under CI=true the skip fails instead. */
export function registrySuite(title: string, body: () => void, extraTools: readonly string[] = []): void {
  const missing = missingTools(extraTools);
  if (missing && process.env["CI"] === "true") {
    describe(title, () => it("has the tools it needs (CI=true makes a skip fail)", () => {
      throw new Error(`registry tests cannot run: ${missing}`);
    }));
    return;
  }
  describe.skipIf(missing !== undefined)(missing ? `${title} (skipped: ${missing})` : title, body);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TokenAuthConfig {
  realm: string;
  service: string;
  issuer: string;
  certPath: string;
}

export interface RunningRegistry {
  /** `127.0.0.1:<port>`, as references name it. */
  host: string;
  /** The storage root: blobs live under docker/registry/v2/blobs/. */
  root: string;
  stop(): Promise<void>;
}

/** Starts docker-registry on a free 127.0.0.1 port, on its own storage unless `root` shares one. */
export async function startRegistry(options: { root?: string; token?: TokenAuthConfig } = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "ocilint-registry-"));
  const root = options.root ?? join(dir, "storage");
  mkdirSync(root, { recursive: true });
  const port = await freePort();
  const auth = options.token
    ? `auth:\n  token:\n    realm: ${options.token.realm}\n    service: ${options.token.service}\n    issuer: ${options.token.issuer}\n    rootcertbundle: ${options.token.certPath}\n`
    : "";
  const config = join(dir, "config.yml");
  writeFileSync(config, `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${root}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`);
  // Its log goes to a file, never to a pipe: a pipe nobody drains (while a test waits) stalls the registry.
  const log = join(dir, "registry.log");
  const fd = openSync(log, "w");
  const child = spawn("docker-registry", ["serve", config], { stdio: ["ignore", fd, fd] });
  closeSync(fd);
  const host = `127.0.0.1:${port}`;
  try {
    await waitForRegistry(host, child, () => readFileSync(log, "utf8"));
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    host,
    root,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForRegistry(host: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr()}`);
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not answer on ${host}: ${stderr()}`);
}

/** skopeo copy into the registry; skopeo's caches and settings stay in a scratch HOME. */
export async function skopeoCopy(source: string, destination: string, extra: readonly string[] = []): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "ocilint-skopeo-"));
  try {
    await new Promise<void>((resolve, reject) => {
      const args = ["copy", "--quiet", "--src-tls-verify=false", "--dest-tls-verify=false", ...extra, source, destination];
      execFile("skopeo", args, { env: { PATH: process.env["PATH"] ?? "", HOME: home }, timeout: 60_000 }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`skopeo copy ${source} ${destination} failed: ${stderr || error.message}`));
        else resolve();
      });
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** What a finding says and where, without the blob path (a blob's path is its digest, its route is what matters). */
export function findingKey(f: Finding): string {
  return [f.ruleName, f.level, f.location.via ?? f.location.path, f.location.pointer ?? "", f.message].join(" | ");
}

/** A layout's findings that a registry can have too: index.json and oci-layout exist only in layouts. */
export function layoutKeys(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.location.path !== "index.json" && f.location.path !== "oci-layout").map(findingKey).sort();
}
