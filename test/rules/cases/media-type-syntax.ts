import { ARTIFACT, MANIFEST } from "../../helpers/documents.js";
import { edit } from "../../helpers/marked.js";
import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [
    { name: "standard types", doc: MANIFEST },
    { name: "vendor artifact types", doc: ARTIFACT },
    { name: "unknown but well-formed layer type", doc: edit(ARTIFACT, `"mediaType": "application/vnd.example.sbom.v1+json",\n      "digest"`, `"mediaType": "application/x.custom-thing+cbor",\n      "digest"`) },
  ],
  invalid: [
    { name: "no subtype", doc: edit(MANIFEST, `"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip"`, `"mediaType": ▶"application"`), pointer: "/layers/0/mediaType", message: /media type|RFC 6838/i },
    { name: "space in artifactType", doc: edit(ARTIFACT, `"artifactType": "application/vnd.example.sbom.v1+json"`, `"artifactType": ▶"application/vnd example"`), pointer: "/artifactType", message: /media type|RFC 6838/i },
  ],
} satisfies RuleCases;
