import { defineRule, presetsFor } from "./defineRule.js";

export default defineRule({
  id: "OCI-K101",
  name: "docker-schema1-deprecated",
  title: "The document is a deprecated Docker schema 1 manifest",
  description:
    "Docker Image Manifest V2, Schema 1 has been deprecated since Docker 1.10 introduced schema 2. Docker stopped pushing it in 20.10, and current Docker and containerd releases refuse to pull it unless an environment variable re-enables it.",
  category: "portability",
  spec: "distribution docs/spec/deprecated-schema-v1.md; docs/spec/manifest-v2-1.md",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["docker-manifest-schema1"],
  check(ctx) {
    ctx.report({
      pointer: "schemaVersion" in ctx.node ? "/schemaVersion" : "",
      message: "Docker schema 1 manifests are deprecated and current Docker and containerd no longer pull them; convert the image to schema 2 or OCI",
    });
  },
});
