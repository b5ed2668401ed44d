// A registry that answers badly, simulated by a proxy in front of a real one: wrong media types and
// digest headers, sizes that lie, bodies that break off or stall, transient 503s, a Basic-auth wall
// and a redirect to another host. Each gives a finding or a one-line error, never a stack trace.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { lint, type Finding } from "../../src/index.js";
import type { RegistryOptions } from "../../src/lintRegistry.js";
import { LAYOUTS_DIR } from "../layout/layoutHelpers.js";
import { runCliAsync } from "./runCliAsync.js";
import { registrySuite, skopeoCopy, startRegistry, type RunningRegistry } from "./registryHelpers.js";
import { reply, startProxy, type FaultyProxy } from "./faultyProxy.js";

const MANIFEST = "sha256:0b6d06b02ef009abbb0ea7bb74cfcf4717b9425d0710afb4b4058f4eb149570f";
const CONFIG = "sha256:2b6e9f5e5576cc02ef685e34fc57e7ffd3665906e80e0ffacf43419e2759ded6";
const LAYER_0 = "sha256:5981024d99c2a1272af4adcf7b02c2d0ca463723ed22021100444a06026c4ad4";
const LAYER_1 = "sha256:8ef82d8e3965e1e7822e3ba8e81b6c72d63ce96f77c7da2ac7eba0d9b4aab874";
const AMD64 = "sha256:c230d550737853738d18bd332834fd8ef7a8b8e2abc4f78415a2c9eca89af73e";
const ROUTE = 'index.json → manifests[0] "1.0"';
const BASIC_AUTH = `Basic ${Buffer.from("alice:s3cret").toString("base64")}`;

