#!/usr/bin/env bash
# Regenerates the real image layouts under test/fixtures/ with umoci and skopeo (Debian packages;
# scripts/install-tools.sh installs them). Fixed file contents and timestamps keep the images small
# and stable; the tools' own output (digests, JSON layout) is whatever they write.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
EPOCH=1709287200            # 2024-03-01T10:00:00Z
CREATED=2024-03-01T10:00:00Z

rm -rf "$OUT/layouts" "$OUT/archives"
mkdir -p "$OUT/layouts" "$OUT/archives"

fix_times() { find "$1" -exec touch -h -d "@$EPOCH" {} +; }

# umoci-basic: two gzip layers; the second deletes a file (a whiteout) and replaces a directory's
# contents (an opaque whiteout when umoci emits one).
L=$WORK/umoci-basic
umoci init --layout "$L"
umoci new --image "$L:1.0"
umoci unpack --rootless --image "$L:1.0" "$WORK/b"
R=$WORK/b/rootfs
mkdir -p "$R/app" "$R/etc/app.d" "$R/data"
printf 'hello from ocilint fixtures\n' > "$R/app/hello.txt"
printf 'a=1\n' > "$R/etc/app.d/a.conf"
printf 'b=2\n' > "$R/etc/app.d/b.conf"
printf 'remove me\n' > "$R/data/old.txt"
ln -s hello.txt "$R/app/link.txt"
ln "$R/app/hello.txt" "$R/app/hard.txt"
fix_times "$R"
umoci repack --image "$L:1.0" --history.created "$CREATED" --history.created_by "COPY rootfs /" "$WORK/b"
# A repack diffs against the bundle's original unpack, so unpack again to stack a second layer.
rm -rf "$WORK/b" && umoci unpack --rootless --image "$L:1.0" "$WORK/b"
rm "$R/data/old.txt"
rm -rf "$R/etc/app.d" && mkdir -p "$R/etc/app.d" && printf 'c=3\n' > "$R/etc/app.d/c.conf"
fix_times "$R"
umoci repack --image "$L:1.0" --history.created "$CREATED" --history.created_by "RUN rm data/old.txt" "$WORK/b"
umoci config --image "$L:1.0" --created "$CREATED" --no-history \
  --config.user 1000:1000 --config.entrypoint /app/hello.txt --config.env APP_MODE=fixture --config.workingdir /app \
  --config.label org.opencontainers.image.source=https://example.com/ocilint/fixtures --architecture amd64 --os linux
umoci gc --layout "$L"
cp -r "$L" "$OUT/layouts/umoci-basic"

# skopeo-gzip and skopeo-zstd: the same image copied by skopeo, recompressed.
skopeo copy --quiet "oci:$L:1.0" "oci:$OUT/layouts/skopeo-gzip:1.0"
skopeo copy --quiet --dest-compress-format zstd "oci:$L:1.0" "oci:$OUT/layouts/skopeo-zstd:1.0"

# multi-image: two tagged images for two platforms in one layout.
M=$WORK/multi
umoci init --layout "$M"
umoci new --image "$M:amd64"
umoci unpack --rootless --image "$M:amd64" "$WORK/m"
printf 'amd64 build\n' > "$WORK/m/rootfs/arch.txt"; fix_times "$WORK/m/rootfs"
umoci repack --image "$M:amd64" --history.created "$CREATED" "$WORK/m"
umoci config --image "$M:amd64" --created "$CREATED" --architecture amd64 --os linux --no-history
umoci new --image "$M:arm64"
umoci unpack --rootless --image "$M:arm64" "$WORK/n"
printf 'arm64 build\n' > "$WORK/n/rootfs/arch.txt"; fix_times "$WORK/n/rootfs"
umoci repack --image "$M:arm64" --history.created "$CREATED" "$WORK/n"
umoci config --image "$M:arm64" --created "$CREATED" --architecture arm64 --os linux --no-history
umoci gc --layout "$M"
cp -r "$M" "$OUT/layouts/multi-image"

# nested-index: index.json → an image index blob → the two platform manifests of multi-image.
python3 scripts/fixtures/nest_index.py "$OUT/layouts/multi-image" "$OUT/layouts/nested-index"

# artifact-empty-config: an SBOM-like artifact whose subject is umoci-basic's manifest.
python3 scripts/fixtures/add_artifact.py "$OUT/layouts/umoci-basic" "$OUT/layouts/artifact-empty-config"

# Archives: an oci-archive and a docker-archive of umoci-basic, as skopeo writes them.
skopeo copy --quiet "oci:$L:1.0" "oci-archive:$OUT/archives/oci-archive.tar:example/basic:1.0"
skopeo copy --quiet "oci:$L:1.0" "docker-archive:$OUT/archives/docker-archive.tar:example/basic:1.0"

# Docker v2s2 media types, as a dir: copy (skopeo cannot write v2s2 into an OCI layout).
skopeo copy --quiet --format v2s2 "oci:$L:1.0" "dir:$OUT/docker-dir"

{
  echo "# Test fixtures"
  echo
  echo "Made by \`scripts/make-fixtures.sh\` with $(skopeo --version) and $(umoci --version). Do not edit by hand."
  echo
  echo "| fixture | what it is |"
  echo "|---|---|"
  echo "| layouts/umoci-basic | umoci: one image, two gzip layers (symlink, hard link, a whiteout, a replaced directory), config with user, entrypoint, env, label; ref.name 1.0 |"
  echo "| layouts/skopeo-gzip | skopeo copy of umoci-basic |"
  echo "| layouts/skopeo-zstd | skopeo copy of umoci-basic with zstd layers |"
  echo "| layouts/multi-image | umoci: two images (linux/amd64, linux/arm64) tagged amd64 and arm64 |"
  echo "| layouts/nested-index | multi-image's manifests behind a nested image index (scripts/fixtures/nest_index.py) |"
  echo "| layouts/artifact-empty-config | umoci-basic plus an artifact: empty config, artifactType, one JSON layer, subject = the image (scripts/fixtures/add_artifact.py) |"
  echo "| archives/oci-archive.tar | skopeo oci-archive of umoci-basic |"
  echo "| archives/docker-archive.tar | skopeo docker-archive of umoci-basic |"
  echo "| docker-dir | skopeo dir: copy with --format v2s2 (Docker media types) |"
  echo "| defects/ | one defect per copy, made by scripts/fixtures/make_defects.py from the layouts above |"
} > "$OUT/README.md"

python3 scripts/fixtures/make_defects.py "$OUT"
du -sh "$OUT"

# docker-archive fixtures from the two skopeo archives above: other producers' forms of the image
# (clean-*.tar) and one defect per archive (scripts/fixtures/make_docker_defects.py).
python3 scripts/fixtures/make_docker_defects.py "$OUT"
echo "| docker-defects/ | docker-archives made by scripts/fixtures/make_docker_defects.py from archives/: clean-*.tar are docker save (Engine 25+), containerd and gzip-layer forms of the image; every other .tar holds one defect |" >> "$OUT/README.md"
