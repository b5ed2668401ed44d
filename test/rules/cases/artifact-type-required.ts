import { ARTIFACT, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "artifact with artifactType", doc: ARTIFACT }, { name: "image manifest", doc: MANIFEST }],
  invalid: [
    {
      name: "empty config without artifactType",
      doc: edit(edit(ARTIFACT, `  "artifactType": "application/vnd.example.sbom.v1+json",\n`, ""), `"mediaType": "application/vnd.oci.empty.v1+json"`, `"mediaType": ▶"application/vnd.oci.empty.v1+json"`),
      pointer: "/config/mediaType",
      message: `config is the empty descriptor, so the manifest must set "artifactType"`,
    },
  ],
} satisfies RuleCases;
