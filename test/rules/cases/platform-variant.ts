import { CONFIG, INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "arm64 v8", doc: INDEX },
    { name: "amd64 v3 config", doc: edit(CONFIG, `"os": "linux",`, `"os": "linux",\n  "variant": "v3",`) },
    { name: "null variant in a config", doc: edit(CONFIG, `"os": "linux",`, `"os": "linux",\n  "variant": null,`) },
    { name: "empty variant", doc: edit(CONFIG, `"os": "linux",`, `"os": "linux",\n  "variant": "",`) },
  ],
  invalid: [
    { name: "arm64 with v7", doc: edit(INDEX, `"variant": "v8"`, `"variant": ▶"v7"`), pointer: "/manifests/1/platform/variant", message: `variant "v7" is not a listed arm64 variant` },
    { name: "variant on s390x", doc: edit(CONFIG, `"os": "linux",`, `"os": "linux",\n  "variant": ▶"z15",`).replace(`"architecture": "amd64"`, `"architecture": "s390x"`), pointer: "/variant", message: `architecture "s390x" has no variants in the spec's table, found "z15"` },
  ],
} satisfies RuleCases;
