// The schemas, case by case: what the spec allows must pass (including what the official schemas
// wrongly reject), and what it forbids must fail with the rule and pointer that say so.

import { describe, expect, it } from "vitest";
import { validateSchema, type SchemaKind } from "../../src/schema/validateSchema.js";
import { CONFIG, INDEX, MANIFEST, ARTIFACT, DESCRIPTOR, SHA_A } from "../helpers/documents.js";

const manifest = () => JSON.parse(MANIFEST);
const index = () => JSON.parse(INDEX);
const config = () => JSON.parse(CONFIG);
const artifact = () => JSON.parse(ARTIFACT);
const descriptor = () => JSON.parse(DESCRIPTOR);

function change<T>(doc: T, mutate: (d: T) => void): T {
  mutate(doc);
  return doc;
}

interface Valid { name: string; kind: SchemaKind; data: unknown }
interface Invalid extends Valid { rule: string; pointer: string }

const valid: Valid[] = [
  { name: "manifest", kind: "manifest", data: manifest() },
  { name: "artifact with empty config and subject", kind: "manifest", data: artifact() },
  { name: "layers: [] (only a SHOULD; the official schema rejects it)", kind: "manifest", data: change(manifest(), (d) => (d.layers = [])) },
  { name: "zstd and nondistributable layers", kind: "manifest", data: change(manifest(), (d) => (d.layers[0].mediaType = "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip")) },
  { name: "unknown properties are ignored", kind: "manifest", data: change(manifest(), (d) => (d["com.example.extra"] = { any: 1 })) },
  { name: "sha512 digest", kind: "descriptor", data: change(descriptor(), (d) => (d.digest = `sha512:${"a".repeat(128)}`)) },
  { name: "unregistered algorithm", kind: "descriptor", data: change(descriptor(), (d) => (d.digest = "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564")) },
  { name: "empty data", kind: "descriptor", data: change(descriptor(), (d) => (d.data = "")) },
  { name: "index entries with artifactType and data", kind: "index", data: change(index(), (d) => { d.manifests[2].data = "e30="; }) },
  { name: "index with subject and artifactType", kind: "index", data: change(index(), (d) => { d.artifactType = "application/vnd.example+type"; d.subject = descriptor(); }) },
  { name: "empty index", kind: "index", data: { schemaVersion: 2, manifests: [] } },
  { name: "config", kind: "config", data: config() },
  { name: "every optional config field null (image-spec #837)", kind: "config", data: change(config(), (d) => {
    for (const k of ["created", "author", "os.version", "os.features", "variant", "history"]) d[k] = null;
    for (const k of ["User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Volumes", "WorkingDir", "Labels", "StopSignal", "ArgsEscaped"]) d.config[k] = null;
  }) },
  { name: "config: null", kind: "config", data: change(config(), (d) => (d.config = null)) },
  { name: "Docker config fields", kind: "docker-config", data: change(config(), (d) => {
    d.config.Healthcheck = { Test: ["CMD", "true"], Interval: 30000000000 };
    d.config.OnBuild = null; d.config.Shell = ["/bin/sh", "-c"]; d.container_config = { Cmd: ["/bin/sh"] }; d.docker_version = "24.0.7";
  }) },
  { name: "empty User (Docker writes it)", kind: "config", data: change(config(), (d) => (d.config.User = "")) },
  { name: "Env value containing = and newlines", kind: "config", data: change(config(), (d) => (d.config.Env = ["A=b=c\nd"])) },
  { name: "layout header", kind: "layout-header", data: { imageLayoutVersion: "1.0.0" } },
  { name: "Docker manifest", kind: "docker-manifest", data: { schemaVersion: 2, mediaType: "application/vnd.docker.distribution.manifest.v2+json", config: { mediaType: "application/vnd.docker.container.image.v1+json", digest: SHA_A, size: 1 }, layers: [] } },
  { name: "Docker manifest list with features", kind: "docker-manifest-list", data: { schemaVersion: 2, mediaType: "application/vnd.docker.distribution.manifest.list.v2+json", manifests: [{ mediaType: "application/vnd.docker.distribution.manifest.v2+json", digest: SHA_A, size: 1, platform: { architecture: "amd64", os: "linux", features: ["sse4"] } }] } },
];

