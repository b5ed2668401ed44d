// Realistic valid Docker documents, written from distribution's manifest-v2-1.md and manifest-v2-2.md,
// that rule cases edit one defect into.

export const CONFIG_DIGEST = "sha256:b79606fb3afea5bd1609ed40b622142f1c98125abcfe89a76a661b0e8e343910";
export const LAYER_1 = "sha256:77ea7eee3d80b1a38f83906dd3048e2689457eb90e18a7d12f839c5ae37106a2";
export const LAYER_2 = "sha256:95cf1a2e1698fe3ca1fcc3f653119146b271d0b62e487ec264441e886a11bd06";
export const FOREIGN = "sha256:656771905e1ef731f65cd0a0d9fb061238380a1a012e6abdf846ecc7d2ea36fd";

export const DOCKER_MANIFEST = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
  "config": {
    "mediaType": "application/vnd.docker.container.image.v1+json",
    "size": 7023,
    "digest": "${CONFIG_DIGEST}"
  },
  "layers": [
    {
      "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
      "size": 32654,
      "digest": "${LAYER_1}"
    },
    {
      "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
      "size": 16724,
      "digest": "${LAYER_2}"
    }
  ]
}
`;

/** A Windows image as registries served them before 2023: its base layer is foreign, fetched from its URL. */
export const WINDOWS_MANIFEST = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
  "config": {
    "mediaType": "application/vnd.docker.container.image.v1+json",
    "size": 1862,
    "digest": "${CONFIG_DIGEST}"
  },
  "layers": [
    {
      "mediaType": "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
      "size": 1069668398,
      "digest": "${FOREIGN}",
      "urls": [
        "https://mcr.microsoft.com/v2/windows/servercore/blobs/${FOREIGN}"
      ]
    },
    {
      "mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
      "size": 16724,
      "digest": "${LAYER_2}"
    }
  ]
}
`;

/** A schema 1 manifest as registries served it: top layer first, one v1 history entry per layer. */
export const SCHEMA1_MANIFEST = `{
  "schemaVersion": 1,
  "name": "library/hello-world",
  "tag": "latest",
  "architecture": "amd64",
  "fsLayers": [
    { "blobSum": "${LAYER_2}" },
    { "blobSum": "${LAYER_1}" }
  ],
  "history": [
    { "v1Compatibility": "{\\"id\\":\\"e45a5af57b00862e5ef5782a9925979a02ba2b12dff832fd0991335f4a11e5c5\\",\\"parent\\":\\"31cbccb51277105ba3ae35ce33c22b69c9e3f1002e76e4c736a2e8ebff9d7b5d\\",\\"architecture\\":\\"amd64\\",\\"os\\":\\"linux\\"}" },
    { "v1Compatibility": "{\\"id\\":\\"31cbccb51277105ba3ae35ce33c22b69c9e3f1002e76e4c736a2e8ebff9d7b5d\\",\\"architecture\\":\\"amd64\\",\\"os\\":\\"linux\\"}" }
  ]
}
`;

export const DOCKER_CONFIG = `{
  "architecture": "amd64",
  "os": "linux",
  "created": "2024-03-01T10:00:00Z",
  "docker_version": "24.0.7",
  "config": {
    "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
    "Cmd": ["/app/server"],
    "Healthcheck": {
      "Test": ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"],
      "Interval": 30000000000,
      "Timeout": 5000000000,
      "Retries": 3
    }
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": ["${LAYER_1}", "${LAYER_2}"]
  }
}
`;

export const LIST_AMD64 = "sha256:91a15eb56f494814ca5a8b9abd60dbad4bb59ee6613c2dc14cdcdcbdd005b68f";
export const LIST_ARM64 = "sha256:ca1d602ebcebefb80008811d41f1dbd6f6663c82b120da634905ee93f7f378e2";

/** A manifest list as distribution's example writes it, CPU features included (valid in Docker). */
export const DOCKER_LIST = `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json",
  "manifests": [
    {
      "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
      "digest": "${LIST_AMD64}",
      "size": 7143,
      "platform": {
        "architecture": "amd64",
        "os": "linux",
        "features": ["sse4"]
      }
    },
    {
      "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
      "digest": "${LIST_ARM64}",
      "size": 7682,
      "platform": {
        "architecture": "arm64",
        "os": "linux",
        "variant": "v8"
      }
    }
  ]
}
`;
