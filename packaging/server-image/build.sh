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
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/rootfs.sh
source "$recipe_dir/../../scripts/lib/rootfs.sh"

usage() { sed -n '5,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

force=false
positional=()
while (($#)); do
  case $1 in
    --force) force=true ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; bc_die "unknown option $1" ;;
    *) positional+=("$1") ;;
  esac
  shift
done
((${#positional[@]} >= 1 && ${#positional[@]} <= 2)) || { usage >&2; bc_die "give the buttcloudd binary"; }
server_bin=$(realpath "${positional[0]}") || bc_die "no such file: ${positional[0]}"
[[ -x $server_bin ]] || bc_die "$server_bin is not an executable"
build_dir=$(realpath -m "${positional[1]:-${BUTTCLOUD_STATE_DIR:-/var/lib/buttcloud-dev}/server-image}")
case $build_dir in
  "$recipe_dir"|"$recipe_dir"/*) bc_die "the build directory must lie outside $recipe_dir" ;;
esac

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

recipe_sum=$( { (cd "$recipe_dir" && sha256sum Dockerfile build.sh); sha256sum "$server_bin" "${plugins[@]}" "$recipe_dir/../../scripts/lib/rootfs.sh"; } | sha256sum | cut -d' ' -f1)

mkdir -p "$build_dir"
exec 9>"$build_dir/.lock"
flock 9
if [[ $force == false ]] && bc_image_is_current "$image" "$recipe_sum"; then
  bc_log "$image is up to date"
  exit 0
fi

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
bc_rootfs_copy_libraries "$rootfs" "$server_bin" "${plugins[@]}"
printf 'root:x:0:0:root:/var/lib/buttcloud:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

bc_image_build_replacing "$image" "$recipe_sum" "$context" "$log" --build-arg "BUTTCLOUD_VERSION=$version"
