import { CONFIG, MANIFEST, INDEX, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const NAME = `"org.opencontainers.image.base.name": "docker.io/library/alpine:3.19"`;
const DIGEST = `"org.opencontainers.image.base.digest": "${SHA_A}"`;
const annotate = (extra: string) => edit(MANIFEST, `"com.example.key1": "value1"`, `"com.example.key1": "value1",\n    ${extra}`);
const MESSAGE = "org.opencontainers.image.base.name is set without org.opencontainers.image.base.digest, so the base image is not pinned";

export default {
  valid: [
    { name: "neither key", doc: MANIFEST },
    { name: "both keys", doc: annotate(`${NAME},\n    ${DIGEST}`) },
    { name: "only the digest", doc: annotate(DIGEST) },
  ],
  invalid: [
    { name: "manifest annotations", doc: annotate(`▶${NAME}`), pointer: "/annotations/org.opencontainers.image.base.name", message: MESSAGE },
    { name: "index annotations", doc: edit(INDEX, `"com.example.key1": "value1"`, `"com.example.key1": "value1",\n    ▶${NAME}`), pointer: "/annotations/org.opencontainers.image.base.name", message: MESSAGE },
    { name: "config labels", doc: edit(CONFIG, `"com.example.team": "platform"`, `"com.example.team": "platform",\n      ▶${NAME}`), pointer: "/config/Labels/org.opencontainers.image.base.name", message: MESSAGE },
  ],
} satisfies RuleCases;
