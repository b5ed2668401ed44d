import { CONFIG, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "pre-defined keys", doc: MANIFEST },
    { name: "layout referrers keys (annotations.md)", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.referrer.subject": "sha256:${"c".repeat(64)}", "org.opencontainers.image.referrer.convert": "true"`) },
    { name: "conversion keys", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.stopSignal": "SIGTERM", "org.opencontainers.image.exposedPorts": "8080/tcp"`) },
  ],
  invalid: [
    {
      name: "misspelled licenses",
      doc: edit(MANIFEST, `"com.example.key1": "value1"`, `▶"org.opencontainers.image.licence": "MIT"`),
      pointer: "/annotations/org.opencontainers.image.licence",
      message: `"org.opencontainers.image.licence" is under the reserved org.opencontainers prefix but is not an OCI key; did you mean "org.opencontainers.image.licenses"?`,
    },
    {
      name: "invented key in labels",
      doc: edit(CONFIG, `"com.example.team": "platform"`, `▶"org.opencontainers.team": "platform"`),
      pointer: "/config/Labels/org.opencontainers.team",
      message: `"org.opencontainers.team" is under the reserved org.opencontainers prefix but is not an OCI key`,
    },
  ],
} satisfies RuleCases;
