import { CONFIG, INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "amd64 and arm64", doc: INDEX },
    { name: "loong64", doc: edit(CONFIG, `"architecture": "amd64"`, `"architecture": "loong64"`) },
    { name: "linux/sparc64: a GOARCH Go names but does not build, not judged as a pair", doc: edit(CONFIG, `"architecture": "amd64"`, `"architecture": "sparc64"`) },
    { name: "BuildKit attestation unknown/unknown", doc: edit(edit(INDEX, `"architecture": "amd64",`, `"architecture": "unknown",`), `"os": "linux"\n      }\n    },\n    {\n      "mediaType": "application/vnd.oci.image.manifest.v1+json",\n      "digest": "sha256:9834`, `"os": "unknown"\n      }\n    },\n    {\n      "mediaType": "application/vnd.oci.image.manifest.v1+json",\n      "digest": "sha256:9834`) },
  ],
  invalid: [
    { name: "x86_64", doc: edit(CONFIG, `"architecture": "amd64"`, `"architecture": ▶"x86_64"`), pointer: "/architecture", message: `architecture "x86_64" is not a GOARCH value; use "amd64"` },
    { name: "aarch64 in an index", doc: edit(INDEX, `"architecture": "arm64"`, `"architecture": ▶"aarch64"`), pointer: "/manifests/1/platform/architecture", message: `architecture "aarch64" is not a GOARCH value; use "arm64"` },
    { name: "a pair Go never built", doc: edit(CONFIG, `"architecture": "amd64"`, `"architecture": ▶"s390x"`).replace(`"os": "linux"`, `"os": "windows"`), pointer: "/architecture", message: "windows/s390x is not a platform Go builds for" },
  ],
} satisfies RuleCases;
