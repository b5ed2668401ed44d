import { ARTIFACT, EMPTY } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "the empty config", doc: ARTIFACT }, { name: "without data", doc: edit(ARTIFACT, `"size": 2,\n    "data": "e30="`, `"size": 2`) }],
  invalid: [
    { name: "size 3", doc: edit(ARTIFACT, `"size": 2,\n    "data": "e30="`, `"size": ▶3`), pointer: "/config/size", message: "the empty descriptor has size 2, found 3" },
    { name: "another digest", doc: edit(ARTIFACT, `"digest": "${EMPTY}",\n    "size": 2,\n    "data": "e30="`, `"digest": ▶"sha256:${"0".repeat(64)}",\n    "size": 2`), pointer: "/config/digest", message: /the empty descriptor's digest is sha256:44136fa3/ },
  ],
} satisfies RuleCases;
