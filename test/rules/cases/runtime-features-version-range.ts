import { RUNTIME_FEATURES } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "pre-release maximum above the minimum", doc: RUNTIME_FEATURES },
    { name: "one version", doc: edit(RUNTIME_FEATURES, `"1.0.2-dev"`, `"1.0.0"`) },
  ],
  invalid: [
    { name: "maximum below minimum", doc: edit(RUNTIME_FEATURES, `"ociVersionMax": "1.0.2-dev"`, `"ociVersionMax": ▶"0.9.0"`), pointer: "/ociVersionMax", message: "ociVersionMax 0.9.0 is lower than ociVersionMin 1.0.0" },
    { name: "pre-release of the minimum", doc: edit(RUNTIME_FEATURES, `"ociVersionMax": "1.0.2-dev"`, `"ociVersionMax": ▶"1.0.0-rc.1"`), pointer: "/ociVersionMax", message: "ociVersionMax 1.0.0-rc.1 is lower than ociVersionMin 1.0.0" },
  ],
} satisfies RuleCases;
