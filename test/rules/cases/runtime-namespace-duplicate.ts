import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
  ],
  invalid: [
    {
      name: "pid twice, the second joining",
      doc: edit(RUNTIME_CONFIG, `"type": "mount"\n      }`, `"type": "mount"\n      },\n      ▶{ "type": "pid", "path": "/proc/4242/ns/pid" }`),
      pointer: "/linux/namespaces/5",
      message: `namespace type "pid" is already listed at namespaces[0]`,
    },
  ],
} satisfies RuleCases;
