// TypeScript shapes of the image-spec v1.1 documents. Inputs are untrusted JSON, so the engine treats
// them as `unknown` until the schema has run; these types describe what a valid document looks like.

export type Annotations = Record<string, string>;

export interface Platform {
  architecture: string;
  os: string;
  "os.version"?: string;
  "os.features"?: string[];
  variant?: string;
  /** Reserved by image-spec; used by Docker manifest lists for CPU features. */
  features?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Annotations;
  /** Base64 of the referenced content, embedded. */
  data?: string;
  artifactType?: string;
  platform?: Platform;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Annotations;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Annotations;
}

export interface HistoryEntry {
  created?: string | null;
  author?: string | null;
  created_by?: string | null;
  comment?: string | null;
  empty_layer?: boolean | null;
}

export interface ContainerConfig {
  User?: string | null;
  ExposedPorts?: Record<string, Record<string, never>> | null;
  Env?: string[] | null;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, Record<string, never>> | null;
  WorkingDir?: string | null;
  Labels?: Record<string, string> | null;
  StopSignal?: string | null;
  /** Deprecated. */
  ArgsEscaped?: boolean | null;
}

export interface ImageConfig {
  created?: string | null;
  author?: string | null;
  architecture: string;
  os: string;
  "os.version"?: string | null;
  "os.features"?: string[] | null;
  variant?: string | null;
  config?: ContainerConfig | null;
  rootfs: { type: "layers"; diff_ids: string[] };
  history?: HistoryEntry[] | null;
}

export interface LayoutHeader {
  imageLayoutVersion: string;
}

/** Docker Image Manifest V2, Schema 2. */
export interface DockerManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface DockerManifestList {
  schemaVersion: 2;
  mediaType: string;
  manifests: (Descriptor & { platform: Platform })[];
}
