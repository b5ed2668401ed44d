// Images pushed by skopeo into a real registry lint exactly as the layouts they came from: the same
// rules on the same routes with the same messages, clean images and defective ones alike. Only what
// a registry cannot hold differs (index.json itself, unreferenced blobs), and the tests say so.

import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lint, type Finding } from "../../src/index.js";
import type { RegistryOptions } from "../../src/lintRegistry.js";
import { DEFECTS_DIR, LAYOUTS_DIR } from "../layout/layoutHelpers.js";
import { runCli } from "../helpers/runCli.js";
import { findingKey, freePort, layoutKeys, registrySuite, skopeoCopy, startRegistry, type RunningRegistry } from "./registryHelpers.js";
import { pushReferrer } from "./pushByHand.js";

const ARTIFACT = "sha256:43a0af783fc5dd0e7a7973c62d941803b66c2721a0b2d548107c21ef76c6b5a3";
const BASIC = "sha256:0b6d06b02ef009abbb0ea7bb74cfcf4717b9425d0710afb4b4058f4eb149570f";

/**
 * Defect layouts whose defect a registry can hold (skopeo pushes them as they are), and their tag.
 * Not here: defects of index.json or oci-layout themselves, of unreferenced or missing files (a
 * registry has no such places), or that skopeo refuses to copy (wrong sizes, cycles).
 */
const DEFECTS: Record<string, string> = {
  "device-node": "1.0", "diff-id-mismatch": "1.0", "diff-ids-count": "1.0",
  "docker-media-type-in-oci": "1.0", "hardlink-target-missing": "1.0", "index-duplicate-platform": "multi",
  "layer-compression-mismatch": "1.0", "layer-decompress": "1.0", "layer-tar-format": "1.0", "link-escape": "1.0",
  "nondistributable-layer": "1.0", "path-escape": "1.0", "pax-path-override": "1.0", "ref-name-scope": "multi",
  "setuid-setgid": "1.0", "sparse-entry": "1.0", "tar-duplicate-path": "1.0", "whiteout-bare": "1.0",
  "whiteout-not-empty-file": "1.0", "whiteout-order": "1.0", "whiteout-with-entry": "1.0", "world-writable": "1.0",
};

