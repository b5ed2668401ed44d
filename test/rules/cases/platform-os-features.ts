import { INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "win32k on windows", doc: edit(INDEX, `"architecture": "amd64",\n        "os": "linux"`, `"architecture": "amd64",\n        "os": "windows",\n        "os.version": "10.0.20348.2227",\n        "os.features": ["win32k"]`) }],
  invalid: [
    { name: "win32k on linux", doc: edit(INDEX, `"architecture": "amd64",\n        "os": "linux"`, `"architecture": "amd64",\n        "os": "linux",\n        "os.features": [▶"win32k"]`), pointer: "/manifests/0/platform/os.features/0", message: `win32k is defined only for windows, not "linux"` },
  ],
} satisfies RuleCases;
