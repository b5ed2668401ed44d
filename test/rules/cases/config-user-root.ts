import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const user = (value: string) => edit(CONFIG, `"User": "app:app"`, `"User": ${value}`);
const noUser = edit(edit(CONFIG, `"User": "app:app",\n    `, ""), `  "config": {`, `  ▶"config": {`);

export default {
  valid: [
    { name: "a named user", doc: CONFIG },
    { name: "a numeric user and group", doc: user(`"1000:1000"`) },
    { name: "a non-root user in the root group", doc: user(`"app:0"`) },
    { name: "no layers", doc: edit(edit(CONFIG, `"User": "app:app",\n    `, ""), `"diff_ids": [\n      "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b",\n      "sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0"\n    ]`, `"diff_ids": []`) },
    { name: "an empty config object (a base or data image)", doc: `{"architecture": "amd64", "os": "linux", "config": {}, "rootfs": {"type": "layers", "diff_ids": ["sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b"]}}` },
    { name: "a windows image", doc: edit(edit(CONFIG, `"User": "app:app",\n    `, ""), `"os": "linux"`, `"os": "windows"`) },
  ],
  invalid: [
    { name: "User absent", doc: noUser, pointer: "/config", message: "config.User is not set, so the image runs as root" },
    { name: "User empty", doc: user(`▶""`), pointer: "/config/User", message: "config.User is empty, so the image runs as root" },
    { name: "root", doc: user(`▶"root"`), pointer: "/config/User", message: 'config.User "root" runs the image as root' },
    { name: "0", doc: user(`▶"0"`), pointer: "/config/User", message: 'config.User "0" runs the image as root' },
    { name: "0:0", doc: user(`▶"0:0"`), pointer: "/config/User", message: 'config.User "0:0" runs the image as root' },
    { name: "root:root", doc: user(`▶"root:root"`), pointer: "/config/User", message: 'config.User "root:root" runs the image as root' },
    { name: "docker config", kind: "docker-config", doc: user(`▶"root"`), pointer: "/config/User", message: 'config.User "root" runs the image as root' },
  ],
} satisfies RuleCases;
