import { defineRule, presetsFor, stringAt } from "./defineRule.js";
import { DOCKER, KIND_PHRASE, OCI, type DocumentKind } from "../src/model/index.js";

const EXPECTED: Partial<Record<DocumentKind, string>> = {
  manifest: OCI.manifest,
  index: OCI.index,
  "docker-manifest": DOCKER.manifest,
  "docker-manifest-list": DOCKER.manifestList,
};

export default defineRule({
  id: "OCI-K002",
  name: "document-media-type",
  title: "A manifest or index declares another kind's mediaType",
  description:
    "When a manifest or index sets its own mediaType, it MUST be the type of that document kind. A manifest that calls itself an index (or the reverse) is the mix-up behind CVE-2021-41190: two clients read two different images from the same bytes.",
  category: "media-type",
  spec: "image-spec manifest.md#image-manifest-property-descriptions; image-index.md#image-index-property-descriptions",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["manifest", "index", "docker-manifest", "docker-manifest-list"],
  check(ctx) {
    const expected = EXPECTED[ctx.kind];
    const actual = stringAt(ctx.node, "mediaType");
    if (expected === undefined || actual === undefined || actual === expected) return;
    ctx.report({ pointer: "/mediaType", message: `mediaType of ${KIND_PHRASE[ctx.kind]} must be "${expected}", found "${actual}"` });
  },
});

