import { defineRule, presetsFor, child } from "./defineRule.js";

const NAME = "org.opencontainers.image.base.name";
const DIGEST = "org.opencontainers.image.base.digest";

export default defineRule({
  id: "OCI-B002",
  name: "annotation-base-name-without-digest",
  title: "base.name is set without base.digest",
  description:
    "org.opencontainers.image.base.name names the base image by a reference whose tag moves; without base.digest beside it nobody can tell which build of the base was used, so rebuilds and vulnerability checks of the base cannot be pinned.",
  category: "reproducibility",
  spec: "image-spec annotations.md#pre-defined-annotation-keys",
  level: "note",
  presets: presetsFor("note"),
  target: "annotations",
  check(ctx) {
    const name = ctx.node[NAME];
    if (typeof name !== "string" || name === "") return;
    if (ctx.node[DIGEST] !== undefined) return;
    ctx.report({ pointer: child(ctx.pointer, NAME), atKey: true, message: `${NAME} is set without ${DIGEST}, so the base image is not pinned` });
  },
});
