import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "not set", doc: CONFIG }, { name: "windows image", doc: edit(edit(CONFIG, `"os": "linux"`, `"os": "windows"`), `"StopSignal": "SIGTERM"`, `"StopSignal": "SIGTERM", "ArgsEscaped": true`) }],
  invalid: [{ name: "set on linux", doc: edit(CONFIG, `"StopSignal": "SIGTERM"`, `"StopSignal": "SIGTERM",\n    "ArgsEscaped": ▶true`), pointer: "/config/ArgsEscaped", message: "ArgsEscaped is deprecated and only meaningful on windows" }],
} satisfies RuleCases;
