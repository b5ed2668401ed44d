import { DESCRIPTOR } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "https", doc: DESCRIPTOR }, { name: "http", doc: edit(DESCRIPTOR, "https://", "http://") }],
  invalid: [{ name: "ftp", doc: edit(DESCRIPTOR, `"https://example.com/example-manifest"`, `▶"ftp://example.com/example-manifest"`), pointer: "/urls/0", message: `URL scheme "ftp" should be http or https` }],
} satisfies RuleCases;
