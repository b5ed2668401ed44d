import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withAnnotations = (members: string) => edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "annotations": {\n    ${members}\n  },`);

export default {
  valid: [
    {
      name: "values from an image config",
      doc: withAnnotations(`"org.opencontainers.image.os": "linux",\n    "org.opencontainers.image.architecture": "arm64",\n    "org.opencontainers.image.variant": "v8",\n    "org.opencontainers.image.created": "2024-03-01T10:00:00Z",\n    "org.opencontainers.image.stopSignal": "SIGRTMIN+3",\n    "org.opencontainers.image.author": ""`),
    },
  ],
  invalid: [
    { name: "capitalised os", doc: withAnnotations(`"org.opencontainers.image.os": ▶"Linux"`), pointer: "/annotations/org.opencontainers.image.os", message: `org.opencontainers.image.os "Linux" is not a GOOS value; use "linux"` },
    { name: "upper-case os: the same hint as the platform rules give", doc: withAnnotations(`"org.opencontainers.image.os": ▶"LINUX"`), pointer: "/annotations/org.opencontainers.image.os", message: `org.opencontainers.image.os "LINUX" is not a GOOS value; use "linux"` },
    { name: "uname architecture", doc: withAnnotations(`"org.opencontainers.image.architecture": ▶"x86_64"`), pointer: "/annotations/org.opencontainers.image.architecture", message: `org.opencontainers.image.architecture "x86_64" is not a GOARCH value; use "amd64"` },
    { name: "variant of another architecture", doc: withAnnotations(`"org.opencontainers.image.architecture": "arm64",\n    "org.opencontainers.image.variant": ▶"v7"`), pointer: "/annotations/org.opencontainers.image.variant", message: `org.opencontainers.image.variant "v7" is not a variant of arm64` },
    { name: "date without time", doc: withAnnotations(`"org.opencontainers.image.created": ▶"2024-03-01"`), pointer: "/annotations/org.opencontainers.image.created", message: `org.opencontainers.image.created must be an RFC 3339 date-time (2024-01-31T12:00:00Z), found "2024-03-01"` },
    { name: "signal in lower case", doc: withAnnotations(`"org.opencontainers.image.stopSignal": ▶"sigterm"`), pointer: "/annotations/org.opencontainers.image.stopSignal", message: `org.opencontainers.image.stopSignal must be a signal name such as SIGTERM or a signal number, found "sigterm"` },
  ],
} satisfies RuleCases;
