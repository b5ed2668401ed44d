import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "UTC date-time", doc: CONFIG },
    { name: "offset and fraction", doc: edit(CONFIG, `"created": "2024-03-01T10:00:00Z",\n  "author"`, `"created": "2024-03-01T10:00:00.123456789+05:30",\n  "author"`) },
  ],
  invalid: [
    { name: "date only", doc: edit(CONFIG, `"created": "2024-03-01T10:00:00Z",\n  "author"`, `"created": ▶"2024-03-01",\n  "author"`), pointer: "/created", message: /RFC 3339|date-time/ },
    { name: "history entry with a space separator and no zone", doc: edit(CONFIG, `"created": "2024-03-01T09:00:00Z"`, `"created": ▶"2024-03-01 09:00:00"`), pointer: "/history/0/created", message: /RFC 3339|date-time/ },
  ],
} satisfies RuleCases;
