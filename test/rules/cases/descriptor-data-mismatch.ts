import { ARTIFACT, DESCRIPTOR, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

// sha256 of the three bytes "abc".
const ABC = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

export default {
  valid: [
    { name: "empty config with data", doc: ARTIFACT },
    { name: "data matching digest and size", doc: edit(edit(DESCRIPTOR, SHA_A, ABC), `"size": 7682,`, `"size": 3,\n  "data": "YWJj",`) },
  ],
  invalid: [
    { name: "data of the wrong length", doc: edit(edit(DESCRIPTOR, SHA_A, ABC), `"size": 7682,`, `"size": 4,\n  "data": ▶"YWJj",`), pointer: "/data", message: "data decodes to 3 bytes but size is 4" },
    { name: "data of the right length but other bytes", doc: edit(edit(DESCRIPTOR, SHA_A, ABC), `"size": 7682,`, `"size": 3,\n  "data": ▶"YWJk",`), pointer: "/data", message: /^data hashes to sha256:[0-9a-f]{64}, not to the descriptor's digest$/ },
  ],
} satisfies RuleCases;
