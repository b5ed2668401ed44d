import { MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "https source", doc: MANIFEST }, { name: "git+ssh URL", doc: edit(MANIFEST, `"https://github.com/example/app"`, `"git+ssh://git@github.com/example/app.git"`) }],
  invalid: [
    { name: "scp-style git address", doc: edit(MANIFEST, `"https://github.com/example/app"`, `▶"git@github.com:example/app.git"`), pointer: "/annotations/org.opencontainers.image.source", message: /should be an absolute URL/ },
  ],
} satisfies RuleCases;
