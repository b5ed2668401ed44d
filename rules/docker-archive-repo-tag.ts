import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it reads a docker-archive; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-Y005",
  name: "docker-archive-repo-tag",
  title: "A RepoTags entry is not a valid name:tag reference, or two images claim it",
  description:
    "docker load parses each RepoTags entry as a Docker reference with a tag and fails on the first one that does not parse; when two images in one archive claim the same tag, the one loaded last takes it.",
  category: "spec",
  spec: "docker-image-spec spec.md#combined-image-json--filesystem-changeset-format",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
