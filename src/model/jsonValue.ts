// Narrowing untrusted JSON: rules, the model and the sources all read documents that may not have
// passed their schema.

export type JsonObject = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
