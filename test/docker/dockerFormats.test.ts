// Docker Image Manifest V2 Schema 2, manifest lists and Docker image configs through every rule that
// applies to them: per rule, valid documents give no finding of it, and each invalid one gives
// exactly one, at the marked position, and no error from any other rule.

import { describe, expect, it } from "vitest";
import { lintDocument } from "../../src/index.js";
import type { DocumentKind } from "../../src/model/index.js";
import { edit, marked } from "../helpers/marked.js";
import { DOCKER_CONFIG, DOCKER_LIST, DOCKER_MANIFEST, LIST_ARM64, LIST_AMD64, WINDOWS_MANIFEST } from "./documents.js";

interface Case {
  name: string;
  doc: string;
  kind?: DocumentKind;
}

interface Invalid extends Case {
  pointer: string;
  message: RegExp;
}

const LAYER_TYPE = `"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",\n      "size": 32654`;
const CMD = `"Cmd": ["/app/server"],`;

const TABLE: Record<string, { valid: Case[]; invalid: Invalid[] }> = {
  "document-media-type": {
    valid: [{ name: "manifest", doc: DOCKER_MANIFEST }, { name: "list", doc: DOCKER_LIST }],
    invalid: [{
      name: "a Docker manifest that says it is a list",
      doc: edit(DOCKER_MANIFEST, `"mediaType": "application/vnd.docker.distribution.manifest.v2+json"`, `"mediaType": ▶"application/vnd.docker.distribution.manifest.list.v2+json"`),
      kind: "docker-manifest", pointer: "/mediaType", message: /^mediaType of a Docker image manifest must be "application\/vnd\.docker\.distribution\.manifest\.v2\+json"/,
    }],
  },
  "required-property": {
    valid: [{ name: "manifest with its mediaType", doc: DOCKER_MANIFEST, kind: "docker-manifest" }],
    invalid: [{
      name: "a Docker manifest without mediaType (distribution rejects it)",
      doc: "▶" + edit(DOCKER_MANIFEST, `  "mediaType": "application/vnd.docker.distribution.manifest.v2+json",\n`, ""),
      kind: "docker-manifest", pointer: "", message: /^missing required property "mediaType"$/,
    }, {
      name: "a list entry without platform",
      doc: edit(edit(DOCKER_LIST, `,\n      "platform": {\n        "architecture": "arm64",\n        "os": "linux",\n        "variant": "v8"\n      }`, ""), `    },\n    {`, `    },\n    ▶{`),
      pointer: "/manifests/1", message: /^missing required property "platform" in manifests\[1\]$/,
    }],
  },
  "ambiguous-document": {
    valid: [{ name: "manifest", doc: DOCKER_MANIFEST }, { name: "list", doc: DOCKER_LIST }],
    invalid: [{
      name: "a Docker list carrying layers",
      doc: edit(DOCKER_LIST, `  "manifests": [`, `  ▶"layers": [],\n  "manifests": [`),
      pointer: "/layers", message: /^"layers" belongs to an image manifest; a Docker manifest list that carries it can be read as an image manifest$/,
    }],
  },
  "layers-empty": {
    valid: [{ name: "two layers", doc: DOCKER_MANIFEST }],
    invalid: [{ name: "no layers", doc: DOCKER_MANIFEST.replace(/"layers": \[[\s\S]*?\n  \]/, `"layers": ▶[]`), pointer: "/layers", message: /^layers is empty/ }],
  },
  "index-duplicate-platform": {
    valid: [{ name: "amd64 and arm64", doc: DOCKER_LIST }],
    invalid: [{
      name: "arm64 and arm64/v8 are one platform",
      doc: edit(edit(DOCKER_LIST, `"architecture": "amd64",\n        "os": "linux",\n        "features": ["sse4"]`, `"architecture": "arm64",\n        "os": "linux"`), `"size": 7682,\n      "platform": {`, `"size": 7682,\n      "platform": ▶{`),
      pointer: "/manifests/1/platform", message: /^same platform as manifests\[0\]/,
    }],
  },
  "platform-features-reserved": {
    valid: [{ name: "CPU features in a Docker list", doc: DOCKER_LIST }],
    invalid: [{
      name: "CPU features in an OCI index",
      doc: edit(edit(DOCKER_LIST, "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.oci.image.index.v1+json").replaceAll("application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.image.manifest.v1+json"), `"features": ["sse4"]`, `▶"features": ["sse4"]`),
      pointer: "/manifests/0/platform/features", message: /^platform\.features is reserved in OCI/,
    }],
  },
  "platform-variant": {
    valid: [{ name: "arm64/v8", doc: DOCKER_LIST }],
    invalid: [{ name: "an unknown arm64 variant", doc: edit(DOCKER_LIST, `"variant": "v8"`, `"variant": ▶"v7"`), pointer: "/manifests/1/platform/variant", message: /v7/ }],
  },
  "digest-format": {
    valid: [{ name: "sha256 digests", doc: DOCKER_LIST }],
    invalid: [{ name: "uppercase hex", doc: edit(DOCKER_LIST, `"${LIST_AMD64}"`, `▶"${LIST_AMD64.toUpperCase().replace("SHA256", "sha256")}"`), pointer: "/manifests/0/digest", message: /64 lowercase hex/ }],
  },
  "size-range": {
    valid: [{ name: "sizes", doc: DOCKER_MANIFEST }],
    invalid: [{ name: "a negative layer size", doc: edit(DOCKER_MANIFEST, `"size": 32654`, `"size": ▶-1`), pointer: "/layers/0/size", message: /non-negative/ }],
  },
  "nondistributable-layer": {
    valid: [{ name: "distributable layers", doc: DOCKER_MANIFEST }],
    invalid: [{ name: "a foreign layer", doc: edit(WINDOWS_MANIFEST, `"mediaType": "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"`, `"mediaType": ▶"application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"`), pointer: "/layers/0/mediaType", message: /is deprecated/ }],
  },
  "layer-media-type": {
    valid: [{ name: "Docker layer types", doc: DOCKER_MANIFEST }],
    invalid: [{ name: "a layer no runtime unpacks", doc: edit(DOCKER_MANIFEST, LAYER_TYPE, `"mediaType": ▶"application/octet-stream",\n      "size": 32654`), pointer: "/layers/0/mediaType", message: /is not one of the OCI or Docker layer types/ }],
  },
  "docker-media-type-in-oci": {
    valid: [{ name: "Docker types in a Docker manifest", doc: DOCKER_MANIFEST }, { name: "Docker types in a Docker list", doc: DOCKER_LIST }],
    invalid: [{
      name: "a Docker manifest in an OCI index",
      doc: edit(edit(DOCKER_LIST, "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.oci.image.index.v1+json"), `"mediaType": "application/vnd.docker.distribution.manifest.v2+json",\n      "digest": "${LIST_ARM64}"`, `"mediaType": ▶"application/vnd.docker.distribution.manifest.v2+json",\n      "digest": "${LIST_ARM64}"`).replace(`"mediaType": "application/vnd.docker.distribution.manifest.v2+json",\n      "digest": "${LIST_AMD64}"`, `"mediaType": "application/vnd.oci.image.manifest.v1+json",\n      "digest": "${LIST_AMD64}"`).replace(`,\n        "features": ["sse4"]`, ""),
      pointer: "/manifests/1/mediaType", message: /^Docker media type "application\/vnd\.docker\.distribution\.manifest\.v2\+json" inside an OCI index$/,
    }],
  },
  "config-field-format": {
    valid: [{ name: "a Docker healthcheck", doc: DOCKER_CONFIG }],
    invalid: [
      { name: "a negative healthcheck interval", doc: edit(DOCKER_CONFIG, `"Interval": 30000000000`, `"Interval": ▶-1`), pointer: "/config/Healthcheck/Interval", message: /^"Interval" must be a non-negative number of nanoseconds, found -1$/ },
      { name: "retries as a string", doc: edit(DOCKER_CONFIG, `"Retries": 3`, `"Retries": ▶"3"`), pointer: "/config/Healthcheck/Retries", message: /^"Retries" must be an integer or null, found "3"$/ },
      { name: "a healthcheck in container_config too", doc: edit(DOCKER_CONFIG, `"docker_version": "24.0.7",`, `"docker_version": "24.0.7",\n  "container_config": { "Healthcheck": { "Timeout": ▶1.5 } },`), pointer: "/container_config/Healthcheck/Timeout", message: /^"Timeout" must be an integer or null, found 1\.5$/ },
    ],
  },
  "args-escaped": {
    valid: [{ name: "no ArgsEscaped", doc: DOCKER_CONFIG }],
    invalid: [{ name: "ArgsEscaped set", doc: edit(DOCKER_CONFIG, CMD, `${CMD}\n    "ArgsEscaped": ▶true,`), pointer: "/config/ArgsEscaped", message: /ArgsEscaped/ }],
  },
};

