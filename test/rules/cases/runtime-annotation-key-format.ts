import { RUNTIME_CONFIG, RUNTIME_FEATURES, RUNTIME_STATE } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "state", doc: RUNTIME_STATE },
    { name: "features", doc: RUNTIME_FEATURES },
    { name: "CRI keys", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "annotations": { "io.kubernetes.cri.sandbox-id": "4f1c", "io.container.manager": "libpod" },`) },
  ],
  invalid: [
    { name: "bare key in a config", doc: edit(RUNTIME_CONFIG, `"hostname": "runc",`, `"hostname": "runc",\n  "annotations": { ▶"gpu-cores": "2" },`), pointer: "/annotations/gpu-cores", message: `key "gpu-cores" is not in reverse domain notation (com.example.gpu-cores)` },
    { name: "tool prefix in a state", doc: edit(RUNTIME_STATE, `"com.example.team": "platform"`, `▶"nerdctl/name": "web"`), pointer: "/annotations/nerdctl~1name", message: `key "nerdctl/name" is not in reverse domain notation (com.example.nerdctl/name)` },
  ],
} satisfies RuleCases;
