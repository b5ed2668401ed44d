import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "reverse DNS keys", doc: CONFIG }],
  invalid: [{ name: "maintainer label", doc: edit(CONFIG, `"com.example.team": "platform"`, `▶"maintainer": "me"`), pointer: "/config/Labels/maintainer", message: `key "maintainer" is not in reverse domain notation (com.example.maintainer)` }],
} satisfies RuleCases;
