import { DOCKER_MANIFEST, SCHEMA1_MANIFEST } from "../../docker/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const MESSAGE = "Docker schema 1 manifests are deprecated and current Docker and containerd no longer pull them; convert the image to schema 2 or OCI";

export default {
  valid: [
    { name: "a schema 2 manifest", doc: DOCKER_MANIFEST },
    { name: "a schema 2 manifest checked as one", doc: DOCKER_MANIFEST, kind: "docker-manifest" },
  ],
  invalid: [
    {
      name: "a schema 1 manifest, told by its shape",
      doc: edit(SCHEMA1_MANIFEST, `"schemaVersion": 1`, `"schemaVersion": ▶1`),
      pointer: "/schemaVersion",
      message: MESSAGE,
    },
    {
      name: "a signed schema 1 manifest",
      doc: edit(SCHEMA1_MANIFEST, `"schemaVersion": 1,`, `"schemaVersion": ▶1,\n  "signatures": [{ "header": { "alg": "ES256" }, "signature": "XREm0L8W", "protected": "eyJmb3Jt" }],`),
      pointer: "/schemaVersion",
      message: MESSAGE,
    },
    {
      name: "a schema 1 manifest that says so in its mediaType",
      doc: edit(SCHEMA1_MANIFEST, `"schemaVersion": 1,`, `"schemaVersion": ▶1,\n  "mediaType": "application/vnd.docker.distribution.manifest.v1+prettyjws",`),
      pointer: "/schemaVersion",
      message: MESSAGE,
    },
  ],
} satisfies RuleCases;
