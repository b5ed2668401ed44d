import { defineRule, presetsFor } from "./defineRule.js";

// Checked while ocilint reads an image from a registry; defined here for its name, level and docs.
export default defineRule({
  id: "OCI-N001",
  name: "registry-response",
  title: "A registry's answer contradicts what was asked for or what it served",
  description:
    "A registry must serve a manifest under the media type the manifest declares, name the digest that was asked for in Docker-Content-Digest, list referrers as a valid image index, and deliver each blob whole. Clients that trust these answers parse, verify or cache the wrong thing.",
  category: "digest",
  spec: "ocilint",
  level: "error",
  presets: presetsFor("error"),
  target: "engine",
});
