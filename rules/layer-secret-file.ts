import { defineRule, presetsFor } from "./defineRule.js";

// Checked by the engine while it streams a layer's tar; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-E003",
  name: "layer-secret-file",
  title: "A layer contains a file named like a secret",
  description:
    "SSH private keys, cloud and registry credentials, .netrc, .git-credentials, private keys and .env files copied into a layer are published with the image; deleting them in a later layer does not remove them from the earlier one.",
  category: "security",
  spec: "ocilint",
  level: "warning",
  presets: presetsFor("warning"),
  target: "engine",
});
