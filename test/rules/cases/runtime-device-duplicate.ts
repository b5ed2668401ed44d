import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withDevices = (devices: string) => edit(RUNTIME_CONFIG, `"linux": {`, `"linux": {\n    "devices": [\n      ${devices}\n    ],`);

export default {
  valid: [
    { name: "distinct devices", doc: withDevices(`{ "path": "/dev/fuse", "type": "c", "major": 10, "minor": 229 },\n      { "path": "/dev/sda", "type": "b", "major": 10, "minor": 229 }`) },
    { name: "two FIFOs", doc: withDevices(`{ "path": "/dev/a", "type": "p" },\n      { "path": "/dev/b", "type": "p" }`) },
  ],
  invalid: [
    {
      name: "one device under two paths",
      doc: withDevices(`{ "path": "/dev/fuse", "type": "c", "major": 10, "minor": 229 },\n      ▶{ "path": "/dev/fuse0", "type": "c", "major": 10, "minor": 229 }`),
      pointer: "/linux/devices/1",
      message: "devices[1] is the same device (c 10:229) as devices[0]",
    },
  ],
} satisfies RuleCases;
