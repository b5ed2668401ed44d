import { defineRule, presetsFor, isObject, stringAt } from "./defineRule.js";
import { OCI } from "../src/model/index.js";

export default defineRule({
  id: "OCI-M001",
  name: "artifact-type-required",
  title: "An artifact manifest with the empty config has no artifactType",
  description:
    "When config.mediaType is the empty type, the config says nothing about the content, so artifactType MUST be set to say what the artifact is.",
  category: "spec",
  spec: "image-spec manifest.md#image-manifest-property-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["manifest"],
  check(ctx) {
    const config = ctx.node["config"];
    if (!isObject(config) || stringAt(config, "mediaType") !== OCI.empty) return;
    if (ctx.node["artifactType"] !== undefined) return;
    ctx.report({ pointer: "/config/mediaType", message: `config is the empty descriptor, so the manifest must set "artifactType"` });
  },
});
