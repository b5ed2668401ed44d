// The image-reference grammar of distribution/reference, shared by the two readers of references:
// a docker-archive's RepoTags (src/model/dockerReference.ts) and registry targets
// (src/sources/registry/reference.ts). Each adds its own rule for when the first component is a registry.

const PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;

/** host[:port] */
export const REFERENCE_DOMAIN = new RegExp(`^${HOST}(?::[0-9]+)?$`);
/** Lowercase path components joined by / */
export const REFERENCE_PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
export const REFERENCE_TAG = /^[\w][\w.-]{0,127}$/;
/** distribution/reference limits a name (domain and path) to 255 characters. */
export const MAX_REFERENCE_NAME = 255;

/** `name[:tag][@digest]` split apart: a colon after the last slash starts the tag, one before it is a port. */
export function splitReference(text: string): { name: string; tag?: string; digest?: string } {
  const at = text.indexOf("@");
  const beforeDigest = at < 0 ? text : text.slice(0, at);
  const colon = beforeDigest.lastIndexOf(":");
  const hasTag = colon > beforeDigest.lastIndexOf("/");
  return {
    name: hasTag ? beforeDigest.slice(0, colon) : beforeDigest,
    ...(hasTag ? { tag: beforeDigest.slice(colon + 1) } : {}),
    ...(at >= 0 ? { digest: text.slice(at + 1) } : {}),
  };
}

/** Docker Hub's spellings: index.docker.io is docker.io, and a one-component name there lives in library/. */
export function normaliseDockerHub(domain: string, repository: string): { domain: string; repository: string } {
  const d = domain === "index.docker.io" ? "docker.io" : domain;
  return { domain: d, repository: d === "docker.io" && !repository.includes("/") ? `library/${repository}` : repository };
}
