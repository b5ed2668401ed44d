// Media types from image-spec media-types.md and the Docker formats that registries still serve.

export const OCI = {
  descriptor: "application/vnd.oci.descriptor.v1+json",
  layoutHeader: "application/vnd.oci.layout.header.v1+json",
  index: "application/vnd.oci.image.index.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  config: "application/vnd.oci.image.config.v1+json",
  layerTar: "application/vnd.oci.image.layer.v1.tar",
  layerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  layerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  empty: "application/vnd.oci.empty.v1+json",
  // Deprecated: producers SHOULD NOT create new nondistributable layers.
  layerNondistributableTar: "application/vnd.oci.image.layer.nondistributable.v1.tar",
  layerNondistributableGzip: "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
  layerNondistributableZstd: "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
} as const;

export const DOCKER = {
  manifest: "application/vnd.docker.distribution.manifest.v2+json",
  manifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  manifestV1: "application/vnd.docker.distribution.manifest.v1+json",
  manifestV1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
  config: "application/vnd.docker.container.image.v1+json",
  layerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  layerTar: "application/vnd.docker.image.rootfs.diff.tar",
  layerZstd: "application/vnd.docker.image.rootfs.diff.tar.zstd",
  foreignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
  foreignLayerTar: "application/vnd.docker.image.rootfs.foreign.diff.tar",
  pluginConfig: "application/vnd.docker.plugin.v1+json",
} as const;

/** The empty descriptor's fixed content: the two bytes `{}`. */
export const EMPTY_BLOB = {
  mediaType: OCI.empty,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
  data: "e30=",
} as const;

export const OCI_LAYER_TYPES: ReadonlySet<string> = new Set([
  OCI.layerTar, OCI.layerGzip, OCI.layerZstd,
  OCI.layerNondistributableTar, OCI.layerNondistributableGzip, OCI.layerNondistributableZstd,
]);

export const NONDISTRIBUTABLE_LAYER_TYPES: ReadonlySet<string> = new Set([
  OCI.layerNondistributableTar, OCI.layerNondistributableGzip, OCI.layerNondistributableZstd,
  DOCKER.foreignLayerGzip, DOCKER.foreignLayerTar,
]);

export const DOCKER_LAYER_TYPES: ReadonlySet<string> = new Set([
  DOCKER.layerGzip, DOCKER.layerTar, DOCKER.layerZstd, DOCKER.foreignLayerGzip, DOCKER.foreignLayerTar,
]);

export const MANIFEST_TYPES: ReadonlySet<string> = new Set([OCI.manifest, DOCKER.manifest]);
export const INDEX_TYPES: ReadonlySet<string> = new Set([OCI.index, DOCKER.manifestList]);
export const IMAGE_CONFIG_TYPES: ReadonlySet<string> = new Set([OCI.config, DOCKER.config]);

/** Layer media types whose payload is a tar stream, and how it is compressed. */
export function layerCompression(mediaType: string): "none" | "gzip" | "zstd" | undefined {
  switch (mediaType) {
    case OCI.layerTar: case OCI.layerNondistributableTar: case DOCKER.layerTar: case DOCKER.foreignLayerTar:
      return "none";
    case OCI.layerGzip: case OCI.layerNondistributableGzip: case DOCKER.layerGzip: case DOCKER.foreignLayerGzip:
      return "gzip";
    case OCI.layerZstd: case OCI.layerNondistributableZstd: case DOCKER.layerZstd:
      return "zstd";
    default:
      return undefined;
  }
}

export function isDockerMediaType(mediaType: string): boolean {
  return mediaType.startsWith("application/vnd.docker.");
}