const invalid: Invalid[] = [
  // L3: digests inside documents follow their algorithm's encoding.
  { name: "L3 short sha256 in a layer", kind: "manifest", data: change(manifest(), (d) => (d.layers[1].digest = "sha256:abc")), rule: "digest-format", pointer: "/layers/1/digest" },
  { name: "L3 uppercase sha256 in an index", kind: "index", data: change(index(), (d) => (d.manifests[0].digest = SHA_A.toUpperCase().replace("SHA256", "sha256"))), rule: "digest-format", pointer: "/manifests/0/digest" },
  { name: "L3 blake3 of the wrong length", kind: "descriptor", data: change(descriptor(), (d) => (d.digest = `blake3:${"a".repeat(128)}`)), rule: "digest-format", pointer: "/digest" },
  // L4: diff_ids are digests.
  { name: "L4 diff_id that is not a digest", kind: "config", data: change(config(), (d) => (d.rootfs.diff_ids[1] = "layer-2")), rule: "digest-format", pointer: "/rootfs/diff_ids/1" },
  // L5: negative sizes in index entries.
  { name: "L5 negative index entry size", kind: "index", data: change(index(), (d) => (d.manifests[1].size = -5)), rule: "size-range", pointer: "/manifests/1/size" },
  // L6 / L7: artifactType and data on index entries, base64 data.
  { name: "L6 bad artifactType on an index entry", kind: "index", data: change(index(), (d) => (d.manifests[2].artifactType = "not a media type")), rule: "media-type-syntax", pointer: "/manifests/2/artifactType" },
  { name: "L7 data that is not base64", kind: "descriptor", data: change(descriptor(), (d) => (d.data = "%%%")), rule: "base64-data", pointer: "/data" },
  // L10: annotations.
  { name: "L10 empty annotation key", kind: "manifest", data: change(manifest(), (d) => (d.annotations[""] = "x")), rule: "annotations-format", pointer: "/annotations/" },
  { name: "L10 null annotations", kind: "index", data: change(index(), (d) => (d.annotations = null)), rule: "annotations-format", pointer: "/annotations" },
  // L13: config fields.
  { name: "L13 port out of range", kind: "config", data: change(config(), (d) => (d.config.ExposedPorts = { "70000/tcp": {} })), rule: "config-field-format", pointer: "/config/ExposedPorts/70000~1tcp" },
  { name: "L13 StopSignal lowercase", kind: "config", data: change(config(), (d) => (d.config.StopSignal = "term")), rule: "config-field-format", pointer: "/config/StopSignal" },
  { name: "L13 User with two colons", kind: "config", data: change(config(), (d) => (d.config.User = "a:b:c")), rule: "config-field-format", pointer: "/config/User" },
  { name: "L13 Volumes value not empty", kind: "config", data: change(config(), (d) => (d.config.Volumes = { "/data": { x: 1 } })), rule: "config-field-format", pointer: "/config/Volumes/~1data" },
  // The rest of the shape.
  { name: "schemaVersion 1", kind: "manifest", data: change(manifest(), (d) => (d.schemaVersion = 1)), rule: "schema-version", pointer: "/schemaVersion" },
  { name: "missing config", kind: "manifest", data: change(manifest(), (d) => delete d.config), rule: "required-property", pointer: "" },
  { name: "platform without os", kind: "index", data: change(index(), (d) => delete d.manifests[0].platform.os), rule: "platform-format", pointer: "/manifests/0/platform" },
  { name: "rootfs type", kind: "config", data: change(config(), (d) => (d.rootfs.type = "layer")), rule: "rootfs-type", pointer: "/rootfs/type" },
  { name: "history created not RFC 3339", kind: "config", data: change(config(), (d) => (d.history[0].created = "yesterday")), rule: "date-time-format", pointer: "/history/0/created" },
  { name: "ftp URL is still a URI, a relative one is not", kind: "descriptor", data: change(descriptor(), (d) => (d.urls = ["not a uri"])), rule: "url-format", pointer: "/urls/0" },
  { name: "layout version", kind: "layout-header", data: { imageLayoutVersion: "1.1.0" }, rule: "layout-version", pointer: "/imageLayoutVersion" },
  { name: "Docker manifest without mediaType", kind: "docker-manifest", data: { schemaVersion: 2, config: { mediaType: "application/vnd.docker.container.image.v1+json", digest: SHA_A, size: 1 }, layers: [] }, rule: "required-property", pointer: "" },
  { name: "Docker list entry without platform", kind: "docker-manifest-list", data: { schemaVersion: 2, mediaType: "application/vnd.docker.distribution.manifest.list.v2+json", manifests: [{ mediaType: "application/vnd.docker.distribution.manifest.v2+json", digest: SHA_A, size: 1 }] }, rule: "required-property", pointer: "/manifests/0" },
];

describe("valid documents", () => {
  it.each(valid.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect(validateSchema(c.kind, c.data)).toEqual([]);
  });
});

describe("invalid documents", () => {
  it.each(invalid.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const violations = validateSchema(c.kind, c.data);
    expect(violations.map((v) => [v.rule, v.pointer])).toEqual([[c.rule, c.pointer]]);
    expect(violations[0]!.message.length).toBeGreaterThan(10);
  });
});
