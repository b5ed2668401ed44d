// Which kind of OCI document is this? Its own mediaType decides when it has one; otherwise its shape.

import { DOCKER, OCI, type DocumentKind } from "../model/index.js";

const BY_MEDIA_TYPE: Readonly<Record<string, DocumentKind>> = {
  [OCI.manifest]: "manifest",
  [OCI.index]: "index",
  [DOCKER.manifest]: "docker-manifest",
  [DOCKER.manifestList]: "docker-manifest-list",
  [DOCKER.manifestV1]: "docker-manifest-schema1",
  [DOCKER.manifestV1Signed]: "docker-manifest-schema1",
};

/** Kind of a document fetched through a descriptor whose mediaType is `mediaType`. */
export function kindForMediaType(mediaType: string): DocumentKind | undefined {
  if (mediaType === OCI.config) return "config";
  if (mediaType === DOCKER.config) return "docker-config";
  if (mediaType === OCI.layoutHeader) return "layout-header";
  return BY_MEDIA_TYPE[mediaType];
}

export function detectKind(value: unknown): DocumentKind | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const doc = value as Record<string, unknown>;
  const mediaType = doc["mediaType"];
  // A descriptor's mediaType names its target, so only manifest-like types identify the document itself.
  if (typeof mediaType === "string" && BY_MEDIA_TYPE[mediaType] && "schemaVersion" in doc) return BY_MEDIA_TYPE[mediaType];
  // Schema 1 manifests carry no mediaType; schemaVersion 1 without the OCI fields marks them.
  if (doc["schemaVersion"] === 1 && !("config" in doc || "layers" in doc || "manifests" in doc)) return "docker-manifest-schema1";
  const runtime = detectRuntimeKind(doc);
  if (runtime) return runtime;
  if ("imageLayoutVersion" in doc) return "layout-header";
  if ("manifests" in doc && !("layers" in doc)) return "index";
  if ("layers" in doc || ("config" in doc && "schemaVersion" in doc)) return "manifest";
  if ("rootfs" in doc || ("architecture" in doc && "os" in doc && !("digest" in doc))) {
    return "container_config" in doc || "docker_version" in doc ? "docker-config" : "config";
  }
  if ("digest" in doc && ("mediaType" in doc || "size" in doc)) return "descriptor";
  return undefined;
}

// runtime-spec documents carry no mediaType; their version fields and sections tell them apart.
const RUNTIME_CONFIG_KEYS = ["process", "root", "mounts", "hooks", "linux", "windows", "solaris", "vm", "zos", "freebsd"];

function detectRuntimeKind(doc: Record<string, unknown>): DocumentKind | undefined {
  if ("ociVersionMin" in doc || "ociVersionMax" in doc) return "runtime-features";
  if (!("ociVersion" in doc)) return undefined;
  if ("id" in doc && "status" in doc && ("pid" in doc || "bundle" in doc)) return "runtime-state";
  return RUNTIME_CONFIG_KEYS.some((key) => key in doc) ? "runtime-config" : undefined;
}