describe.each(Object.entries(TABLE))("%s on Docker documents", (rule, cases) => {
  it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_, c) => {
    const result = lintDocument(c.doc, { preset: "all", path: "doc.json", ...(c.kind ? { kind: c.kind } : {}) });
    expect(result.results[0]!.kind).toMatch(/^docker-|^index$/);
    expect(result.findings.filter((f) => f.ruleName === rule)).toEqual([]);
  });
  it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_, c) => {
    const { text, line, column } = marked(c.doc);
    const result = lintDocument(text, { preset: "all", path: "doc.json", ...(c.kind ? { kind: c.kind } : {}) });
    const mine = result.findings.filter((f) => f.ruleName === rule);
    expect(mine, JSON.stringify(result.findings, null, 2)).toHaveLength(1);
    expect(mine[0]!.location.pointer).toBe(c.pointer);
    expect({ line: mine[0]!.location.line, column: mine[0]!.location.column }).toEqual({ line, column });
    expect(mine[0]!.message).toMatch(c.message);
    expect(result.findings.filter((f) => f.ruleName !== rule && f.level === "error"), "a case holds one defect").toEqual([]);
  });
});

describe("which kind a Docker document is", () => {
  it.each([
    ["a schema 2 manifest", DOCKER_MANIFEST, "docker-manifest"],
    ["a manifest list", DOCKER_LIST, "docker-manifest-list"],
    ["a config with Docker's fields", DOCKER_CONFIG, "docker-config"],
    ["schema 1 by its shape", `{"schemaVersion": 1, "name": "a", "tag": "b", "architecture": "amd64", "fsLayers": [], "history": []}`, "docker-manifest-schema1"],
    ["schema 1 by its mediaType", `{"schemaVersion": 1, "mediaType": "application/vnd.docker.distribution.manifest.v1+json", "fsLayers": [], "history": []}`, "docker-manifest-schema1"],
    ["schemaVersion 1 with an OCI manifest's fields is an OCI manifest with the wrong version", `{"schemaVersion": 1, "config": {}, "layers": []}`, "manifest"],
  ])("%s", (_, doc, kind) => {
    expect(lintDocument(doc).results[0]!.kind).toBe(kind);
  });
});
