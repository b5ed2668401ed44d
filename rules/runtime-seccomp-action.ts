import { defineRule, presetsFor, valueAt, isObject, child, type NodeContext } from "./defineRule.js";
import { SECCOMP_ACTIONS, SECCOMP_ERRNO_ACTIONS, suggestName } from "../src/model/index.js";

export default defineRule({
  id: "OCI-R014",
  name: "runtime-seccomp-action",
  title: "A seccomp action is unknown, or an errno is given to an action that takes none",
  description:
    "Seccomp actions are libseccomp's SCMP_ACT_* names. Only SCMP_ACT_ERRNO and SCMP_ACT_TRACE take an errno: when errnoRet or defaultErrnoRet comes with any other action, the runtime MUST fail.",
  category: "runtime",
  spec: "runtime-spec config-linux.md#seccomp",
  level: "error",
  presets: presetsFor("error"),
  target: "document",
  kinds: ["runtime-config"],
  check(ctx) {
    const seccomp = valueAt(ctx.node, "linux", "seccomp");
    if (!isObject(seccomp)) return;
    checkAction(ctx, seccomp["defaultAction"], seccomp["defaultErrnoRet"], "/linux/seccomp", "defaultAction", "defaultErrnoRet");
    const syscalls = seccomp["syscalls"];
    if (!Array.isArray(syscalls)) return;
    for (const [i, rule] of syscalls.entries()) {
      if (isObject(rule)) checkAction(ctx, rule["action"], rule["errnoRet"], child("/linux/seccomp/syscalls", i), "action", "errnoRet");
    }
  },
});

function checkAction(ctx: NodeContext, action: unknown, errno: unknown, at: string, actionKey: string, errnoKey: string): void {
  if (typeof action !== "string") return;
  if (!SECCOMP_ACTIONS.has(action)) {
    const near = suggestName(action.startsWith("SCMP_ACT_") ? action : `SCMP_ACT_${action.toUpperCase()}`, SECCOMP_ACTIONS);
    ctx.report({ pointer: child(at, actionKey), message: `"${action}" is not a seccomp action${near ? `; did you mean "${near}"?` : ""}` });
    return;
  }
  if (errno !== undefined && !SECCOMP_ERRNO_ACTIONS.has(action)) {
    ctx.report({ pointer: child(at, errnoKey), message: `${errnoKey} is set but ${action} takes no errno; only SCMP_ACT_ERRNO and SCMP_ACT_TRACE do` });
  }
}
