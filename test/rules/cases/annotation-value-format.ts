import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "RFC 3339 created", doc: MANIFEST },
    { name: "ref.name with a registry and tag", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.ref.name": "registry.example.com/app:1.2.3"`) },
    { name: "referrer.subject and referrer.convert", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.referrer.subject": "sha256:${"c".repeat(64)}", "org.opencontainers.image.referrer.convert": "true"`) },
  ],
  invalid: [
    { name: "created as a Unix time", doc: edit(MANIFEST, `"2024-03-01T10:00:00Z"`, `▶"1709287200"`), pointer: "/annotations/org.opencontainers.image.created", message: `org.opencontainers.image.created must be an RFC 3339 date-time (2024-01-31T12:00:00Z), found "1709287200"` },
    { name: "base.digest without algorithm", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.base.digest": ▶"6c3c624b"`), pointer: "/annotations/org.opencontainers.image.base.digest", message: /must be a digest/ },
    { name: "referrer.subject that is not a digest", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.referrer.subject": ▶"latest"`), pointer: "/annotations/org.opencontainers.image.referrer.subject", message: /must be a digest/ },
    { name: "referrer.convert other than true", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.referrer.convert": ▶"yes"`), pointer: "/annotations/org.opencontainers.image.referrer.convert", message: `org.opencontainers.image.referrer.convert is only ever set to "true", found "yes"` },
    { name: "ref.name with a space", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"org.opencontainers.image.ref.name": ▶"v1 stable"`), pointer: "/annotations/org.opencontainers.image.ref.name", message: /reference grammar/ },
  ],
} satisfies RuleCases;
