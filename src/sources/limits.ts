// Bounds on every input, so hostile content yields a finding instead of a hang or an OOM.

export interface ContentLimits {
  /** Largest JSON document read (manifest, index, config, oci-layout), in bytes. */
  maxDocumentBytes: number;
  /** Most bytes one layer may decompress to. */
  maxDecompressedBytes: number;
  /** Largest decompressed/compressed ratio before a layer counts as a bomb (checked past 64 MiB). */
  maxRatio: number;
  /** Most entries in one layer's tar. */
  maxTarEntries: number;
  /** Deepest chain of nested indexes and manifests followed from index.json. */
  maxGraphDepth: number;
  /** Most distinct documents (manifests, indexes, configs) read from one layout. */
  maxGraphNodes: number;
}

export const DEFAULT_LIMITS: ContentLimits = {
  maxDocumentBytes: 64 * 1024 * 1024,
  maxDecompressedBytes: 64 * 1024 * 1024 * 1024,
  maxRatio: 1000,
  maxTarEntries: 5_000_000,
  maxGraphDepth: 32,
  maxGraphNodes: 100_000,
};
