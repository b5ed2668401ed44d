// A proxy on 127.0.0.1 in front of the real registry that can misbehave on cue: change headers or
// bodies, fail, stall or break off. It logs every request it sees.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/v2/ns/basic/manifests/1.0`. */
  path: string;
  headers: IncomingMessage["headers"];
}

/** Handles a request itself and returns true, or returns false to let the proxy forward it as it is. */
export type Fault = (request: ProxiedRequest, response: ServerResponse, forward: () => Promise<Upstream>) => Promise<boolean>;

export interface FaultyProxy {
  host: string;
  /** `METHOD /path` of every request, in order. */
  log: string[];
  /** Headers of every request, in order. */
  seen: ProxiedRequest[];
  fault: Fault | undefined;
  stop(): Promise<void>;
}

const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "date"]);

export async function startProxy(upstream: string): Promise<FaultyProxy> {
  const proxy: FaultyProxy = { host: "", log: [], seen: [], fault: undefined, stop: async () => undefined };
  const server = createServer((req, res) => {
    const request: ProxiedRequest = { method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers };
    proxy.log.push(`${request.method} ${request.path}`);
    proxy.seen.push(request);
    const forward = () => fetchUpstream(upstream, request);
    const handled = proxy.fault ? proxy.fault(request, res, forward) : Promise.resolve(false);
    handled
      .then(async (done) => {
        if (!done) reply(res, await forward(), request.method);
      })
      .catch((error: Error) => {
        res.statusCode = 599;
        res.end(error.message);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.stop = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return proxy;
}

async function fetchUpstream(upstream: string, request: ProxiedRequest): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const name of ["accept", "authorization"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const response = await fetch(`http://${upstream}${request.path}`, { method: request.method, headers, redirect: "manual" });
  const copied: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_HEADERS.has(name) || (name === "content-length" && request.method === "HEAD")) copied[name] = value;
  });
  return { status: response.status, headers: copied, body: Buffer.from(await response.arrayBuffer()) };
}

/** Sends an upstream answer (possibly edited) as the registry would. */
export function reply(res: ServerResponse, answer: Upstream, method = "GET"): void {
  res.writeHead(answer.status, { ...answer.headers, ...(method === "HEAD" ? {} : { "content-length": String(answer.body.length) }) });
  res.end(method === "HEAD" ? undefined : answer.body);
}
