import { CONFIG } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "realistic config", doc: CONFIG },
    { name: "udp and bare port, uid:gid user", doc: edit(edit(CONFIG, `"8080/tcp": {}`, `"8080/tcp": {}, "53/udp": {}, "9000": {}`), `"User": "app:app"`, `"User": "1000:1000"`) },
    { name: "real-time signal", doc: edit(CONFIG, `"StopSignal": "SIGTERM"`, `"StopSignal": "SIGRTMIN+3"`) },
  ],
  invalid: [
    { name: "Env entry without =", doc: edit(CONFIG, `"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`, `▶"PATH"`), pointer: "/config/Env/0", message: /Env|NAME=value|=/ },
    { name: "ExposedPorts key with a protocol typo", doc: edit(CONFIG, `"8080/tcp": {}`, `▶"8080/tpc": {}`), pointer: "/config/ExposedPorts/8080~1tpc", message: /port/ },
    { name: "ExposedPorts value not empty", doc: edit(CONFIG, `"8080/tcp": {}`, `"8080/tcp": ▶{ "x": 1 }`), pointer: "/config/ExposedPorts/8080~1tcp", message: /empty/ },
  ],
} satisfies RuleCases;
