// Why talking to a registry failed, in one line a user can act on.

export type RegistryErrorKind =
  /** No answer: refused, reset, timed out, host unknown, TLS failure. */
  | "unreachable"
  /** The registry answered, but the body broke off or stalled: a problem with that one response. */
  | "body"
  /** The registry wants credentials we do not have, or refused the ones we sent. */
  | "auth";

export class RegistryError extends Error {
  override readonly name = "RegistryError";
  constructor(message: string, readonly kind: RegistryErrorKind, readonly retryable = false) {
    super(message);
  }
}

const CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  UND_ERR_SOCKET: "the connection closed early",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  ERR_SSL_WRONG_VERSION_NUMBER: "TLS handshake failed (is it a plain-HTTP registry? try --insecure)",
};

/** A network error from fetch, as a RegistryError: fetch says "fetch failed" and hides the reason in `cause`. */
export function networkError(error: unknown, url: string): RegistryError {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const first = cause instanceof AggregateError ? cause.errors[0] : cause;
  const code = (first as NodeJS.ErrnoException | undefined)?.code ?? "";
  const message = first instanceof Error ? first.message : String(first);
  const described = CODES[code] ?? (/CERT|TLS|SSL/.test(code) ? `TLS: ${message}` : message);
  // A host that does not exist or a certificate that does not verify will not change on a retry.
  const permanent = code === "ENOTFOUND" || /CERT|TLS|SSL/.test(code) || message === "bad port";
  return new RegistryError(`${new URL(url).host}: ${described}`, "unreachable", !permanent);
}
