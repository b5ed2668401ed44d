import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it walks a layout or streams a blob; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-L005",
  name: "blob-name",
  title: "A file under blobs/ is not named by a valid digest",
  description:
    "Blob paths are blobs/<alg>/<encoded> where the two parts follow the digest grammar and the algorithm's encoding, so uppercase hex in a sha256 name is invalid.",
  category: "layout",
  spec: "image-spec image-layout.md#blobs",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
