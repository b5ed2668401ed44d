import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const withoutCommand = edit(CONFIG, `"Entrypoint": ["/app/server"],\n    "Cmd": ["--port", "8080"],\n    `, "");
const mark = (doc: string) => edit(doc, `  "config": {`, `  ▶"config": {`);

export default {
  valid: [
    { name: "Entrypoint and Cmd", doc: CONFIG },
    { name: "only Cmd", doc: edit(CONFIG, `"Entrypoint": ["/app/server"],\n    `, "") },
    { name: "only Entrypoint", doc: edit(CONFIG, `"Cmd": ["--port", "8080"],\n    `, "") },
    { name: "no layers", doc: edit(withoutCommand, `"diff_ids": [\n      "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b",\n      "sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"\n    ]`, `"diff_ids": []`) },
    { name: "an empty config object (a base or data image)", doc: `{"architecture": "amd64", "os": "linux", "config": {}, "rootfs": {"type": "layers", "diff_ids": ["sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b"]}}` },
  ],
  invalid: [
    { name: "both absent", doc: mark(withoutCommand), pointer: "/config", message: "config sets neither Entrypoint nor Cmd, so the image cannot run without a command given" },
    { name: "both empty or null", doc: mark(edit(CONFIG, `"Entrypoint": ["/app/server"],\n    "Cmd": ["--port", "8080"],`, `"Entrypoint": [],\n    "Cmd": null,`)), pointer: "/config", message: "config sets neither Entrypoint nor Cmd, so the image cannot run without a command given" },
    { name: "docker config", kind: "docker-config", doc: mark(withoutCommand), pointer: "/config", message: "config sets neither Entrypoint nor Cmd, so the image cannot run without a command given" },
  ],
} satisfies RuleCases;
