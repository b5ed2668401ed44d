// HTTP for one repository of one registry, on Node's built-in fetch: bounded concurrency, a timeout
// that restarts with every chunk (a slow layer is fine, a silent one is not), retries with backoff
// for failures that may pass, redirects followed by hand (credentials never travel to another host,
// nor over a downgrade to plain HTTP), and the registry token flow started by a 401.

import { parseAuthChallenges } from "./authChallenge.js";
import type { Credentials } from "./credentials.js";
import { RegistryError, networkError } from "./registryError.js";
import { VERSION } from "../../version.js";

export interface RegistryClientOptions {
  /** `https://host[:port]` or `http://…`. */
  baseUrl: string;
  repository: string;
  credentials?: Credentials;
  /** Longest wait for a response or for the next chunk of a body. */
  timeoutMs: number;
  /** Further attempts after a failure that may pass (network errors, 429, 5xx). */
  retries: number;
  signal?: AbortSignal;
  maxConcurrent?: number;
}

export interface RegistryResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  /** The body chunk by chunk; each chunk must arrive within the timeout. */
  chunks(): AsyncIterable<Uint8Array>;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_BACKOFF_MS = 5000;

export class RegistryClient {
  private authorization: string | undefined;
  private authGeneration = 0;
  private authenticating: Promise<void> | undefined;
  private readonly closer = new AbortController();
  private readonly lifetime: AbortSignal;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  readonly host: string;

  constructor(private readonly options: RegistryClientOptions) {
    this.lifetime = options.signal ? AbortSignal.any([this.closer.signal, options.signal]) : this.closer.signal;
    this.host = new URL(options.baseUrl).host;
  }

  /** `/v2/<repository>/<rest>`, the API path of something in this repository. */
  path(rest: string): string {
    return `/v2/${this.options.repository}/${rest}`;
  }

  /**
   * Sends a request and hands the response to `use`. A network failure, also one while `use` reads the
   * body, retries the whole exchange (so `use` must start afresh each call); 429 and 5xx retry too.
   */
  async exchange<T>(method: "GET" | "HEAD", path: string, accept: readonly string[] | undefined, use: (response: RegistryResponse) => Promise<T>): Promise<T> {
    let delay = 0;
    for (let attempt = 0; ; attempt++) {
      if (delay > 0) await sleep(delay, this.lifetime);
      await this.acquire();
      const timer = new IdleTimer(this.options.timeoutMs, this.host);
      const signal = AbortSignal.any([timer.signal, this.lifetime]);
      let response: Response | undefined;
      let inBody = false;
      try {
        response = await this.send(method, `${this.options.baseUrl}${path}`, accept, signal);
        if (RETRY_STATUSES.has(response.status) && attempt < this.options.retries) {
          delay = retryDelay(response.headers.get("retry-after"), attempt);
          continue;
        }
        const current = response;
        inBody = true;
        return await use({ status: current.status, statusText: current.statusText, headers: current.headers, chunks: () => timedChunks(current, timer) });
      } catch (error) {
        let failure = this.failure(error, path);
        if (inBody && failure.kind === "unreachable") failure = new RegistryError(`${failure.message} while reading ${path}`, "body", failure.retryable);
        if (failure.retryable && attempt < this.options.retries) {
          delay = retryDelay(null, attempt);
          continue;
        }
        throw failure;
      } finally {
        timer.stop();
        if (response && !response.bodyUsed) await response.body?.cancel().catch(() => undefined);
        this.release();
      }
    }
  }

  /** Stops every request in flight. */
  close(): void {
    this.closer.abort(new RegistryError(`${this.host}: closed`, "unreachable"));
  }

  private failure(error: unknown, path: string): RegistryError {
    if (this.lifetime.aborted) throw this.lifetime.reason;
    if (error instanceof RegistryError) return error;
    // fetch reports network failures as TypeError("fetch failed") and a broken body as TypeError("terminated").
    if (error instanceof TypeError && (error.message === "fetch failed" || error.message === "terminated")) return networkError(error, `${this.options.baseUrl}${path}`);
    throw error;
  }

