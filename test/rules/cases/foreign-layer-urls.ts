import { DOCKER_MANIFEST, FOREIGN, WINDOWS_MANIFEST } from "../../docker/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const URLS = `,
      "urls": [
        "https://mcr.microsoft.com/v2/windows/servercore/blobs/${FOREIGN}"
      ]`;

export default {
  valid: [
    { name: "a foreign layer with its URL", doc: WINDOWS_MANIFEST },
    { name: "no foreign layers", doc: DOCKER_MANIFEST },
    { name: "uncompressed foreign layer with its URL", doc: edit(WINDOWS_MANIFEST, "foreign.diff.tar.gzip", "foreign.diff.tar") },
  ],
  invalid: [
    {
      name: "no urls at all",
      doc: edit(edit(WINDOWS_MANIFEST, URLS, ""), `"layers": [\n    {`, `"layers": [\n    ▶{`),
      pointer: "/layers/0",
      message: "foreign layer has no urls; it is not in the registry, so nothing says where to fetch it",
    },
    {
      name: "an empty urls list",
      doc: edit(WINDOWS_MANIFEST, URLS, `,\n      "urls": ▶[]`),
      pointer: "/layers/0/urls",
      message: "foreign layer has no urls; it is not in the registry, so nothing says where to fetch it",
    },
    {
      name: "a URL with a fragment",
      doc: edit(WINDOWS_MANIFEST, `"https://mcr.microsoft.com/v2/windows/servercore/blobs/${FOREIGN}"`, `▶"https://mcr.microsoft.com/v2/windows/servercore/blobs/${FOREIGN}#part1"`),
      pointer: "/layers/0/urls/0",
      message: "foreign layer URL has a #fragment, which registries refuse",
    },
  ],
} satisfies RuleCases;
