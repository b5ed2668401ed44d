import { LAYOUT_HEADER } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "1.0.0", doc: LAYOUT_HEADER }, { name: "extra fields", doc: edit(LAYOUT_HEADER, `"1.0.0"`, `"1.0.0", "com.example.note": "x"`) }],
  invalid: [{ name: "2.0.0", doc: edit(LAYOUT_HEADER, `"1.0.0"`, `▶"2.0.0"`), pointer: "/imageLayoutVersion", message: /1\.0\.0/ }],
} satisfies RuleCases;
