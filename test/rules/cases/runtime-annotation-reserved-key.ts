import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withAnnotations = (members: string) => edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "annotations": {\n    ${members}\n  },`);

export default {
  valid: [
    { name: "the keys runtime-spec lists", doc: withAnnotations(`"org.opencontainers.image.os": "linux",\n    "org.opencontainers.image.architecture": "amd64",\n    "org.opencontainers.image.stopSignal": "SIGTERM"`) },
    { name: "vendor keys", doc: withAnnotations(`"io.kubernetes.cri.container-type": "container"`) },
    { name: "runc's own keys in its features", doc: RUNTIME_FEATURES },
  ],
  invalid: [
    { name: "image-spec key that runtime-spec does not allow", doc: withAnnotations(`▶"org.opencontainers.image.title": "web"`), pointer: "/annotations/org.opencontainers.image.title", message: `"org.opencontainers.image.title" is under the reserved org.opencontainers prefix but is not a key runtime-spec allows in a config` },
    { name: "misspelt stop signal key", doc: withAnnotations(`▶"org.opencontainers.image.stopsignal": "SIGTERM"`), pointer: "/annotations/org.opencontainers.image.stopsignal", message: `"org.opencontainers.image.stopsignal" is under the reserved org.opencontainers prefix but is not a key runtime-spec allows in a config; did you mean "org.opencontainers.image.stopSignal"?` },
    { name: "in a state", doc: edit(RUNTIME_STATE, `"com.example.team": "platform"`, `▶"org.opencontainers.team": "platform"`), pointer: "/annotations/org.opencontainers.team", message: `"org.opencontainers.team" is under the reserved org.opencontainers prefix but is not a key runtime-spec allows in a config` },
  ],
} satisfies RuleCases;
