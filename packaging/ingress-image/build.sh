#!/usr/bin/env bash
# Builds the ButtCloud hub ingress image buttcloud/ingress:<tag> from Debian's nginx package and the
# host's shared libraries, with no registry and no base image. The tag is the file `version`: the
# nginx version, a hyphen and the recipe's revision (raise it whenever the recipe changes).
#
# usage: build.sh [--force] [BUILD_DIR]
#   BUILD_DIR  where the packages are unpacked and the docker build context is assembled, outside the
#              source tree (default $BUTTCLOUD_STATE_DIR/ingress-image, that is
#              /var/lib/buttcloud-dev/ingress-image)
#   --force    rebuild even when the image is up to date
#
# Quick when nothing changed: the image carries the checksum of its recipe (these files and the nginx
# packages) in the label buttcloud.recipe.sha256, and a matching image is kept as it is. The packages
# are fetched with `apt-get download` (Debian's archive is the one source reached) only when the
# candidate version changed.
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC_NAME=ingress-image
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$recipe_dir/../../scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/imagebuild.sh
source "$recipe_dir/../../scripts/lib/imagebuild.sh"

usage() { sed -n '6,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

read_image_build_arguments ingress-image "$@"

for tool in apt-get apt-cache dpkg-deb ldd sha256sum flock; do
  command -v "$tool" >/dev/null || bc_die "$tool is missing"
done

tag=$(head -n1 "$recipe_dir/version")
[[ $tag =~ ^([0-9]+\.[0-9]+\.[0-9]+)-[0-9]+$ ]] || bc_die "version must be <nginx version>-<revision>, found '$tag'"
nginx_version=${BASH_REMATCH[1]}
image=buttcloud/ingress:$tag

lock_build_dir

# Debian's candidate nginx must be the upstream version the tag names.
candidate=$(apt-cache policy nginx | awk '/Candidate:/ {print $2}')
# A machine whose package lists were never fetched knows no candidate: fetch them once.
if [[ -z $candidate || $candidate == '(none)' ]] && [[ $(id -u) == 0 ]]; then
  apt-get update -qq
  candidate=$(apt-cache policy nginx | awk '/Candidate:/ {print $2}')
fi
[[ $candidate == "$nginx_version"-* ]] \
  || bc_die "Debian's nginx is '${candidate:-none}', the tag wants $nginx_version (apt-get update, or change version)"
debs_dir=$build_dir/debs/$candidate
if [[ ! -f $debs_dir/.complete ]]; then
  rm -rf "$debs_dir"
  mkdir -p "$debs_dir"
  (cd "$debs_dir" && apt-get download -q "nginx=$candidate" "nginx-common=$candidate" >/dev/null 2>&1) \
    || bc_die "apt-get download of nginx $candidate failed"
  touch "$debs_dir/.complete"
fi

recipe_files=(Dockerfile nginx.conf candidate.conf common.conf sites/live/sites.conf version build.sh ../../scripts/lib/imagebuild.sh)
recipe_sum=$( { (cd "$recipe_dir" && sha256sum "${recipe_files[@]}"); (cd "$debs_dir" && sha256sum ./*.deb); } | sha256sum | cut -d' ' -f1)

exit_if_image_current "$image" "$recipe_sum"

log=$build_dir/build.log
: >"$log"

unpacked=$build_dir/unpacked
rm -rf "$unpacked"
for deb in "$debs_dir"/*.deb; do
  dpkg-deb -x "$deb" "$unpacked"
done

context=$build_dir/context
rootfs=$context/rootfs
rm -rf "$context"
mkdir -p "$rootfs"/{usr/sbin,etc/nginx,var/log/nginx} "$context/sites"
install -d -m 1777 "$rootfs/tmp"
cp "$unpacked/usr/sbin/nginx" "$rootfs/usr/sbin/nginx"
cp "$unpacked/etc/nginx/mime.types" "$recipe_dir"/{nginx.conf,candidate.conf,common.conf} "$rootfs/etc/nginx/"
copy_shared_libraries "$rootfs" "$rootfs/usr/sbin/nginx"
# nginx opens its compiled-in error log before reading -e; a writable directory keeps that quiet.
chown 101:101 "$rootfs/var/log/nginx"
cp -r "$recipe_dir/sites/." "$context/sites/"
mkdir -p "$context/sites/candidate"

# A fixed non-root uid (Debian's own for nginx), so the files buttcloudd uploads keep their owner.
printf 'root:x:0:0:root:/root:/sbin/nologin\nnginx:x:101:101:nginx:/nonexistent:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnginx:x:101:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

# The image this one replaces is left untagged: build_image removes it unless a container uses it.
build_image "$image" "$recipe_sum" "$context" "$log" --build-arg "NGINX_VERSION=$candidate" --build-arg "IMAGE_VERSION=$tag"
