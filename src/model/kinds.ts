/** The kinds of JSON document ocilint can check on its own. */
export const DOCUMENT_KINDS = [
  "descriptor",
  "manifest",
  "index",
  "config",
  "layout-header",
  "docker-manifest",
  "docker-manifest-list",
  "docker-config",
  "docker-manifest-schema1",
  "runtime-config",
  "runtime-state",
  "runtime-features",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** How messages name a kind, with its article: "an image index", "a Docker manifest list". */
export const KIND_PHRASE: Record<DocumentKind, string> = {
  descriptor: "a descriptor",
  manifest: "an image manifest",
  index: "an image index",
  config: "an image config",
  "layout-header": "an oci-layout file",
  "docker-manifest": "a Docker image manifest",
  "docker-manifest-list": "a Docker manifest list",
  "docker-config": "a Docker image config",
  "docker-manifest-schema1": "a Docker schema 1 manifest",
  "runtime-config": "an OCI runtime config",
  "runtime-state": "an OCI runtime state",
  "runtime-features": "an OCI runtime features document",
};

/** The runtime-spec documents: config.json, a container's state and a runtime's features. */
export function isRuntimeKind(kind: DocumentKind): boolean {
  return kind === "runtime-config" || kind === "runtime-state" || kind === "runtime-features";
}
