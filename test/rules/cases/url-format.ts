import { DESCRIPTOR } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "https URL", doc: DESCRIPTOR }],
  invalid: [
    { name: "relative reference", doc: edit(DESCRIPTOR, `"https://example.com/example-manifest"`, `▶"example-manifest here"`), pointer: "/urls/0", message: /URI|URL/ },
  ],
} satisfies RuleCases;
