import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "pre-release (runc spec)", doc: RUNTIME_CONFIG },
    { name: "release", doc: edit(RUNTIME_CONFIG, `"1.0.2-dev"`, `"1.2.0"`) },
    { name: "pre-release and build metadata", doc: edit(RUNTIME_CONFIG, `"1.0.2-dev"`, `"1.1.0-rc.2+git.3f2a"`) },
    { name: "features range", doc: RUNTIME_FEATURES },
  ],
  invalid: [
    { name: "two components", doc: edit(RUNTIME_CONFIG, `"ociVersion": "1.0.2-dev"`, `"ociVersion": ▶"1.0"`), pointer: "/ociVersion", message: `"ociVersion" is not a SemVer 2.0.0 version (such as 1.0.2 or 1.2.0-rc.1), found "1.0"` },
    { name: "leading v", doc: edit(RUNTIME_CONFIG, `"ociVersion": "1.0.2-dev"`, `"ociVersion": ▶"v1.0.2"`), pointer: "/ociVersion", message: /found "v1.0.2"$/ },
    { name: "leading zero", doc: edit(RUNTIME_STATE, `"1.0.2-dev"`, `▶"1.02.0"`), pointer: "/ociVersion", message: /found "1.02.0"$/ },
    { name: "features minimum", doc: edit(RUNTIME_FEATURES, `"ociVersionMin": "1.0.0"`, `"ociVersionMin": ▶"1"`), pointer: "/ociVersionMin", message: `"ociVersionMin" is not a SemVer 2.0.0 version (such as 1.0.2 or 1.2.0-rc.1), found "1"` },
  ],
} satisfies RuleCases;
