// Docker image references ("example/app:1.0", "registry.example.com:5000/team/app:v2"), as `docker
// load` reads a docker-archive's RepoTags: the grammar of distribution/reference, Docker's
// normalisation (docker.io and library/ are implied), and a tag is required.

const PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const NAME = new RegExp(`^${DOMAIN}/${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** distribution/reference limits a name (domain and path) to 255 characters. */
const MAX_NAME = 255;

export type TaggedReference =
  | { ok: true; /** Fully qualified, e.g. `docker.io/library/busybox:latest`: two spellings of one tag compare equal. */ normalised: string }
  | { ok: false; message: string };

/** Parses a reference that must name a repository and a tag, the way `docker load` parses RepoTags. */
export function parseTaggedReference(text: string): TaggedReference {
  if (IMAGE_ID.test(text)) return { ok: false, message: "is a 64-character hex ID, not a repository name" };
  const at = text.indexOf("@");
  const withoutDigest = at < 0 ? text : text.slice(0, at);
  if (at >= 0 && !DIGEST.test(text.slice(at + 1))) return { ok: false, message: "has a malformed digest after @" };
  // A colon after the last slash starts the tag; one before it belongs to a registry port.
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > withoutDigest.lastIndexOf("/");
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined;
  if (tag === undefined) return { ok: false, message: "has no tag (docker load needs name:tag)" };
  if (!TAG.test(tag)) return { ok: false, message: `has an invalid tag "${tag}" (letters, digits, _ . - up to 128 characters, not starting with . or -)` };
  const qualified = qualify(name);
  if (qualified === undefined) return { ok: false, message: "has an empty repository name" };
  if (qualified.remainder !== qualified.remainder.toLowerCase()) return { ok: false, message: `has an uppercase repository name "${qualified.remainder}"` };
  const full = `${qualified.domain}/${qualified.remainder}`;
  if (!NAME.test(full)) return { ok: false, message: "does not follow the reference grammar (lowercase path components of letters and digits joined by . _ __ or -, separated by /)" };
  if (full.length > MAX_NAME) return { ok: false, message: `has a name longer than ${MAX_NAME} characters` };
  return { ok: true, normalised: `${full}:${tag}` };
}

/** Docker's rule: the first component is a registry only when it has a "." or ":", is localhost, or has uppercase letters. */
function qualify(name: string): { domain: string; remainder: string } | undefined {
  if (name === "") return undefined;
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const isDomain = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase());
  let domain = isDomain ? first : "docker.io";
  let remainder = isDomain ? name.slice(slash + 1) : name;
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  return { domain, remainder };
}
