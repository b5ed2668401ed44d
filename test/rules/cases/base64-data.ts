import { ARTIFACT, DESCRIPTOR, INDEX, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "the empty blob's data", doc: ARTIFACT }],
  invalid: [
    { name: "unpadded base64", doc: edit(DESCRIPTOR, `"size": 7682,`, `"size": 7682,\n  "data": ▶"YWJjZA",`), pointer: "/data", message: /base64/ },
    { name: "base64url alphabet", doc: edit(DESCRIPTOR, `"size": 7682,`, `"size": 7682,\n  "data": ▶"YW-_",`), pointer: "/data", message: /base64/ },
    { name: "bad data in an index entry", doc: edit(INDEX, `"digest": "${SHA_A}",`, `"digest": "${SHA_A}",\n      "data": ▶"!!!!",`), pointer: "/manifests/0/data", message: /base64/ },
  ],
} satisfies RuleCases;
