import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const created = (value: string) => edit(CONFIG, `"created": "2024-03-01T10:00:00Z",\n  "author"`, `"created": ${value},\n  "author"`);
const soon = new Date(Date.now() + 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, "Z");

export default {
  valid: [
    { name: "a past date", doc: CONFIG },
    { name: "the epoch of a reproducible build", doc: created(`"1970-01-01T00:00:00Z"`) },
    { name: "an hour ahead (clock skew)", doc: created(`"${soon}"`) },
  ],
  invalid: [
    { name: "absent", doc: "▶" + edit(CONFIG, `"created": "2024-03-01T10:00:00Z",\n  "author"`, `"author"`), pointer: "", message: "created is not set, so the image's build date is unknown" },
    { name: "null", doc: "▶" + created("null"), pointer: "", message: "created is not set, so the image's build date is unknown" },
    { name: "in the future", doc: created(`▶"2999-01-01T00:00:00Z"`), pointer: "/created", message: 'created "2999-01-01T00:00:00Z" is in the future' },
  ],
} satisfies RuleCases;
