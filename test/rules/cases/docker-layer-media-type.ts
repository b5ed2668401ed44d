import { DOCKER_MANIFEST, WINDOWS_MANIFEST } from "../../docker/documents.js";
import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const FIRST = `"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",\n      "size": 32654`;

export default {
  valid: [
    { name: "gzip layers", doc: DOCKER_MANIFEST },
    { name: "a foreign layer", doc: WINDOWS_MANIFEST },
    { name: "an uncompressed Docker layer", doc: edit(DOCKER_MANIFEST, FIRST, `"mediaType": "application/vnd.docker.image.rootfs.diff.tar",\n      "size": 32654`) },
    { name: "OCI layers in an OCI manifest", doc: MANIFEST },
  ],
  invalid: [
    {
      name: "an OCI layer type in a Docker manifest",
      doc: edit(DOCKER_MANIFEST, FIRST, `"mediaType": ▶"application/vnd.oci.image.layer.v1.tar+gzip",\n      "size": 32654`),
      pointer: "/layers/0/mediaType",
      message: `"application/vnd.oci.image.layer.v1.tar+gzip" is not a Docker layer media type; skopeo and podman refuse a schema 2 manifest with it`,
    },
    {
      name: "an artifact's layer type in a Docker manifest",
      doc: edit(DOCKER_MANIFEST, FIRST, `"mediaType": ▶"application/vnd.cncf.helm.chart.content.v1.tar+gzip",\n      "size": 32654`),
      pointer: "/layers/0/mediaType",
      message: /^"application\/vnd\.cncf\.helm\.chart\.content\.v1\.tar\+gzip" is not a Docker layer media type/,
    },
  ],
} satisfies RuleCases;
