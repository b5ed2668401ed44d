// Reading registry answers: what to accept, what a failed request said, and the problems with answers
// that the walk cannot see (headers), kept for the registry-response rule.

import { DOCKER, OCI } from "../../model/index.js";
import type { RegistryResponse } from "./registryClient.js";

/** Every manifest form ocilint checks; a registry picks the one it holds or converts to one of these. */
export const MANIFEST_ACCEPT: readonly string[] = [OCI.index, OCI.manifest, DOCKER.manifestList, DOCKER.manifest];

export interface ResponseProblem {
  /** The request, e.g. `GET /v2/ns/app/manifests/1.0`. */
  request: string;
  digest?: string;
  message: string;
}

/** What the registry's answers got wrong, each said once: a request retried after its body broke off,
 * or made again by another part of the walk, finds the same thing again. */
export class ResponseProblems {
  readonly list: ResponseProblem[] = [];
  private readonly seen = new Set<string>();

  add(problem: ResponseProblem): void {
    const key = `${problem.request}\u0000${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
  }
}

/** `404 Not Found (MANIFEST_UNKNOWN: manifest unknown)`: the status and the registry's own error code. */
export async function describeStatus(response: RegistryResponse): Promise<string> {
  const text = await readText(response, 64 * 1024);
  let detail = "";
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const first = body.errors?.[0];
    if (first && typeof first.code === "string") detail = ` (${first.code}${typeof first.message === "string" && first.message ? `: ${first.message}` : ""})`;
  } catch {
    // Not the distribution error format: the status says enough.
  }
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ""}${detail}`;
}

async function readText(response: RegistryResponse, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.chunks()) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) break;
  }
  return Buffer.concat(chunks).toString("utf8", 0, Math.min(size, maxBytes));
}

/** Content-Length as a number, when the answer has a valid one. */
export function contentLength(headers: Headers): number | undefined {
  const value = headers.get("content-length");
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The media type of Content-Type, without parameters. */
export function contentType(headers: Headers): string {
  return (headers.get("content-type") ?? "").split(";")[0]!.trim();
}
