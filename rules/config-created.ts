import { defineRule, presetsFor, stringAt } from "./defineRule.js";
import { isRfc3339DateTime } from "../src/model/index.js";

/** Clocks and time zones differ; only a date more than this far ahead is surely wrong. */
const TOLERANCE_MS = 24 * 60 * 60 * 1000;

export default defineRule({
  id: "OCI-B001",
  name: "config-created",
  title: "The config's created date is absent or in the future",
  description:
    "created tells users and tools when the image was built; without it an image cannot be dated, and a date in the future comes from a wrong clock or a forged value and sorts the image above newer ones.",
  category: "reproducibility",
  spec: "ocilint",
  level: "note",
  presets: presetsFor("note"),
  target: "document",
  kinds: ["config", "docker-config"],
  check(ctx) {
    const created = ctx.node["created"];
    if (created === undefined || created === null) {
      ctx.report({ pointer: "", message: "created is not set, so the image's build date is unknown" });
      return;
    }
    const text = stringAt(ctx.node, "created");
    // Malformed dates are date-time-format's.
    if (text === undefined || !isRfc3339DateTime(text)) return;
    const at = Date.parse(text);
    if (!Number.isNaN(at) && at - Date.now() > TOLERANCE_MS) {
      ctx.report({ pointer: "/created", message: `created "${text}" is in the future` });
    }
  },
});
