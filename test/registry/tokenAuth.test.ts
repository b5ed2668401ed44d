// A registry behind the token flow, as Docker Hub and most hosted registries are: a 401 names a
// token service, which takes the user's credentials and returns a bearer token for the repository.
// The registry is docker-registry with `auth: token`; images are pushed through an open registry on
// the same storage.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lint } from "../../src/index.js";
import type { RegistryOptions } from "../../src/lintRegistry.js";
import { LAYOUTS_DIR } from "../layout/layoutHelpers.js";
import { findingKey, layoutKeys, registrySuite, skopeoCopy, startRegistry, type RunningRegistry } from "./registryHelpers.js";
import { startTokenService, type TokenService } from "./tokenService.js";
import { runCliAsync } from "./runCliAsync.js";

registrySuite("token authentication (WWW-Authenticate: Bearer)", () => {
  let open: RunningRegistry;
  let guarded: RunningRegistry;
  let tokens: TokenService;
  const lintGuarded = (options: RegistryOptions) => lint(`${guarded.host}/ns/basic:1.0`, { config: false, preset: "all", registry: { dockerConfig: false, blobs: true, ...options } });

  beforeAll(async () => {
    tokens = await startTokenService({ alice: "s3cret" });
    open = await startRegistry();
    guarded = await startRegistry({ root: open.root, token: tokens.config });
    await skopeoCopy(`oci:${join(LAYOUTS_DIR, "umoci-basic")}:1.0`, `docker://${open.host}/ns/basic:1.0`);
  }, 60_000);
  afterAll(async () => {
    await guarded?.stop();
    await open?.stop();
    await tokens?.stop();
  });

  it("with the right credentials: one token for the repository, then the same findings as the layout", async () => {
    tokens.requests.length = 0;
    const result = await lintGuarded({ username: "alice", password: "s3cret" });
    const fromLayout = layoutKeys((await lint(join(LAYOUTS_DIR, "umoci-basic"), { config: false, preset: "all" })).findings);
    expect(result.findings.map(findingKey).sort()).toEqual(fromLayout);
    expect(tokens.requests).toEqual([{ user: "alice", scopes: ["repository:ns/basic:pull"], service: "ocilint-test" }]);
  });

  it("anonymous or with a wrong password: exit 2 and one line naming the token service", async () => {
    const service = new URL(tokens.config.realm).host;
    await expect(lintGuarded({})).rejects.toThrow(`cannot read ${guarded.host}/ns/basic:1.0: ${guarded.host}: the token service ${service} refused anonymous access (401 Unauthorized)`);
    await expect(lintGuarded({ username: "alice", password: "nope" })).rejects.toThrow(`${guarded.host}: the token service ${service} refused the credentials of "alice" (401 Unauthorized)`);
  });

  it("the CLI takes the credentials from docker's config.json", async () => {
    const dir = join(open.root, "..");
    writeFileSync(join(dir, "config.json"), JSON.stringify({ auths: { [guarded.host]: { auth: Buffer.from("alice:s3cret").toString("base64") } } }));
    const run = await runCliAsync([`${guarded.host}/ns/basic:1.0`, "--no-config", "--blobs"], { env: { DOCKER_CONFIG: dir } });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout).toMatch(/media-type-missing/);
  });
}, ["openssl"]);
