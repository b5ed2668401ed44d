// A registry serves manifests and blobs at different endpoints, and a digest alone does not say which
// it is. The documents already served do: what an index lists and what a subject names are manifests;
// a config and layers are blobs.

import { isObject } from "../../model/index.js";

export type Endpoint = "manifests" | "blobs";

/** Records what the document names in `endpoints` (first word wins); returns the parsed document. */
export function learnEndpoints(bytes: Uint8Array, endpoints: Map<string, Endpoint>): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const note = (descriptor: unknown, endpoint: Endpoint) => {
    if (isObject(descriptor) && typeof descriptor["digest"] === "string" && !endpoints.has(descriptor["digest"])) endpoints.set(descriptor["digest"], endpoint);
  };
  if (Array.isArray(value["manifests"])) for (const entry of value["manifests"]) note(entry, "manifests");
  note(value["config"], "blobs");
  if (Array.isArray(value["layers"])) for (const layer of value["layers"]) note(layer, "blobs");
  note(value["subject"], "manifests");
  return value;
}
