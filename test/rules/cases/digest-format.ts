import { CONFIG, INDEX, MANIFEST, SHA_A } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

const SHA512 = "sha512:" + "ab".repeat(64);

export default {
  valid: [
    { name: "sha256", doc: MANIFEST },
    { name: "sha512", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": "${SHA512}"`) },
    { name: "blake3", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": "blake3:${"0f".repeat(32)}"`) },
    { name: "unregistered algorithm with base64url encoding", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564"`) },
  ],
  invalid: [
    { name: "uppercase sha256 hex", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": ▶"${SHA_A.toUpperCase().replace("SHA256", "sha256")}"`), pointer: "/config/digest", message: /64 lowercase hex/ },
    { name: "short sha256", doc: edit(INDEX, `"digest": "${SHA_A}"`, `"digest": ▶"sha256:abc"`), pointer: "/manifests/0/digest", message: /64 lowercase hex/ },
    { name: "sha512 of sha256 length", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": ▶"sha512:${SHA_A.slice(7)}"`), pointer: "/config/digest", message: /128/ },
    { name: "no algorithm", doc: edit(MANIFEST, `"digest": "${SHA_A}"`, `"digest": ▶"${SHA_A.slice(7)}"`), pointer: "/config/digest", message: /algorithm/ },
    { name: "diff_id that is not a digest", doc: edit(CONFIG, `"${SHA_A}",\n`, `▶"not-a-digest",\n`), pointer: "/rootfs/diff_ids/0", message: /algorithm/ },
  ],
} satisfies RuleCases;
