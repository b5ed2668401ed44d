import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "layers", doc: CONFIG }],
  invalid: [{ name: "another type", doc: edit(CONFIG, `"type": "layers"`, `"type": ▶"snapshots"`), pointer: "/rootfs/type", message: /layers/ }],
} satisfies RuleCases;
