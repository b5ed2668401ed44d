// Realistic valid documents, written from the image-spec's descriptions, that cases edit one defect into.

export const SHA_A = "sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b";
export const SHA_B = "sha256:9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0";
export const SHA_C = "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
export const EMPTY = "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

export const MANIFEST = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "config": {
    "mediaType": "application/vnd.oci.image.config.v1+json",
    "digest": "${SHA_A}",
    "size": 7023
  },
  "layers": [
    {
      "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
      "digest": "${SHA_B}",
      "size": 32654
    },
    {
      "mediaType": "application/vnd.oci.image.layer.v1.tar+zstd",
      "digest": "${SHA_C}",
      "size": 16724
    }
  ],
  "annotations": {
    "org.opencontainers.image.created": "2024-03-01T10:00:00Z",
    "org.opencontainers.image.source": "https://github.com/example/app",
    "com.example.key1": "value1"
  }
}
`;

export const ARTIFACT = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "artifactType": "application/vnd.example.sbom.v1+json",
  "config": {
    "mediaType": "application/vnd.oci.empty.v1+json",
    "digest": "${EMPTY}",
    "size": 2,
    "data": "e30="
  },
  "layers": [
    {
      "mediaType": "application/vnd.example.sbom.v1+json",
      "digest": "${SHA_B}",
      "size": 1234
    }
  ],
  "subject": {
    "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "digest": "${SHA_C}",
    "size": 1024
  }
}
`;

export const INDEX = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.index.v1+json",
  "manifests": [
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "${SHA_A}",
      "size": 7143,
      "platform": {
        "architecture": "amd64",
        "os": "linux"
      }
    },
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "digest": "${SHA_B}",
      "size": 7682,
      "platform": {
        "architecture": "arm64",
        "os": "linux",
        "variant": "v8"
      }
    },
    {
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "artifactType": "application/vnd.example.signature.v1",
      "digest": "${SHA_C}",
      "size": 530
    }
  ],
  "annotations": {
    "com.example.key1": "value1"
  }
}
`;

export const CONFIG = `{
  "created": "2024-03-01T10:00:00Z",
  "author": "Example Builders <builders@example.com>",
  "architecture": "amd64",
  "os": "linux",
  "config": {
    "User": "app:app",
    "ExposedPorts": {
      "8080/tcp": {}
    },
    "Env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    ],
    "Entrypoint": ["/app/server"],
    "Cmd": ["--port", "8080"],
    "WorkingDir": "/app",
    "Labels": {
      "com.example.team": "platform"
    },
    "StopSignal": "SIGTERM"
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": [
      "${SHA_A}",
      "${SHA_B}"
    ]
  },
  "history": [
    { "created": "2024-03-01T09:00:00Z", "created_by": "ADD rootfs.tar /" },
    { "created": "2024-03-01T09:30:00Z", "created_by": "ENV PATH", "empty_layer": true },
    { "created": "2024-03-01T10:00:00Z", "created_by": "COPY server /app/server" }
  ]
}
`;

export const DESCRIPTOR = `{
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "digest": "${SHA_A}",
  "size": 7682,
  "urls": [
    "https://example.com/example-manifest"
  ]
}
`;

export const LAYOUT_HEADER = `{
  "imageLayoutVersion": "1.0.0"
}
`;
