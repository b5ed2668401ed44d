import { CONFIG, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "string values", doc: MANIFEST },
    { name: "empty string value", doc: edit(MANIFEST, `"value1"`, `""`) },
    { name: "empty map", doc: MANIFEST.replace(/"annotations": \{[\s\S]*?\n  \}/, `"annotations": {}`) },
  ],
  invalid: [
    { name: "number value", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `"com.example.key1": ▶1`), pointer: "/annotations/com.example.key1", message: /string/ },
    { name: "null annotations", doc: MANIFEST.replace(/"annotations": \{[\s\S]*?\n  \}/, `"annotations": ▶null`), pointer: "/annotations", message: /null|object/ },
    { name: "empty key", doc: edit(MANIFEST, `"com.example.key1": "value1"`, `▶"": "value1"`), pointer: "/annotations/", message: /key|empty/ },
    { name: "null label value", doc: edit(CONFIG, `"com.example.team": "platform"`, `"com.example.team": ▶null`), pointer: "/config/Labels/com.example.team", message: /string/ },
  ],
} satisfies RuleCases;
