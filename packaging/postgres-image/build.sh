#!/usr/bin/env bash
# Builds buttcloud/postgres:<major> from this machine's Debian PostgreSQL, with no registry and no
# base image (the stack file in packaging/stack runs it beside the server).
#
# usage: build.sh [--force] [BUILD_DIR]
#   BUILD_DIR  where the docker build context is assembled, outside the source tree
#              (default $BUTTCLOUD_STATE_DIR/postgres-image, that is /var/lib/buttcloud-dev/postgres-image)
#   --force    rebuild even when the image is up to date
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC_NAME=postgres-image
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$recipe_dir/../../scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/imagebuild.sh
source "$recipe_dir/../../scripts/lib/imagebuild.sh"

usage() { sed -n '5,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

read_image_build_arguments postgres-image "$@"

pg_bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d | sort -V | tail -n 1)
[[ -x $pg_bin/postgres ]] || bc_die "PostgreSQL is not installed (run scripts/lib/install-deps.sh)"
pg_home=$(dirname "$pg_bin")
major=$(basename "$pg_home")
image=buttcloud/postgres:$major
programs=(postgres initdb pg_isready)
dash_bin=$(readlink -f /bin/sh)

recipe_sum=$( { (cd "$recipe_dir" && sha256sum Dockerfile entrypoint.sh build.sh);
                sha256sum "${programs[@]/#/$pg_bin/}" "$dash_bin" "$recipe_dir/../../scripts/lib/imagebuild.sh"; } | sha256sum | cut -d' ' -f1)

lock_build_dir
exit_if_image_current "$image" "$recipe_sum"

log=$build_dir/build.log
: >"$log"
context=$build_dir/context
rootfs=$context/rootfs
rm -rf "$context"
# Debian's paths kept as they are: initdb finds postgres beside itself and the share and module
# directories relative to its own.
mkdir -p "$rootfs"/{bin,etc,usr/share/postgresql} "$rootfs$pg_bin" "$rootfs$pg_home/lib" "$context/data/data"
install -d -m 1777 "$rootfs/tmp" "$rootfs/var/run/postgresql"
for program in "${programs[@]}"; do
  cp "$pg_bin/$program" "$rootfs$pg_bin/"
done
cp "$dash_bin" "$rootfs/bin/sh"
# Loadable modules, without the JIT (it pulls in LLVM; the entrypoint turns jit off).
find "$pg_home/lib" -maxdepth 1 -name '*.so' ! -name 'llvmjit*' -exec cp {} "$rootfs$pg_home/lib/" \;
cp -r "/usr/share/postgresql/$major" "$rootfs/usr/share/postgresql/"
cp -r /usr/share/zoneinfo "$rootfs/usr/share/zoneinfo"
cp "$recipe_dir/entrypoint.sh" "$rootfs/usr/lib/postgresql/entrypoint.sh"
mapfile -t modules < <(find "$rootfs$pg_home/lib" -name '*.so')
copy_shared_libraries "$rootfs" "${programs[@]/#/$pg_bin/}" "$dash_bin" "${modules[@]}"
printf 'root:x:0:0:root:/root:/sbin/nologin\npostgres:x:999:999:PostgreSQL:/var/lib/postgresql:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\npostgres:x:999:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

build_image "$image" "$recipe_sum" "$context" "$log" --build-arg "POSTGRES_VERSION=$major"
