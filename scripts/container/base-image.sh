#!/usr/bin/env bash
# Builds a stand-in for the Dockerfile's base image (node:20-bookworm-slim) where no registry is reachable
# but Debian's mirror is: Debian bookworm (debootstrap, minbase) with this machine's Node.js and npm, and the
# unprivileged `node` user (uid/gid 1000) the official image has, and this machine's certificate authorities
# (a registry reached through a TLS-inspecting proxy is trusted inside as outside). Prints the image's name.
#   scripts/container/base-image.sh [image-name]
set -euo pipefail
image="${1:-pathway-tracker/node-base:bookworm}"
if docker image inspect "$image" > /dev/null 2>&1; then
  echo "$image"
  exit 0
fi
node_bin="$(command -v node)"
npm_dir="$(dirname "$(readlink -f "$(command -v npm)")")/.."
case "$(node --version)" in v20.*) ;; *) echo "base-image: Node.js 20 expected, found $(node --version)" >&2; exit 1 ;; esac

rootfs="$(mktemp -d)"
trap 'rm -rf "$rootfs"' EXIT
debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian > "$rootfs.log" 2>&1 || { tail -20 "$rootfs.log" >&2; exit 1; }
rm -f "$rootfs.log"
# The official image's layout: node on the PATH, npm and npx beside it.
install -m 0755 "$node_bin" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules"
cp -a "$(readlink -f "$npm_dir")" "$rootfs/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ca_bundle="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
mkdir -p "$rootfs/etc/ssl/certs"
[ -f "$ca_bundle" ] && cp "$ca_bundle" "$rootfs/etc/ssl/certs/ca-certificates.crt"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
tar -C "$rootfs" -c . | docker import \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt npm_config_cafile=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$image" > /dev/null
echo "$image"
