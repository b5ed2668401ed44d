// What a registry's headers must agree with: a manifest's Content-Type is the media type the
// document declares (clients pick the parser by it), and Docker-Content-Digest names what was asked.

import { INDEX_TYPES, MANIFEST_TYPES } from "../../model/index.js";
import { MANIFEST_ACCEPT } from "./responses.js";

/** Why a manifest's Content-Type is wrong, if it is. `value` is the parsed document, when it parsed. */
export function manifestTypeProblem(served: string, value: Record<string, unknown> | undefined): string | undefined {
  const own = value?.["mediaType"];
  if (!MANIFEST_ACCEPT.includes(served)) {
    return `served as ${served ? `"${served}"` : "no Content-Type"}, which is not a manifest or index media type${typeof own === "string" ? ` (the document declares "${own}")` : ""}`;
  }
  if (typeof own === "string" && own !== served) return `served as "${served}" but the document declares "${own}"`;
  // Without its own mediaType, its shape says what it is: an index lists manifests, a manifest has layers.
  if (own === undefined && value !== undefined) {
    const isIndex = Array.isArray(value["manifests"]);
    const isManifest = !isIndex && (Array.isArray(value["layers"]) || value["config"] !== undefined);
    if (isIndex && !INDEX_TYPES.has(served)) return `served as "${served}" but the document is an image index (it lists manifests)`;
    if (isManifest && !MANIFEST_TYPES.has(served)) return `served as "${served}" but the document is an image manifest (it has a config and layers)`;
  }
  return undefined;
}

/** Why Docker-Content-Digest is wrong for a request by digest, if it is. */
export function digestHeaderProblem(headers: Headers, requested: string): string | undefined {
  const named = headers.get("docker-content-digest");
  return named !== null && named !== requested ? `Docker-Content-Digest says ${named}, not the requested ${requested}` : undefined;
}
