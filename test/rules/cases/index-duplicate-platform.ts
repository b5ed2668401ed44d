import { INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "distinct platforms", doc: INDEX },
    { name: "same arch, other variant", doc: edit(INDEX, `"architecture": "amd64",`, `"architecture": "arm64", "variant": "v9",`) },
    {
      name: "BuildKit attestation entries, all unknown/unknown",
      doc: edit(edit(INDEX, `"architecture": "amd64",\n        "os": "linux"`, `"architecture": "unknown",\n        "os": "unknown"`), `"architecture": "arm64",\n        "os": "linux",\n        "variant": "v8"`, `"architecture": "unknown",\n        "os": "unknown"`),
    },
  ],
  invalid: [
    {
      name: "linux/arm64 and linux/arm64/v8, which clients treat as one platform",
      doc: edit(INDEX, `"platform": {\n        "architecture": "amd64",\n        "os": "linux"\n      }`, `"platform": {\n        "architecture": "arm64",\n        "os": "linux"\n      }`).replace(`"platform": {\n        "architecture": "arm64",\n        "os": "linux",\n        "variant": "v8"`, `"platform": ▶{\n        "architecture": "arm64",\n        "os": "linux",\n        "variant": "v8"`),
      pointer: "/manifests/1/platform",
      message: "same platform as manifests[0]; clients will always pick manifests[0]",
    },
    {
      name: "two linux/arm64/v8 entries",
      doc: edit(INDEX, `"platform": {\n        "architecture": "amd64",\n        "os": "linux"\n      }`, `"platform": {\n        "architecture": "amd64",\n        "os": "linux"\n      }`).replace(`"platform": {\n        "architecture": "arm64"`, `"platform": ▶{\n        "architecture": "arm64"`).replace(`"architecture": "amd64",\n        "os": "linux"`, `"architecture": "arm64",\n        "os": "linux",\n        "variant": "v8"`),
      pointer: "/manifests/1/platform",
      message: "same platform as manifests[0]; clients will always pick manifests[0]",
    },
  ],
} satisfies RuleCases;
