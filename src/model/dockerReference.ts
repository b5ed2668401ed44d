// Docker image references ("example/app:1.0", "registry.example.com:5000/team/app:v2"), as `docker
// load` reads a docker-archive's RepoTags: the grammar of distribution/reference, Docker's
// normalisation (docker.io and library/ are implied), and a tag is required.

import { MAX_REFERENCE_NAME, REFERENCE_DOMAIN, REFERENCE_PATH, REFERENCE_TAG, normaliseDockerHub, splitReference } from "./referenceGrammar.js";

const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IMAGE_ID = /^[a-f0-9]{64}$/;

export type TaggedReference =
  | { ok: true; /** Fully qualified, e.g. `docker.io/library/busybox:latest`: two spellings of one tag compare equal. */ normalised: string }
  | { ok: false; message: string };

/** Parses a reference that must name a repository and a tag, the way `docker load` parses RepoTags. */
export function parseTaggedReference(text: string): TaggedReference {
  if (IMAGE_ID.test(text)) return { ok: false, message: "is a 64-character hex ID, not a repository name" };
  const { name, tag, digest } = splitReference(text);
  if (digest !== undefined && !DIGEST.test(digest)) return { ok: false, message: "has a malformed digest after @" };
  if (tag === undefined) return { ok: false, message: "has no tag (docker load needs name:tag)" };
  if (!REFERENCE_TAG.test(tag)) return { ok: false, message: `has an invalid tag "${tag}" (letters, digits, _ . - up to 128 characters, not starting with . or -)` };
  const qualified = qualify(name);
  if (qualified === undefined) return { ok: false, message: "has an empty repository name" };
  if (qualified.remainder !== qualified.remainder.toLowerCase()) return { ok: false, message: `has an uppercase repository name "${qualified.remainder}"` };
  const full = `${qualified.domain}/${qualified.remainder}`;
  if (!REFERENCE_DOMAIN.test(qualified.domain) || !REFERENCE_PATH.test(qualified.remainder)) return { ok: false, message: "does not follow the reference grammar (lowercase path components of letters and digits joined by . _ __ or -, separated by /)" };
  if (full.length > MAX_REFERENCE_NAME) return { ok: false, message: `has a name longer than ${MAX_REFERENCE_NAME} characters` };
  return { ok: true, normalised: `${full}:${tag}` };
}

/** Docker's rule: the first component is a registry only when it has a "." or ":", is localhost, or has uppercase letters. */
function qualify(name: string): { domain: string; remainder: string } | undefined {
  if (name === "") return undefined;
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const isDomain = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase());
  const { domain, repository } = normaliseDockerHub(isDomain ? first : "docker.io", isDomain ? name.slice(slash + 1) : name);
  return { domain, remainder: repository };
}
