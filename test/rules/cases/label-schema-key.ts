import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "OCI keys", doc: CONFIG }, { name: "label-schema key with no OCI equivalent", doc: edit(CONFIG, `"com.example.team"`, `"org.label-schema.schema-version"`) }],
  invalid: [{ name: "vcs-ref", doc: edit(CONFIG, `"com.example.team": "platform"`, `▶"org.label-schema.vcs-ref": "abc123"`), pointer: "/config/Labels/org.label-schema.vcs-ref", message: `"org.label-schema.vcs-ref" is superseded by "org.opencontainers.image.revision"` }],
} satisfies RuleCases;
