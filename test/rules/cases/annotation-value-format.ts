import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "RFC 3339 created", doc: MANIFEST },
    { name: "ref.name with a registry and tag", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.ref.name": "registry.example.com/app:1.2.3"`) },
  ],
  invalid: [
    { name: "created as a Unix time", doc: edit(MANIFEST, `"2024-03-01T10:00:00Z"`, `▶"1709287200"`), pointer: "/annotations/org.opencontainers.image.created", message: `org.opencontainers.image.created must be an RFC 3339 date-time (2024-01-31T12:00:00Z), found "1709287200"` },
    { name: "base.digest without algorithm", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.base.digest": ▶"6c3c624b"`), pointer: "/annotations/org.opencontainers.image.base.digest", message: /must be a digest/ },
    { name: "ref.name with a space", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.ref.name": ▶"v1 stable"`), pointer: "/annotations/org.opencontainers.image.ref.name", message: /reference grammar/ },
  ],
} satisfies RuleCases;
