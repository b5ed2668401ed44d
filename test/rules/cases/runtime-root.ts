import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const ROOT = `"root": {
    "path": "rootfs",
    "readonly": true
  },
`;
const WINDOWS_ROOT = `"root": {
    "path": "\\\\\\\\?\\\\Volume{ec84d99e-3f02-11e7-ac6c-00155d7682cf}\\\\"
  },
`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "absolute root path", doc: edit(RUNTIME_CONFIG, `"path": "rootfs"`, `"path": "/run/bundles/web/rootfs"`) },
    { name: "Windows volume GUID path", doc: WINDOWS_CONFIG },
    { name: "Hyper-V container without root", doc: edit(edit(WINDOWS_CONFIG, WINDOWS_ROOT, ""), `"layerFolders"`, `"hyperv": {},\n    "layerFolders"`) },
  ],
  invalid: [
    { name: "Linux config without root", doc: "▶" + edit(RUNTIME_CONFIG, ROOT, ""), pointer: "", message: `missing "root": every platform but Windows needs a root filesystem` },
    { name: "Windows directory path", doc: edit(WINDOWS_CONFIG, `"path": "\\\\\\\\?\\\\Volume{ec84d99e-3f02-11e7-ac6c-00155d7682cf}\\\\"`, `"path": ▶"C:\\\\rootfs"`), pointer: "/root/path", message: `on Windows, root.path must be a volume GUID path (\\\\?\\Volume{…}\\), found "C:\\rootfs"` },
    { name: "Windows read-only root", doc: edit(WINDOWS_CONFIG, `cf}\\\\"\n  },`, `cf}\\\\",\n    "readonly": ▶true\n  },`), pointer: "/root/readonly", message: "on Windows, root.readonly must be omitted or false" },
    { name: "Hyper-V container with root", doc: edit(edit(WINDOWS_CONFIG, `"root": {`, `"root": ▶{`), `"layerFolders"`, `"hyperv": {},\n    "layerFolders"`), pointer: "/root", message: "a Hyper-V container (windows.hyperv is set) must not set root" },
  ],
} satisfies RuleCases;
