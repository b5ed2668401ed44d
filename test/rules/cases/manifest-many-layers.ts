import { MANIFEST, ARTIFACT, SHA_B } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const layer = `{ "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "${SHA_B}", "size": 32654 }`;
const layers = (n: number) => Array.from({ length: n }, () => `    ${layer}`).join(",\n");
const image = (n: number, mark = "") => edit(MANIFEST, MANIFEST.slice(MANIFEST.indexOf(`  "layers": [`), MANIFEST.indexOf(`  "annotations"`)), `  ${mark}"layers": [\n${layers(n)}\n  ],\n`);

export default {
  valid: [
    { name: "two layers", doc: MANIFEST },
    { name: "127 layers", doc: image(127) },
    { name: "an artifact with many blobs", doc: edit(ARTIFACT, ARTIFACT.slice(ARTIFACT.indexOf(`  "layers": [`), ARTIFACT.indexOf(`  "subject"`)), `  "layers": [\n${layers(200).replace(/application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip/g, "application/vnd.example.file")}\n  ],\n`) },
  ],
  invalid: [
    { name: "128 layers", doc: image(128, "▶"), pointer: "/layers", message: "the image has 128 layers, more than 127" },
  ],
} satisfies RuleCases;
