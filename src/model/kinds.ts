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
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
