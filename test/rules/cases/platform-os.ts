import { CONFIG, INDEX } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "linux", doc: INDEX },
    { name: "windows config", doc: edit(CONFIG, `"os": "linux"`, `"os": "windows"`) },
    { name: "BuildKit's unknown/unknown attestation entry", doc: edit(INDEX, `"architecture": "amd64",\n        "os": "linux"`, `"architecture": "unknown",\n        "os": "unknown"`) },
  ],
  invalid: [
    { name: "capitalised Linux in an index", doc: edit(INDEX, `"architecture": "amd64",\n        "os": "linux"`, `"architecture": "amd64",\n        "os": ▶"Linux"`), pointer: "/manifests/0/platform/os", message: `os "Linux" is not a GOOS value; use "linux"` },
    { name: "macos in a config", doc: edit(CONFIG, `"os": "linux"`, `"os": ▶"macos"`), pointer: "/os", message: `os "macos" is not a GOOS value; use "darwin"` },
  ],
} satisfies RuleCases;
