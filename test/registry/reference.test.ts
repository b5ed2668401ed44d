// The parts of registry access that need no registry: the reference grammar and which targets are
// references, the scheme chosen, credentials from docker's config.json, WWW-Authenticate challenges,
// --platform and the referrers fallback tag.

import { describe, expect, it } from "vitest";
import { formatReference, isRegistryReference, parseReference, registryBaseUrl } from "../../src/sources/registry/reference.js";
import { credentialsFromDockerConfig } from "../../src/sources/registry/credentials.js";
import { parseAuthChallenges } from "../../src/sources/registry/authChallenge.js";
import { parsePlatform, platformMatches } from "../../src/sources/registry/platformSelector.js";
import { fallbackTag } from "../../src/sources/registry/referrers.js";
import { manifestTypeProblem } from "../../src/sources/registry/manifestChecks.js";

const SHA = "sha256:0b6d06b02ef009abbb0ea7bb74cfcf4717b9425d0710afb4b4058f4eb149570f";

describe("image references (distribution's grammar)", () => {
  it.each([
    ["registry.example.com/ns/app:1.0", "registry.example.com/ns/app:1.0"],
    ["registry.example.com:5000/team/sub/app", "registry.example.com:5000/team/sub/app:latest"],
    [`localhost/app@${SHA}`, `localhost/app@${SHA}`],
    [`127.0.0.1:5000/a/b:v2@${SHA}`, `127.0.0.1:5000/a/b:v2@${SHA}`],
    ["[::1]:5000/app:x", "[::1]:5000/app:x"],
    ["docker://busybox", "docker.io/library/busybox:latest"],
    ["docker://bitnami/redis:7", "docker.io/bitnami/redis:7"],
    ["docker://index.docker.io/library/alpine:3", "docker.io/library/alpine:3"],
    ["docker://ghcr.io/org/app:1", "ghcr.io/org/app:1"],
    ["docker.io/nginx", "docker.io/library/nginx:latest"],
    ["reg.io/a__b/c-d.e--f:T_1.x-y", "reg.io/a__b/c-d.e--f:T_1.x-y"],
  ])("%s → %s", (text, canonical) => {
    const parsed = parseReference(text);
    expect(parsed.ok && formatReference(parsed.reference)).toBe(canonical);
  });

  it.each([
    ["ns/app:1.0", "names no registry (write host/path, localhost/path or docker://path)"],
    ["registry.example.com/NS/app", '"NS/app" is not a repository path (lowercase letters and digits joined by . _ __ or -, separated by /)'],
    ["registry.example.com/app:-bad", '"-bad" is not a valid tag (letters, digits, _ . - up to 128 characters, not starting with . or -)'],
    ["registry.example.com/app@sha256:abc", 'the digest "sha256:abc" is not a sha256 or sha512 digest: sha256 needs 64 lowercase hex characters, found 3'],
    ["registry.example.com/app@md5:0123456789abcdef0123456789abcdef", 'the digest "md5:0123456789abcdef0123456789abcdef" is not a sha256 or sha512 digest'],
    ["-bad-.example.com/app", '"-bad-.example.com" is not a registry host[:port]'],
    [`r.io/${"a".repeat(260)}`, "the name is longer than 255 characters"],
  ])("%s is refused: %s", (text, message) => {
    expect(parseReference(text)).toEqual({ ok: false, message });
  });

  it("a target is a reference only when it names a registry, or says docker://", () => {
    expect(["registry.example.com/ns/app:1.0", "localhost/app", "localhost:5000/app", "127.0.0.1:5000/a:b", "docker://busybox"].map(isRegistryReference)).toEqual([true, true, true, true, true]);
    // Relative paths, plain names and Docker Hub short forms are not sent anywhere.
    expect(["ns/app:1.0", "busybox", "./layout", "../x/y.json", "/abs/path", "images/**/*.json", "manifest.json", "docker.io"].map(isRegistryReference)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it("plain HTTP for loopback registries or with --insecure; Docker Hub at registry-1.docker.io", () => {
    expect(registryBaseUrl("localhost:5000", false)).toBe("http://localhost:5000");
    expect(registryBaseUrl("127.0.0.1", false)).toBe("http://127.0.0.1");
    expect(registryBaseUrl("[::1]:5000", false)).toBe("http://[::1]:5000");
    expect(registryBaseUrl("registry.example.com", false)).toBe("https://registry.example.com");
    expect(registryBaseUrl("registry.example.com:5000", true)).toBe("http://registry.example.com:5000");
    expect(registryBaseUrl("127.0.0.1.example.com", false)).toBe("https://127.0.0.1.example.com");
    expect(registryBaseUrl("docker.io", false)).toBe("https://registry-1.docker.io");
  });
});

describe("credentials from docker's config.json", () => {
  const config = JSON.stringify({
    auths: {
      "https://index.docker.io/v1/": { auth: Buffer.from("hubuser:hubpass").toString("base64") },
      "registry.example.com:5000": { auth: Buffer.from("alice:pa:ss").toString("base64") },
      "http://other.example.com/v2/": { username: "bob", password: "pw" },
      "broken.example.com": { auth: Buffer.from("nocolon").toString("base64") },
    },
    credsStore: "desktop",
  });
  it.each([
    ["docker.io", { username: "hubuser", password: "hubpass" }],
    ["registry.example.com:5000", { username: "alice", password: "pa:ss" }],
    ["other.example.com", { username: "bob", password: "pw" }],
    ["registry.example.com", undefined],
  ])("%s", (domain, expected) => {
    expect(credentialsFromDockerConfig(config, domain, "config.json")).toEqual(expected);
  });
  it("a broken auth or file is a one-line error naming the file", () => {
    expect(() => credentialsFromDockerConfig(config, "broken.example.com", "/home/u/.docker/config.json")).toThrow('/home/u/.docker/config.json: the "auth" of broken.example.com is not base64 of username:password');
    expect(() => credentialsFromDockerConfig("{", "x", "/c.json")).toThrow(/^cannot read \/c.json: /);
  });
});

describe("WWW-Authenticate", () => {
  it("reads Bearer and Basic challenges, quoted values with escapes and commas", () => {
    expect(parseAuthChallenges('Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull,push"')).toEqual([
      { scheme: "bearer", params: { realm: "https://auth.example.com/token", service: "registry.example.com", scope: "repository:a/b:pull,push" } },
    ]);
    expect(parseAuthChallenges('Basic realm="a \\"quoted\\" realm", Bearer realm=https://t.example/x')).toEqual([
      { scheme: "basic", params: { realm: 'a "quoted" realm' } },
      { scheme: "bearer", params: { realm: "https://t.example/x" } },
    ]);
    expect(parseAuthChallenges("")).toEqual([]);
  });
});

describe("--platform", () => {
  it("parses os/arch[/variant] and matches arm64 to arm64/v8", () => {
    expect(parsePlatform("linux/arm/v7")).toEqual({ os: "linux", architecture: "arm", variant: "v7" });
    expect(() => parsePlatform("linux")).toThrow('--platform "linux": expected os/arch or os/arch/variant');
    expect(() => parsePlatform("linux/amd64/v2/x")).toThrow(/expected os\/arch/);
    expect(platformMatches(parsePlatform("linux/arm64/v8"), { os: "linux", architecture: "arm64" })).toBe(true);
    expect(platformMatches(parsePlatform("linux/arm64"), { os: "linux", architecture: "arm64", variant: "v8" })).toBe(true);
    expect(platformMatches(parsePlatform("linux/arm/v6"), { os: "linux", architecture: "arm", variant: "v7" })).toBe(false);
    expect(platformMatches(parsePlatform("linux/amd64"), { os: "windows", architecture: "amd64" })).toBe(false);
  });
});

describe("registry answers", () => {
  it("the referrers fallback tag is <alg>-<hex>, cut to what a tag allows", () => {
    expect(fallbackTag(SHA)).toBe(`sha256-${SHA.slice(7)}`);
    expect(fallbackTag(`sha512:${"a".repeat(128)}`)).toBe(`sha512-${"a".repeat(64)}`);
  });
  it("a manifest's Content-Type must be a manifest type and agree with the document", () => {
    const oci = "application/vnd.oci.image.manifest.v1+json";
    const index = "application/vnd.oci.image.index.v1+json";
    expect(manifestTypeProblem(oci, { schemaVersion: 2, config: {}, layers: [] })).toBeUndefined();
    expect(manifestTypeProblem(oci, { mediaType: oci })).toBeUndefined();
    expect(manifestTypeProblem("", undefined)).toBe("served as no Content-Type, which is not a manifest or index media type");
    expect(manifestTypeProblem(index, { mediaType: oci })).toBe(`served as "${index}" but the document declares "${oci}"`);
    expect(manifestTypeProblem(oci, { manifests: [] })).toBe(`served as "${oci}" but the document is an image index (it lists manifests)`);
  });
});
