#!/usr/bin/env bash
# Builds the ButtCloud pub image buttcloud/pub:<tag> from npm's ssb-server, ssb-viewer and git-ssb-web
# and the host's node, with no registry and no base image. The tag is package.json's version: the
# ssb-server version, a hyphen and the recipe's revision (raise it whenever the recipe changes).
#
# usage: build.sh [--force] [BUILD_DIR]
#   BUILD_DIR  where npm installs and the docker build context is assembled, outside the source tree
#              (default $BUTTCLOUD_STATE_DIR/pub-image, that is /var/lib/buttcloud-dev/pub-image)
#   --force    rebuild even when the image is up to date
#
# Quick when nothing changed: the image carries the checksum of its recipe (these files and the node
# binary) in the label buttcloud.recipe.sha256, and a matching image is kept as it is.
set -euo pipefail

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BC_NAME=pub-image
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/common.sh
source "$recipe_dir/../../scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/imagebuild.sh
source "$recipe_dir/../../scripts/lib/imagebuild.sh"

usage() { sed -n '6,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

read_image_build_arguments pub-image "$@"

for tool in node npm strip ldd sha256sum flock; do
  command -v "$tool" >/dev/null || bc_die "$tool is missing (run scripts/lib/install-deps.sh)"
done
node_bin=$(readlink -f "$(command -v node)")
env_bin=$(readlink -f /usr/bin/env)

version=$(node -p "require(process.argv[1]).dependencies['ssb-server']" "$recipe_dir/package.json")
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || bc_die "package.json must pin ssb-server to an exact version, found '$version'"
tag=$(node -p "require(process.argv[1]).version" "$recipe_dir/package.json")
[[ $tag =~ ^${version//./\\.}-[0-9]+$ ]] || bc_die "package.json's version must be the ssb-server version and a revision ($version-<n>), found '$tag'"
image=buttcloud/pub:$tag

recipe_files=(Dockerfile entrypoint.js package.json package-lock.json build.sh ../../scripts/lib/imagebuild.sh)
recipe_sum=$( { (cd "$recipe_dir" && sha256sum "${recipe_files[@]}"); sha256sum "$node_bin" "$env_bin"; } | sha256sum | cut -d' ' -f1)

lock_build_dir
exit_if_image_current "$image" "$recipe_sum"

log=$build_dir/build.log
: >"$log"

# npm: reinstalled only when the dependency tree or node changed; `npm ci` follows the lock exactly.
npm_dir=$build_dir/npm
npm_sum=$(cat "$recipe_dir/package.json" "$recipe_dir/package-lock.json" <(node --version) | sha256sum | cut -d' ' -f1)
if [[ ! -d $npm_dir/node_modules || $(cat "$npm_dir/.installed" 2>/dev/null) != "$npm_sum" ]]; then
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp "$recipe_dir/package.json" "$recipe_dir/package-lock.json" "$npm_dir/"
  bc_run_logged "$log" "npm ci of ssb-server $version, ssb-viewer and git-ssb-web" \
    npm ci --prefix "$npm_dir" --omit=dev --no-audit --no-fund --loglevel=warn
  echo "$npm_sum" >"$npm_dir/.installed"
fi

context=$build_dir/context
rootfs=$context/rootfs
rm -rf "$context"
mkdir -p "$rootfs"/{usr/local/bin,usr/bin,etc,opt/ssb-server} "$context/home/ssb/.ssb"
chmod 700 "$context/home/ssb/.ssb"
install -d -m 1777 "$rootfs/tmp"

strip -o "$rootfs/usr/local/bin/node" "$node_bin"
cp "$env_bin" "$rootfs/usr/bin/env"
cp -a "$npm_dir/node_modules" "$rootfs/opt/ssb-server/"
cp "$recipe_dir/entrypoint.js" "$recipe_dir/package.json" "$rootfs/opt/ssb-server/"

# Native addons ship prebuilds for every platform; only this one's (glibc) can ever load.
platform=$(node -p 'process.platform + "-" + process.arch')
while IFS= read -r -d '' prebuilds; do
  find "$prebuilds" -mindepth 1 -maxdepth 1 ! -name "$platform" -exec rm -rf {} +
  find "$prebuilds" -name '*musl*' -delete
done < <(find "$rootfs/opt/ssb-server/node_modules" -type d -name prebuilds -print0)

# The shared libraries of node, env and every addon, at the paths the loader looks for them.
mapfile -t addons < <(find "$rootfs/opt/ssb-server/node_modules" -name '*.node' -type f)
copy_shared_libraries "$rootfs" "$node_bin" "$env_bin" "${addons[@]}"

# A fixed non-root uid, so volumes keep their owner from one image version to the next.
printf 'root:x:0:0:root:/root:/sbin/nologin\nssb:x:1000:1000:Scuttlebutt pub:/home/ssb:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nssb:x:1000:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

# The image this one replaces is left untagged: build_image removes it unless a container uses it.
build_image "$image" "$recipe_sum" "$context" "$log" --build-arg "SSB_SERVER_VERSION=$version" --build-arg "IMAGE_VERSION=$tag"
