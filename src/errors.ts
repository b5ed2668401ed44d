/** A problem with the environment or the invocation (unreadable target, bad option): exit code 2, one line. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
