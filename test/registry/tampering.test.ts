// Content changed inside the registry's own storage, behind its back: the registry serves the edited
// bytes under the old digest, and only digest verification can tell.

import { copyFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lint, type Finding } from "../../src/index.js";
import { LAYOUTS_DIR } from "../layout/layoutHelpers.js";
import { runCli } from "../helpers/runCli.js";
import { registrySuite, skopeoCopy, startRegistry, type RunningRegistry } from "./registryHelpers.js";

const MANIFEST = "sha256:0b6d06b02ef009abbb0ea7bb74cfcf4717b9425d0710afb4b4058f4eb149570f";
const LAYER_1 = "sha256:8ef82d8e3965e1e7822e3ba8e81b6c72d63ce96f77c7da2ac7eba0d9b4aab874";
const ROUTE = 'index.json → manifests[0] "1.0"';

registrySuite("an image tampered with in the registry's storage", () => {
  let registry: RunningRegistry;
  /** distribution's filesystem layout: blobs/sha256/<first two hex>/<hex>/data. */
  const dataFile = (digest: string) => {
    const hex = digest.slice("sha256:".length);
    return join(registry.root, "docker", "registry", "v2", "blobs", "sha256", hex.slice(0, 2), hex, "data");
  };
  /** Runs `change` on a blob's file and puts the original back afterwards. */
  const tampered = async <T>(digest: string, change: (path: string) => void, body: () => Promise<T>): Promise<T> => {
    const path = dataFile(digest);
    copyFileSync(path, `${path}.orig`);
    try {
      change(path);
      return await body();
    } finally {
      renameSync(`${path}.orig`, path);
    }
  };
  const errors = async (blobs: boolean) => {
    const result = await lint(`${registry.host}/tamper/basic:1.0`, { config: false, registry: { blobs, dockerConfig: false } });
    return result.findings.filter((f: Finding) => f.level === "error").map((f) => [f.ruleName, f.location.via, f.message]);
  };

  beforeAll(async () => {
    registry = await startRegistry();
    await skopeoCopy(`oci:${join(LAYOUTS_DIR, "umoci-basic")}:1.0`, `docker://${registry.host}/tamper/basic:1.0`);
  }, 60_000);
  afterAll(async () => registry?.stop());

  it("is clean as pushed", async () => {
    expect(await errors(true)).toEqual([]);
  });

  it("an edited manifest no longer hashes to its digest, and its edit shows too", async () => {
    const edit = (path: string) => writeFileSync(path, readFileSync(path, "utf8").replace('"size":366', '"size":367'));
    await tampered(MANIFEST, edit, async () => {
      const found = await errors(false);
      expect(found).toEqual([
        ["blob-digest-mismatch", ROUTE, expect.stringMatching(new RegExp(`^content hashes to sha256:[0-9a-f]{64}, not to ${MANIFEST}$`))],
        ["blob-size-mismatch", `${ROUTE} → layers[0]`, "blob is 366 bytes but its descriptor says 367"],
      ]);
      const cli = runCli([`${registry.host}/tamper/basic:1.0`, "--no-config"], { env: { DOCKER_CONFIG: registry.root } });
      expect(cli.status).toBe(1);
      expect(cli.stdout).toMatch(/blob-digest-mismatch/);
    });
  });

  it("an edited layer passes HEAD unnoticed; --blobs streams it and catches it", async () => {
    const flip = (path: string) => {
      const bytes = readFileSync(path);
      bytes[100] ^= 0xff;
      writeFileSync(path, bytes);
    };
    await tampered(LAYER_1, flip, async () => {
      expect(await errors(false)).toEqual([]);
      expect(await errors(true)).toEqual([
        ["blob-digest-mismatch", `${ROUTE} → layers[1]`, expect.stringMatching(new RegExp(`^content hashes to sha256:[0-9a-f]{64}, not to ${LAYER_1}$`))],
        ["layer-decompress", `${ROUTE} → layers[1]`, "cannot gunzip: corrupt data (incorrect data check)"],
      ]);
    });
  });

  it("a layer gone from storage is missing from the repository", async () => {
    await tampered(LAYER_1, (path) => renameSync(path, `${path}.gone`), async () => {
      try {
        expect(await errors(false)).toEqual([["blob-missing", `${ROUTE} → layers[1]`, "blob is not in the repository"]]);
        expect(await errors(true)).toEqual([["blob-missing", `${ROUTE} → layers[1]`, "blob is not in the repository"]]);
      } finally {
        renameSync(`${dataFile(LAYER_1)}.gone`, dataFile(LAYER_1));
      }
    });
  });
});
