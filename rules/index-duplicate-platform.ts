import { defineRule, presetsFor, isObject, stringAt, child } from "./defineRule.js";
import { isUnknownPlatform, normalisedVariant } from "../src/model/index.js";

export default defineRule({
  id: "OCI-I002",
  name: "index-duplicate-platform",
  title: "Two index entries claim the same platform",
  description:
    "Clients take the first entry that matches their platform, so a second image manifest for the same platform is never pulled: usually a build mistake.",
  category: "platform",
  spec: "image-spec image-index.md#image-index-property-descriptions",
  level: "warning",
  presets: presetsFor("warning"),
  target: "document",
  kinds: ["index", "docker-manifest-list"],
  check(ctx) {
    const manifests = ctx.node["manifests"];
    if (!Array.isArray(manifests)) return;
    const first = new Map<string, number>();
    manifests.forEach((entry, i) => {
      if (!isObject(entry) || !isObject(entry["platform"]) || entry["artifactType"] !== undefined) return;
      const p = entry["platform"];
      const os = stringAt(p, "os");
      const arch = stringAt(p, "architecture");
      // BuildKit's attestation entries all say unknown/unknown; they are not images for a platform.
      if (isUnknownPlatform(os, arch)) return;
      const features = Array.isArray(p["os.features"]) ? [...p["os.features"]].sort().join(",") : "";
      const key = [os, arch, normalisedVariant(arch, stringAt(p, "variant")), stringAt(p, "os.version") ?? "", features].join("|");
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else ctx.report({ pointer: child(ctx.pointer, "manifests", i, "platform"), message: `same platform as manifests[${earlier}]; clients will always pick manifests[${earlier}]` });
    });
  },
});