  private async send(method: string, start: string, accept: readonly string[] | undefined, signal: AbortSignal): Promise<Response> {
    let url = start;
    let sameOrigin = true;
    let authRetried = false;
    for (let hop = 0; hop <= MAX_REDIRECTS;) {
      const headers: Record<string, string> = { "user-agent": `ocilint/${VERSION}`, "accept-encoding": "identity" };
      if (accept) headers["accept"] = accept.join(", ");
      const generation = this.authGeneration;
      if (sameOrigin && this.authorization) headers["authorization"] = this.authorization;
      const response = await fetch(url, { method, headers, redirect: "manual", signal });
      if (response.status === 401 && sameOrigin && !authRetried) {
        const challenge = response.headers.get("www-authenticate");
        await response.body?.cancel().catch(() => undefined);
        // Another request may have authenticated meanwhile: then just send again with its token.
        if (generation === this.authGeneration) await this.authenticate(challenge, signal);
        authRetried = true;
        continue;
      }
      if (response.status === 401 && sameOrigin) {
        await response.body?.cancel().catch(() => undefined);
        throw new RegistryError(`${this.host}: access to ${this.options.repository} denied (401 even with ${this.options.credentials ? `the credentials of "${this.options.credentials.username}"` : "an anonymous token"})`, "auth");
      }
      if (!REDIRECT_STATUSES.has(response.status)) return response;
      const location = response.headers.get("location");
      await response.body?.cancel().catch(() => undefined);
      if (!location) throw new RegistryError(`${this.host}: a ${response.status} redirect without a Location`, "unreachable");
      const next = new URL(location, url);
      if (new URL(url).protocol === "https:" && next.protocol !== "https:") throw new RegistryError(`${this.host}: refuses to follow a redirect from HTTPS to ${next.protocol.replace(":", "")}`, "unreachable");
      sameOrigin &&= next.origin === new URL(this.options.baseUrl).origin;
      url = next.href;
      hop++;
    }
    throw new RegistryError(`${this.host}: more than ${MAX_REDIRECTS} redirects`, "unreachable");
  }

  private authenticate(challenge: string | null, signal: AbortSignal): Promise<void> {
    this.authenticating ??= this.obtainAuthorization(challenge, signal).finally(() => {
      this.authenticating = undefined;
    });
    return this.authenticating;
  }

  private async obtainAuthorization(header: string | null, signal: AbortSignal): Promise<void> {
    const challenges = parseAuthChallenges(header ?? "");
    const bearer = challenges.find((c) => c.scheme === "bearer" && c.params["realm"]);
    const credentials = this.options.credentials;
    if (bearer) {
      this.authorization = `Bearer ${await this.fetchToken(bearer.params, signal)}`;
    } else if (challenges.some((c) => c.scheme === "basic")) {
      if (!credentials) throw new RegistryError(`${this.host}: the registry wants a username and password (--username with --password-stdin, or docker login)`, "auth");
      this.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
    } else {
      throw new RegistryError(`${this.host}: 401 Unauthorized without a Bearer or Basic challenge`, "auth");
    }
    this.authGeneration++;
  }

  private async fetchToken(params: Record<string, string>, signal: AbortSignal): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(params["realm"]!);
    } catch {
      throw new RegistryError(`${this.host}: the token realm "${params["realm"]}" is not a URL`, "auth");
    }
    const credentials = this.options.credentials;
    // A password goes over plain HTTP only to a registry the user already reaches over plain HTTP.
    if (credentials && realm.protocol !== "https:" && new URL(this.options.baseUrl).protocol === "https:") {
      throw new RegistryError(`${this.host}: refuses to send credentials to the plain-HTTP token service ${realm.host}`, "auth");
    }
    if (params["service"]) realm.searchParams.set("service", params["service"]);
    const scopes = (params["scope"] ?? `repository:${this.options.repository}:pull`).split(" ").filter(Boolean);
    for (const scope of scopes) realm.searchParams.append("scope", scope);
    const headers: Record<string, string> = { "user-agent": `ocilint/${VERSION}`, accept: "application/json" };
    if (credentials) headers["authorization"] = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
    let response: Response;
    try {
      response = await fetch(realm, { headers, signal });
    } catch (error) {
      if (error instanceof TypeError) throw networkError(error, realm.href);
      throw error;
    }
    const who = credentials ? `the credentials of "${credentials.username}"` : "anonymous access";
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new RegistryError(`${this.host}: the token service ${realm.host} refused ${who} (${response.status} ${response.statusText})`, "auth");
    }
    const body = (await response.json().catch(() => undefined)) as { token?: unknown; access_token?: unknown } | undefined;
    const token = typeof body?.token === "string" && body.token ? body.token : body?.access_token;
    if (typeof token !== "string" || token === "") throw new RegistryError(`${this.host}: the token service ${realm.host} answered without a token`, "auth");
    return token;
  }

  private async acquire(): Promise<void> {
    if (this.active < (this.options.maxConcurrent ?? 8)) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** Aborts when nothing has arrived for `ms`; touched by every chunk. */
class IdleTimer {
  private readonly controller = new AbortController();
  private handle: NodeJS.Timeout | undefined;
  readonly signal = this.controller.signal;

  constructor(private readonly ms: number, private readonly host: string) {
    this.touch();
  }

  touch(): void {
    clearTimeout(this.handle);
    this.handle = setTimeout(() => this.controller.abort(new RegistryError(`${this.host}: no answer within ${this.ms / 1000} s`, "unreachable", true)), this.ms);
  }

  stop(): void {
    clearTimeout(this.handle);
  }
}

async function* timedChunks(response: Response, timer: IdleTimer): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  for await (const chunk of response.body) {
    timer.touch();
    yield chunk as Uint8Array;
  }
}

function retryDelay(retryAfter: string | null, attempt: number): number {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  return Math.min(MAX_BACKOFF_MS, seconds !== undefined ? seconds * 1000 : 250 * 2 ** attempt);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal.reason);
    };
    const handle = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