registrySuite("images in a real registry lint as their layouts do", () => {
  let registry: RunningRegistry;
  let scratch: string;
  const lintLayout = (dir: string) => lint(dir, { config: false, preset: "all" });
  const lintImage = (reference: string, options: RegistryOptions = {}) =>
    lint(`${registry.host}/${reference}`, { config: false, preset: "all", registry: { dockerConfig: false, blobs: true, ...options } });
  const keys = (findings: readonly Finding[]) => findings.map(findingKey).sort();

  beforeAll(async () => {
    registry = await startRegistry();
    scratch = mkdtempSync(join(tmpdir(), "ocilint-images-"));
    const push = (layout: string, tag: string, repository: string, extra: string[] = []) =>
      skopeoCopy(`oci:${layout}:${tag}`, `docker://${registry.host}/${repository}:${tag}`, extra);
    // The Docker push goes first, alone: skopeo 1.9 records in its shared blob-info cache that the zstd
    // image's layer has the same content, and a v2s2 push running at the same time may try to reuse that
    // zstd blob, which Docker's format cannot name (seen as a failed CI run).
    await push(join(LAYOUTS_DIR, "umoci-basic"), "1.0", "ns/docker", ["--format", "v2s2"]);
    await Promise.all([
      push(join(LAYOUTS_DIR, "umoci-basic"), "1.0", "ns/basic"),
      push(join(LAYOUTS_DIR, "skopeo-zstd"), "1.0", "ns/zstd"),
      push(join(LAYOUTS_DIR, "nested-index"), "multi", "ns/nested", ["--all"]),
      push(join(LAYOUTS_DIR, "multi-image"), "amd64", "ns/multi"),
      push(join(LAYOUTS_DIR, "multi-image"), "arm64", "ns/multi"),
      push(join(LAYOUTS_DIR, "artifact-empty-config"), "1.0", "ns/artifact"),
      push(join(DEFECTS_DIR, "artifact-type-required"), "1.0", "defects/artifact-type-required"),
    ]);
    for (const [name, tag] of Object.entries(DEFECTS)) await push(join(DEFECTS_DIR, name), tag, `defects/${name}`, ["--all"]);
    await pushReferrer(registry.host, "ns/artifact", join(LAYOUTS_DIR, "artifact-empty-config"), ARTIFACT);
    const artifact = JSON.parse(readFileSync(join(DEFECTS_DIR, "artifact-type-required", "index.json"), "utf8")).manifests[1].digest;
    await pushReferrer(registry.host, "defects/artifact-type-required", join(DEFECTS_DIR, "artifact-type-required"), artifact);
  }, 120_000);
  afterAll(async () => {
    await registry?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it.each([
    ["umoci-basic", "ns/basic:1.0"],
    ["skopeo-zstd", "ns/zstd:1.0"],
    ["nested-index", "ns/nested:multi"],
    ["artifact-empty-config", "ns/artifact:1.0"],
  ])("%s, pushed as %s: same findings as the layout", async (layout, reference) => {
    const fromLayout = layoutKeys((await lintLayout(join(LAYOUTS_DIR, layout))).findings);
    const result = await lintImage(reference);
    expect(result.results.map((r) => r.kind)).toEqual(["registry"]);
    expect(keys(result.findings)).toEqual(fromLayout);
    // Not vacuous: umoci writes manifests without mediaType, and the registry serves those same bytes.
    expect(result.findings.map((f) => f.ruleName)).toContain("media-type-missing");
  });

  it("the artifact is found through the referrers tag schema and walked with its subject", async () => {
    const result = await lintImage("ns/artifact:1.0");
    const routes = result.findings.map((f) => f.location.via);
    expect(routes).toContain('index.json → manifests[0] "1.0"');
    // The subject is reached from the artifact too; a present subject gives no subject-missing.
    expect(result.findings.filter((f) => f.ruleName === "subject-missing")).toEqual([]);
    const withoutReferrers = await lintImage("ns/basic:1.0");
    expect(withoutReferrers.findings).toHaveLength(1);
  });

  it("multi-image: each tag lints as its entry of the layout", async () => {
    const entry = (key: string) => key.replace(/index\.json → manifests\[\d+\]/, "index.json → manifests[i]");
    const fromLayout = layoutKeys((await lintLayout(join(LAYOUTS_DIR, "multi-image"))).findings).map(entry).sort();
    const fromRegistry = [...(await lintImage("ns/multi:amd64")).findings, ...(await lintImage("ns/multi:arm64")).findings].map(findingKey).map(entry).sort();
    expect(fromRegistry).toEqual(fromLayout);
    expect(fromRegistry).toHaveLength(2);
  });

  it.each(Object.entries(DEFECTS).map(([name, tag]) => [name, tag]).concat([["artifact-type-required", "1.0"]]))(
    "defect %s: the registry copy has the layout's findings",
    async (name, tag) => {
      const fromLayout = layoutKeys((await lintLayout(join(DEFECTS_DIR, name))).findings);
      const fromRegistry = keys((await lintImage(`defects/${name}:${tag}`)).findings);
      expect(fromRegistry).toEqual(fromLayout);
      expect(fromLayout.some((key) => key.startsWith(`${name} |`)), `the layout itself shows ${name}`).toBe(true);
    },
  );

  it("Docker v2s2 (skopeo --format v2s2): same findings as a layout of the very bytes the registry serves", async () => {
    // skopeo's dir: transport keeps the manifest as served; a layout is then only a renaming of its files.
    const dir = join(scratch, "docker-dir");
    await skopeoCopy(`docker://${registry.host}/ns/docker:1.0`, `dir:${dir}`);
    const layout = join(scratch, "docker-layout");
    mkdirSync(join(layout, "blobs", "sha256"), { recursive: true });
    for (const file of readdirSync(dir).filter((f) => /^[0-9a-f]{64}$/.test(f))) copyFileSync(join(dir, file), join(layout, "blobs", "sha256", file));
    const manifest = readFileSync(join(dir, "manifest.json"));
    const digest = createHash("sha256").update(manifest).digest("hex");
    writeFileSync(join(layout, "blobs", "sha256", digest), manifest);
    const mediaType = JSON.parse(manifest.toString("utf8")).mediaType;
    expect(mediaType).toBe("application/vnd.docker.distribution.manifest.v2+json");
    writeFileSync(join(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(join(layout, "index.json"), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType, digest: `sha256:${digest}`, size: manifest.length, annotations: { "org.opencontainers.image.ref.name": "1.0" } }] }));
    const fromLayout = layoutKeys((await lintLayout(layout)).findings);
    const result = await lintImage("ns/docker:1.0");
    expect(keys(result.findings)).toEqual(fromLayout);
    expect(result.counts.error).toBe(0);
  });

  it("docker:// and @digest name the same image; without a tag the route has no ref.name", async () => {
    const byTag = keys((await lintImage("ns/basic:1.0")).findings);
    const byDigest = await lint(`docker://${registry.host}/ns/basic@${BASIC}`, { config: false, preset: "all", registry: { dockerConfig: false } });
    expect(keys(byDigest.findings).map((k) => k.replace(' "1.0"', ""))).toEqual(byTag.map((k) => k.replace(' "1.0"', "")));
    expect(byDigest.findings[0]!.location.via).toBe("index.json → manifests[0]");
  });

  it("--platform lints one image of an index", async () => {
    const pick = async (platform: string) => (await lintImage("ns/nested:multi", { platform })).findings.map((f) => [f.ruleName, f.location.digest, f.location.via]);
    expect(await pick("linux/arm64")).toEqual([["media-type-missing", "sha256:350895f84d6faf6f1ed69fb87a8f9dcabe8a2dc769edaf377f052c6714bdfa1e", 'index.json → manifests[0] "multi" linux/arm64']]);
    expect(await pick("linux/amd64")).toEqual([["media-type-missing", "sha256:c230d550737853738d18bd332834fd8ef7a8b8e2abc4f78415a2c9eca89af73e", 'index.json → manifests[0] "multi" linux/amd64']]);
    expect(await pick("linux/arm64/v8")).toEqual(await pick("linux/arm64"));
    await expect(lintImage("ns/nested:multi", { platform: "linux/s390x" })).rejects.toThrow(`cannot read ${registry.host}/ns/nested:multi: no image for linux/s390x in its index (it has linux/amd64, linux/arm64)`);
  });

  it("without --blobs, layers are not read: content defects go unseen, document defects do not", async () => {
    const content = await lintImage("defects/diff-id-mismatch:1.0", { blobs: false });
    expect(content.findings.map((f) => f.ruleName)).toEqual(["media-type-missing"]);
    const documents = await lintImage("defects/diff-ids-count:1.0", { blobs: false });
    expect(documents.findings.map((f) => f.ruleName).sort()).toEqual(["diff-ids-count", "media-type-missing"]);
  });

  it("the CLI: exit 1 for a defect, 0 for a clean image, 2 with one line for what cannot be read", async () => {
    const env = { DOCKER_CONFIG: scratch };
    const defect = runCli([`${registry.host}/defects/diff-id-mismatch:1.0`, "--blobs", "--no-config"], { env });
    expect(defect.status).toBe(1);
    expect(defect.stdout).toMatch(/diff-id-mismatch/);
    const clean = runCli([`${registry.host}/ns/basic:1.0`, "--no-config"], { env });
    expect({ status: clean.status, stderr: clean.stderr }).toEqual({ status: 0, stderr: "" });
    const noTag = runCli([`${registry.host}/ns/basic:2.0`, "--no-config"], { env });
    expect({ status: noTag.status, stderr: noTag.stderr }).toEqual({
      status: 2, stderr: `ocilint: cannot read ${registry.host}/ns/basic:2.0: no such manifest: 404 Not Found (MANIFEST_UNKNOWN: manifest unknown)\n`,
    });
    const noRepo = runCli([`${registry.host}/ns/absent`, "--no-config"], { env });
    expect(noRepo.status).toBe(2);
    expect(noRepo.stderr).toMatch(new RegExp(`^ocilint: cannot read ${registry.host}/ns/absent:latest: no such manifest: 404 Not Found \\([A-Z_]+: [^\\n]+\\)\\n$`));
    const port = await freePort();
    const unreachable = runCli([`127.0.0.1:${port}/ns/basic:1.0`, "--no-config", "--timeout", "2"], { env });
    expect({ status: unreachable.status, stderr: unreachable.stderr }).toEqual({ status: 2, stderr: `ocilint: cannot read 127.0.0.1:${port}/ns/basic:1.0: 127.0.0.1:${port}: connection refused\n` });
    const badPlatform = runCli([`${registry.host}/ns/nested:multi`, "--platform", "linux"], { env });
    expect(badPlatform.status).toBe(2);
    expect(badPlatform.stderr).toBe('ocilint: --platform "linux": expected os/arch or os/arch/variant, e.g. linux/arm64 or linux/arm/v7\n');
  });
});
