import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "joining another container's network namespace", doc: edit(RUNTIME_CONFIG, `"type": "network"`, `"type": "network",\n        "path": "/proc/4242/ns/net"`) },
    { name: "Windows", doc: WINDOWS_CONFIG },
  ],
  invalid: [
    {
      name: "no network namespace (runc spec --rootless)",
      doc: edit(edit(RUNTIME_CONFIG, `      {\n        "type": "network"\n      },\n`, ""), `"namespaces": [`, `"namespaces": ▶[`),
      pointer: "/linux/namespaces",
      message: "no network namespace: it shares the host's network stack, including services listening on localhost",
    },
    {
      name: "joining PID 1's pid namespace",
      doc: edit(RUNTIME_CONFIG, `"type": "pid"`, `"type": "pid",\n        "path": ▶"/proc/1/ns/pid"`),
      pointer: "/linux/namespaces/0/path",
      message: "joins the pid namespace of PID 1, the host's: it sees and can signal every process on the host",
    },
  ],
} satisfies RuleCases;
