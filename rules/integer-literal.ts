import { defineRule, presetsFor } from "./defineRule.js";

// Integer fields in every document kind: schemaVersion and every descriptor size.
const INTEGER_FIELD = /(^\/schemaVersion$)|(\/size$)/;

export default defineRule({
  id: "OCI-S016",
  name: "integer-literal",
  title: "An integer field is written with a fraction or exponent",
  description:
    "schemaVersion and size are integers. JavaScript reads 2.0 as 2, but Go and other typed parsers reject 2.0 or 1e3 for an integer field, so the document fails in other tools.",
  category: "schema",
  spec: "image-spec descriptor.md#properties",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["descriptor", "manifest", "index", "docker-manifest", "docker-manifest-list"],
  check(ctx) {
    for (const [pointer, literal] of ctx.numberLiterals) {
      // A true fraction (70.5) is the schema's finding; here only integers in disguise (2.0, 1e3).
      if (!INTEGER_FIELD.test(pointer) || !Number.isInteger(Number(literal))) continue;
      ctx.report({ pointer, message: `integer written as ${literal}; write it without a fraction or exponent` });
    }
  },
});
