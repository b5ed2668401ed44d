import { RUNTIME_CONFIG, WINDOWS_CONFIG } from "../../runtime/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const ARGS = `"args": [
      "sh"
    ],
`;
const WINDOWS_ARGS = `"args": [
      "cmd",
      "/S",
      "/C",
      "ping -t localhost"
    ],
`;

export default {
  valid: [
    { name: "runc spec", doc: RUNTIME_CONFIG },
    { name: "Windows with args", doc: WINDOWS_CONFIG },
    { name: "Windows with only commandLine", doc: edit(WINDOWS_CONFIG, WINDOWS_ARGS, `"commandLine": "cmd /S /C \\"ping -t localhost\\"",\n    `) },
    { name: "no process (a config for create only)", doc: RUNTIME_CONFIG.replace(/ {2}"process": \{[\s\S]*?\n {2}\},\n/, "") },
  ],
  invalid: [
    { name: "no args", doc: edit(edit(RUNTIME_CONFIG, ARGS, ""), `"process": {`, `"process": ▶{`), pointer: "/process", message: `missing "args": the process needs at least the program to run` },
    { name: "empty args", doc: edit(RUNTIME_CONFIG, ARGS, `"args": ▶[],\n    `), pointer: "/process/args", message: "args is empty: it needs at least the program to run" },
    { name: "Windows with neither", doc: edit(edit(WINDOWS_CONFIG, WINDOWS_ARGS, ""), `"process": {`, `"process": ▶{`), pointer: "/process", message: "the process has neither args nor commandLine; Windows needs one of them" },
    { name: "user without gid", doc: edit(RUNTIME_CONFIG, `"user": {\n      "uid": 0,\n      "gid": 0\n    }`, `"user": ▶{\n      "uid": 0\n    }`), pointer: "/process/user", message: "process.user needs gid on POSIX platforms" },
  ],
} satisfies RuleCases;
