#!/usr/bin/env bash
# Installs the Debian tools the tests drive for real, only when missing: skopeo and umoci (make real
# images and layouts), docker-registry (a real registry), pre-commit (runs our hook), runc (runtime
# specs), zstd (compresses fixtures), strace and GNU time (the hostile-input tests watch every file
# ocilint opens and its peak memory), tar and mkfifo (coreutils). Idempotent; apt-get update runs at most once.
set -euo pipefail

declare -A PACKAGE_FOR=( [openssl]=openssl [skopeo]=skopeo [umoci]=umoci [docker-registry]=docker-registry [pre-commit]=pre-commit [runc]=runc [zstd]=zstd [strace]=strace [/usr/bin/time]=time [tar]=tar [git]=git )
missing=()
for command in "${!PACKAGE_FOR[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${PACKAGE_FOR[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo="sudo" || { echo "install-tools: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-tools: installed ${missing[*]}"
