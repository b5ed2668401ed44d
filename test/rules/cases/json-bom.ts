import { MANIFEST } from "../../helpers/documents.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "no byte order mark", doc: MANIFEST, bytes: true }],
  invalid: [{ name: "a UTF-8 byte order mark", doc: `▶\uFEFF${MANIFEST}`, bytes: true, pointer: undefined, message: /byte order mark|BOM/i }],
} satisfies RuleCases;
