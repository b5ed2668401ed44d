import { RUNTIME_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withDevices = (devices: string) => edit(RUNTIME_CONFIG, `"linux": {`, `"linux": {\n    "devices": [\n      ${devices}\n    ],`);

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "character and block devices", doc: withDevices(`{ "path": "/dev/fuse", "type": "c", "major": 10, "minor": 229, "fileMode": 438, "uid": 0, "gid": 0 },\n      { "path": "/dev/sda", "type": "b", "major": 8, "minor": 0 }`) },
    { name: "FIFO without numbers", doc: withDevices(`{ "path": "/dev/initctl", "type": "p" }`) },
  ],
  invalid: [
    { name: "unknown type", doc: withDevices(`{ "path": "/dev/fuse", "type": ▶"char", "major": 10, "minor": 229 }`), pointer: "/linux/devices/0/type", message: `device type "char" is not c (character), b (block), u (unbuffered character) or p (FIFO)` },
    { name: "upper case type", doc: withDevices(`{ "path": "/dev/sda", "type": ▶"B", "major": 8, "minor": 0 }`), pointer: "/linux/devices/0/type", message: `device type "B" is not c (character), b (block), u (unbuffered character) or p (FIFO); did you mean "b"?` },
    { name: "character device without minor", doc: withDevices(`▶{ "path": "/dev/fuse", "type": "c", "major": 10 }`), pointer: "/linux/devices/0", message: "a character device needs minor" },
    { name: "block device without numbers", doc: withDevices(`▶{ "path": "/dev/sda", "type": "b" }`), pointer: "/linux/devices/0", message: "a block device needs major and minor" },
  ],
} satisfies RuleCases;
