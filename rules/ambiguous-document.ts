import { defineRule, presetsFor, child } from "./defineRule.js";
import { KIND_PHRASE } from "../src/model/index.js";

// Properties that belong to the other kind: their presence lets a reader take the document for it.
const FOREIGN: Record<string, readonly string[]> = {
  manifest: ["manifests"],
  "docker-manifest": ["manifests"],
  index: ["layers", "config"],
  "docker-manifest-list": ["layers", "config"],
};

export default defineRule({
  id: "OCI-K004",
  name: "ambiguous-document",
  title: "A manifest carries manifests, or an index carries config or layers",
  description:
    "A document that holds both a manifest's fields and an index's fields can be read as either, depending on the client (CVE-2021-41190). Clients may reject such content, and ocilint reports it as an error.",
  category: "spec",
  spec: "image-spec manifest.md; image-index.md; GHSA-77vh-xpmg-72qh",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["manifest", "index", "docker-manifest", "docker-manifest-list"],
  check(ctx) {
    for (const key of FOREIGN[ctx.kind] ?? []) {
      if (!(key in ctx.node)) continue;
      const other = ctx.kind.includes("manifest-list") || ctx.kind === "index" ? "an image manifest" : "an image index";
      ctx.report({ pointer: child("", key), atKey: true, message: `"${key}" belongs to ${other}; ${KIND_PHRASE[ctx.kind]} that carries it can be read as ${other}` });
    }
  },
});
