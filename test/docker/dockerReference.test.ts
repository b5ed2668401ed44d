// RepoTags as docker load reads them: distribution/reference's grammar, Docker's normalisation
// (docker.io and library/ implied, index.docker.io is docker.io), and a tag is required.

import { describe, expect, it } from "vitest";
import { parseTaggedReference } from "../../src/model/dockerReference.js";

const HEX = "0123456789abcdef".repeat(4);

describe("valid RepoTags, and the one spelling they normalise to", () => {
  it.each([
    ["busybox:latest", "docker.io/library/busybox:latest"],
    ["example/basic:1.0", "docker.io/example/basic:1.0"],
    ["docker.io/example/basic:1.0", "docker.io/example/basic:1.0"],
    ["index.docker.io/library/ubuntu:22.04", "docker.io/library/ubuntu:22.04"],
    ["localhost/app:dev", "localhost/app:dev"],
    ["localhost:5000/app:v1", "localhost:5000/app:v1"],
    ["registry.example.com/team/sub/app:1.2.3-rc_1", "registry.example.com/team/sub/app:1.2.3-rc_1"],
    ["[::1]:5000/app:dev", "[::1]:5000/app:dev"],
    ["a__b/c--d.e_f:X", "docker.io/a__b/c--d.e_f:X"],
    [`ghcr.io/org/app:v1@sha256:${HEX}`, "ghcr.io/org/app:v1"],
    [`app:${"t".repeat(128)}`, `docker.io/library/app:${"t".repeat(128)}`],
  ])("%s", (text, normalised) => {
    expect(parseTaggedReference(text)).toEqual({ ok: true, normalised });
  });
});

describe("invalid RepoTags", () => {
  it.each([
    ["busybox", /^has no tag/],
    [`example/app@sha256:${HEX}`, /^has no tag/],
    [HEX, /^is a 64-character hex ID/],
    ["example/Basic:1.0", /^has an uppercase repository name "example\/Basic"$/],
    ["Example:1.0", /^has an uppercase repository name "library\/Example"$/],
    ["example/app:", /^has an invalid tag ""/],
    ["example/app:-rc1", /^has an invalid tag "-rc1"/],
    [`example/app:${"t".repeat(129)}`, /^has an invalid tag/],
    ["example//app:1", /^does not follow the reference grammar/],
    ["example/-app:1", /^does not follow the reference grammar/],
    ["example/app_:1", /^does not follow the reference grammar/],
    ["exa mple/app:1", /^does not follow the reference grammar/],
    [":1.0", /^has an empty repository name$/],
    ["example/app:1@sha256:abc", /^has a malformed digest after @$/],
    [`registry.example.com/${"a".repeat(250)}:1`, /^has a name longer than 255 characters$/],
  ])("%s", (text, message) => {
    const parsed = parseTaggedReference(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
