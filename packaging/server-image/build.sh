#!/usr/bin/env bash
# Builds the ButtCloud server image buttcloud/server:<version> from a built buttcloudd and this
# machine's libraries, with no registry and no base image. The version is the binary's own.
#
# usage: build.sh [--force] BUTTCLOUDD [BUILD_DIR]
#   BUTTCLOUDD  the buttcloudd binary to put in the image (e.g. build/app/server/buttcloudd)
#   BUILD_DIR   where the docker build context is assembled, outside the source tree
#               (default $BUTTCLOUD_STATE_DIR/server-image, that is /var/lib/buttcloud-dev/server-image)
#   --force     rebuild even when the image is up to date
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC_NAME=server-image
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$recipe_dir/../../scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/imagebuild.sh
source "$recipe_dir/../../scripts/lib/imagebuild.sh"

usage() { sed -n '5,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

# The binary first, then what every image build takes ([--force] [BUILD_DIR], in any order).
server_bin=
rest=()
for argument in "$@"; do
  if [[ -z $server_bin && $argument != -* ]]; then server_bin=$argument; else rest+=("$argument"); fi
done
[[ -n $server_bin ]] || { usage >&2; bc_die "give the buttcloudd binary"; }
read_image_build_arguments server-image "${rest[@]}"
server_bin=$(realpath "$server_bin") || bc_die "no such file: $server_bin"
[[ -x $server_bin ]] || bc_die "$server_bin is not an executable"

version=$(QT_QPA_PLATFORM=offscreen "$server_bin" --version | awk 'NR == 1 {print $2}')
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || bc_die "$server_bin --version gave no version"
image=buttcloud/server:$version

qt_plugins=$(dirname "$(dirname "$(find /usr/lib -path '*/qt6/plugins/sqldrivers/libqsqlite.so' -print -quit)")")
[[ -d $qt_plugins ]] || bc_die "Qt's plugin directory was not found (qt6-base's SQLite driver is missing)"
plugins=("$qt_plugins/sqldrivers/libqsqlite.so" "$qt_plugins/sqldrivers/libqsqlpsql.so" "$qt_plugins/tls/libqopensslbackend.so")
for plugin in "${plugins[@]}"; do
  [[ -f $plugin ]] || bc_die "$plugin is missing (run scripts/lib/install-deps.sh)"
done
ca_bundle=/etc/ssl/certs/ca-certificates.crt
[[ -f $ca_bundle ]] || bc_die "$ca_bundle is missing (apt install ca-certificates)"

recipe_sum=$( { (cd "$recipe_dir" && sha256sum Dockerfile build.sh); sha256sum "$server_bin" "${plugins[@]}" "$recipe_dir/../../scripts/lib/imagebuild.sh"; } | sha256sum | cut -d' ' -f1)

lock_build_dir
exit_if_image_current "$image" "$recipe_sum"

log=$build_dir/build.log
: >"$log"
context=$build_dir/context
rootfs=$context/rootfs
rm -rf "$context"
mkdir -p "$rootfs"/{usr/bin,etc/ssl/certs}
install -d -m 0700 "$rootfs/var/lib/buttcloud"
install -d -m 1777 "$rootfs/tmp"
strip -o "$rootfs/usr/bin/buttcloudd" "$server_bin"
for plugin in "${plugins[@]}"; do
  install -D -m 0644 "$plugin" "$rootfs$plugin"
done
cp "$ca_bundle" "$rootfs$ca_bundle"
copy_shared_libraries "$rootfs" "$server_bin" "${plugins[@]}"
printf 'root:x:0:0:root:/var/lib/buttcloud:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

build_image "$image" "$recipe_sum" "$context" "$log" --build-arg "BUTTCLOUD_VERSION=$version"
