import { defineRule, presetsFor } from "./defineRule.js";

export default defineRule({
  id: "OCI-R023",
  name: "runtime-state-pid",
  title: "A created or running container's state has no pid",
  description:
    "On Linux, pid is REQUIRED in the state while the status is created or running: it is how hooks and tools find the container's process. (Other platforms may leave it out; a state does not say its platform, so turn the rule off for them.)",
  category: "runtime",
  spec: "runtime-spec runtime.md#state",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-state"],
  check(ctx) {
    const status = ctx.node["status"];
    if ((status === "created" || status === "running") && ctx.node["pid"] === undefined) {
      ctx.report({ pointer: "", message: `the state of a ${status} container needs its pid` });
    }
  },
});