registrySuite("a registry that answers badly", () => {
  let registry: RunningRegistry;
  let proxy: FaultyProxy;
  let other: FaultyProxy;
  let scratch: string;
  const lintVia = (reference: string, options: RegistryOptions = {}) =>
    lint(`${proxy.host}/${reference}`, { config: false, registry: { dockerConfig: false, retries: 2, timeoutMs: 2000, ...options } });
  const summary = (findings: Finding[]) => findings.map((f) => [f.ruleName, f.location.via ?? f.location.path, f.message]);
  const requests = (pattern: string) => proxy.log.filter((line) => line.includes(pattern));

  beforeAll(async () => {
    registry = await startRegistry();
    await skopeoCopy(`oci:${join(LAYOUTS_DIR, "umoci-basic")}:1.0`, `docker://${registry.host}/ns/basic:1.0`);
    await skopeoCopy(`oci:${join(LAYOUTS_DIR, "nested-index")}:multi`, `docker://${registry.host}/ns/nested:multi`, ["--all"]);
    proxy = await startProxy(registry.host);
    other = await startProxy(registry.host);
    scratch = mkdtempSync(join(tmpdir(), "ocilint-bad-"));
  }, 60_000);
  afterEach(() => {
    proxy.fault = undefined;
    proxy.log.length = 0;
    proxy.seen.length = 0;
    other.seen.length = 0;
  });
  afterAll(async () => {
    await proxy?.stop();
    await other?.stop();
    await registry?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("without --blobs only documents are fetched and layers get a HEAD; with --blobs each blob is read once", async () => {
    await lintVia("ns/basic:1.0");
    expect(proxy.log.filter((l) => l.includes("/blobs/")).sort()).toEqual([`GET /v2/ns/basic/blobs/${CONFIG}`, `HEAD /v2/ns/basic/blobs/${LAYER_0}`, `HEAD /v2/ns/basic/blobs/${LAYER_1}`]);
    proxy.log.length = 0;
    await lintVia("ns/basic:1.0", { blobs: true });
    expect(proxy.log.filter((l) => l.includes("/blobs/")).sort()).toEqual([`GET /v2/ns/basic/blobs/${CONFIG}`, `GET /v2/ns/basic/blobs/${LAYER_0}`, `GET /v2/ns/basic/blobs/${LAYER_1}`]);
    // Referrers: the API first, then the fallback tag, which distribution 2.8 answers 404 to both.
    expect(requests("referrers")).toEqual([`GET /v2/ns/basic/referrers/${MANIFEST}`]);
    expect(requests("sha256-")).toEqual([`GET /v2/ns/basic/manifests/sha256-${MANIFEST.slice(7)}`]);
  });

  it("a manifest served under a media type that is not a manifest's is a finding, and still walked", async () => {
    proxy.fault = async (request, res, forward) => {
      if (request.path !== "/v2/ns/basic/manifests/1.0") return false;
      const answer = await forward();
      reply(res, { ...answer, headers: { ...answer.headers, "content-type": "text/plain" } });
      return true;
    };
    const result = await lintVia("ns/basic:1.0");
    // Ordered by path, code unit by code unit: "GET /v2/…" before "blobs/…".
    expect(summary(result.findings)).toEqual([
      ["registry-response", "GET /v2/ns/basic/manifests/1.0", 'served as "text/plain", which is not a manifest or index media type'],
      ["media-type-missing", ROUTE, 'manifest should set "mediaType": "application/vnd.oci.image.manifest.v1+json"'],
    ]);
    expect(result.findings[0]!.location.digest).toBe(MANIFEST);
  });

  it("a manifest served as an index (by digest, inside an index) is a finding", async () => {
    proxy.fault = async (request, res, forward) => {
      if (request.path !== `/v2/ns/nested/manifests/${AMD64}`) return false;
      const answer = await forward();
      reply(res, { ...answer, headers: { ...answer.headers, "content-type": "application/vnd.oci.image.index.v1+json" } });
      return true;
    };
    const result = await lintVia("ns/nested:multi");
    expect(summary(result.findings.filter((f) => f.ruleName === "registry-response"))).toEqual([
      ["registry-response", `GET /v2/ns/nested/manifests/${AMD64}`, 'served as "application/vnd.oci.image.index.v1+json" but the document is an image manifest (it has a config and layers)'],
    ]);
  });

  it("a Docker-Content-Digest that names another blob, and a size that differs from the descriptor's", async () => {
    proxy.fault = async (request, res, forward) => {
      if (request.method !== "HEAD") return false;
      const answer = await forward();
      const wrong = request.path.endsWith(LAYER_0) ? { "docker-content-digest": LAYER_1 } : { "content-length": "999" };
      reply(res, { ...answer, headers: { ...answer.headers, ...wrong } }, "HEAD");
      return true;
    };
    const result = await lintVia("ns/basic:1.0");
    expect(summary(result.findings.filter((f) => f.level === "error"))).toEqual([
      ["registry-response", `HEAD /v2/ns/basic/blobs/${LAYER_0}`, `Docker-Content-Digest says ${LAYER_1}, not the requested ${LAYER_0}`],
      ["blob-size-mismatch", `${ROUTE} → layers[1]`, "blob is 999+ bytes but its descriptor says 177"],
    ]);
  });

  it("a child manifest whose bytes changed on the way is a digest mismatch", async () => {
    proxy.fault = async (request, res, forward) => {
      if (request.path !== `/v2/ns/nested/manifests/${AMD64}`) return false;
      const answer = await forward();
      reply(res, { ...answer, body: Buffer.from(answer.body.toString("utf8").replace('"size":', '"size": ')) });
      return true;
    };
    const result = await lintVia("ns/nested:multi");
    const mismatch = result.findings.filter((f) => f.ruleName === "blob-digest-mismatch");
    expect(mismatch.map((f) => [f.location.digest, f.location.via])).toEqual([[AMD64, 'index.json → manifests[0] "multi" (index) → manifests[0] linux/amd64']]);
  });

  it("a layer whose body breaks off is retried, then reported; the rest of the image is still checked", async () => {
    proxy.fault = async (request, res, forward) => {
      if (!request.path.endsWith(LAYER_0) || request.method !== "GET") return false;
      const answer = await forward();
      res.writeHead(200, { "content-length": String(answer.body.length), "content-type": "application/octet-stream" });
      res.write(answer.body.subarray(0, 100));
      setTimeout(() => res.destroy(), 20);
      return true;
    };
    const result = await lintVia("ns/basic:1.0", { blobs: true });
    expect(summary(result.findings.filter((f) => f.level === "error"))).toEqual([
      ["registry-response", `${ROUTE} → layers[0]`, `${proxy.host}: the connection closed early while reading /v2/ns/basic/blobs/${LAYER_0}`],
    ]);
    expect(requests(LAYER_0)).toHaveLength(3);
    expect(requests(LAYER_1)).toHaveLength(1);
  });

  it("a layer that stalls mid-body times out, is retried, then reported", async () => {
    proxy.fault = async (request, res, forward) => {
      if (!request.path.endsWith(LAYER_1) || request.method !== "GET") return false;
      const answer = await forward();
      res.writeHead(200, { "content-length": String(answer.body.length) });
      res.write(answer.body.subarray(0, 50));
      return true;
    };
    const result = await lintVia("ns/basic:1.0", { blobs: true, timeoutMs: 300, retries: 1 });
    expect(summary(result.findings.filter((f) => f.level === "error"))).toEqual([
      ["registry-response", `${ROUTE} → layers[1]`, `${proxy.host}: no answer within 0.3 s while reading /v2/ns/basic/blobs/${LAYER_1}`],
    ]);
    expect(requests(LAYER_1)).toHaveLength(2);
  });

  it("503 Service Unavailable twice, then a good answer: retried, nothing reported", async () => {
    let failures = 0;
    proxy.fault = async (request, res) => {
      if (request.path !== "/v2/ns/basic/manifests/1.0" || failures >= 2) return false;
      failures++;
      res.writeHead(503, { "retry-after": "0" });
      res.end();
      return true;
    };
    const result = await lintVia("ns/basic:1.0");
    expect(result.findings.map((f) => f.ruleName)).toEqual(["media-type-missing"]);
    expect(requests("manifests/1.0")).toHaveLength(3);
  });

  it("a registry that never answers: exit 2 with one line, after the retries", async () => {
    proxy.fault = async (request) => request.path === `/v2/ns/basic/blobs/${CONFIG}`;
    await expect(lintVia("ns/basic:1.0", { timeoutMs: 300, retries: 1 })).rejects.toThrow(`cannot read ${proxy.host}/ns/basic:1.0: ${proxy.host}: no answer within 0.3 s`);
    expect(requests(CONFIG)).toHaveLength(2);
    const cli = await runCliAsync([`${proxy.host}/ns/basic:1.0`, "--timeout", "0.3", "--no-config"], { env: { DOCKER_CONFIG: scratch } });
    expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 2, stderr: `ocilint: cannot read ${proxy.host}/ns/basic:1.0: ${proxy.host}: no answer within 0.3 s\n` });
  });

  it("a referrers listing that is not JSON is a finding", async () => {
    proxy.fault = async (request, res) => {
      if (!request.path.includes("/referrers/")) return false;
      res.writeHead(200, { "content-type": "application/json" });
      res.end("<html>not json</html>");
      return true;
    };
    const result = await lintVia("ns/basic:1.0");
    // Same rule, same place: ordered by message.
    expect(summary(result.findings.filter((f) => f.ruleName === "registry-response")).map((s) => s[2]!.replace(/: .*/, ""))).toEqual([
      "the referrers listing is not JSON",
      'the referrers listing is served as "application/json", not as "application/vnd.oci.image.index.v1+json"',
    ]);
  });

  it("the digest asked for and the one Docker-Content-Digest names must agree", async () => {
    proxy.fault = async (request, res, forward) => {
      if (request.path !== `/v2/ns/basic/manifests/${MANIFEST}`) return false;
      const answer = await forward();
      reply(res, { ...answer, headers: { ...answer.headers, "docker-content-digest": LAYER_1 } });
      return true;
    };
    const result = await lintVia(`ns/basic@${MANIFEST}`);
    expect(summary(result.findings.filter((f) => f.ruleName === "registry-response"))).toEqual([
      ["registry-response", `GET /v2/ns/basic/manifests/${MANIFEST}`, `Docker-Content-Digest says ${LAYER_1}, not the requested ${MANIFEST}`],
    ]);
  });

  describe("behind Basic auth", () => {
    /** The proxy as a registry behind Basic auth: alice:s3cret only; blobs redirect to another host. */
    const wall = (redirectBlobs: boolean) => {
      proxy.fault = async (request, res) => {
        if (request.headers.authorization !== BASIC_AUTH) {
          res.writeHead(401, { "www-authenticate": 'Basic realm="ocilint-test"' });
          res.end();
          return true;
        }
        if (redirectBlobs && request.path.includes("/blobs/")) {
          res.writeHead(307, { location: `http://${other.host}${request.path}` });
          res.end();
          return true;
        }
        return false;
      };
    };

    it("Basic auth: the password given works; none, or a wrong one, is one line and exit 2", async () => {
      wall(false);
      const result = await lintVia("ns/basic:1.0", { username: "alice", password: "s3cret", blobs: true });
      expect(result.findings.map((f) => f.ruleName)).toEqual(["media-type-missing"]);
      await expect(lintVia("ns/basic:1.0")).rejects.toThrow(`cannot read ${proxy.host}/ns/basic:1.0: ${proxy.host}: the registry wants a username and password (--username with --password-stdin, or docker login)`);
      await expect(lintVia("ns/basic:1.0", { username: "alice", password: "wrong" })).rejects.toThrow(`${proxy.host}: access to ns/basic denied (401 even with the credentials of "alice")`);
    });

    it("Basic auth from docker's config.json (base64 auth), --password-stdin and the environment", async () => {
      wall(false);
      const config = join(scratch, "config.json");
      writeFileSync(config, JSON.stringify({ auths: { [`http://${proxy.host}`]: { auth: Buffer.from("alice:s3cret").toString("base64") }, "other.example": { auth: "eDp5" } } }));
      expect((await lintVia("ns/basic:1.0", { dockerConfig: config })).findings).toHaveLength(1);
      const fromConfig = await runCliAsync([`${proxy.host}/ns/basic:1.0`, "--no-config"], { env: { DOCKER_CONFIG: scratch } });
      expect({ status: fromConfig.status, stderr: fromConfig.stderr }).toEqual({ status: 0, stderr: "" });
      const empty = join(scratch, "empty");
      const stdin = await runCliAsync([`${proxy.host}/ns/basic:1.0`, "--no-config", "--username", "alice", "--password-stdin"], { input: "s3cret\n", env: { DOCKER_CONFIG: empty } });
      expect({ status: stdin.status, stderr: stdin.stderr }).toEqual({ status: 0, stderr: "" });
      const env = await runCliAsync([`${proxy.host}/ns/basic:1.0`, "--no-config"], { env: { DOCKER_CONFIG: empty, OCILINT_REGISTRY_USERNAME: "alice", OCILINT_REGISTRY_PASSWORD: "s3cret" } });
      expect({ status: env.status, stderr: env.stderr }).toEqual({ status: 0, stderr: "" });
      const none = await runCliAsync([`${proxy.host}/ns/basic:1.0`, "--no-config"], { env: { DOCKER_CONFIG: empty } });
      expect(none.status).toBe(2);
      expect(none.stderr).toMatch(/^ocilint: cannot read .*: the registry wants a username and password .*\n$/);
    });

    it("credentials never follow a redirect to another host", async () => {
      wall(true);
      const result = await lintVia("ns/basic:1.0", { username: "alice", password: "s3cret", blobs: true });
      expect(result.findings.map((f) => f.ruleName)).toEqual(["media-type-missing"]);
      expect(other.seen.map((r) => r.path).sort()).toEqual([CONFIG, LAYER_0, LAYER_1].map((d) => `/v2/ns/basic/blobs/${d}`));
      expect(other.seen.map((r) => r.headers.authorization)).toEqual([undefined, undefined, undefined]);
    });
  });
});
