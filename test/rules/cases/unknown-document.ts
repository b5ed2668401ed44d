import type { RuleCases } from "../../helpers/ruleCases.js";

export default {
  valid: [{ name: "a layout header is recognised", doc: `{"imageLayoutVersion": "1.0.0"}` }],
  invalid: [
    { name: "a package.json", doc: `▶{"name": "left-pad", "version": "1.0.0"}`, pointer: "", message: /--kind/ },
    { name: "an array", doc: `▶[1, 2, 3]`, pointer: "", message: /--kind/ },
  ],
} satisfies RuleCases;
