import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "nesting 100 levels deep", doc: `{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "x": ${"[".repeat(100)}${"]".repeat(100)}, "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b", "size": 2}, "layers": []}` }],
  invalid: [{ name: "nesting 100,000 levels deep", doc: `${"[".repeat(1000)}▶${"[".repeat(99_000)}${"]".repeat(100_000)}`, pointer: "/0".repeat(1000), message: /deep/ }],
} satisfies RuleCases;
