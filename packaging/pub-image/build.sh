#!/usr/bin/env bash
# Builds the ButtCloud pub image buttcloud/pub:<ssb-server version> from npm's ssb-server and the
# host's node, with no registry and no base image. The version is the one in package.json.
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

usage() { sed -n '5,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

force=false
build_dir=
while (($#)); do
  case $1 in
    --force) force=true ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; bc_die "unknown option $1" ;;
    *) [[ -z $build_dir ]] || bc_die "only one build directory, please"; build_dir=$1 ;;
  esac
  shift
done
build_dir=$(realpath -m "${build_dir:-${BUTTCLOUD_STATE_DIR:-/var/lib/buttcloud-dev}/pub-image}")
case $build_dir in
  "$recipe_dir"|"$recipe_dir"/*) bc_die "the build directory must lie outside $recipe_dir" ;;
esac

for tool in node npm strip ldd sha256sum flock; do
  command -v "$tool" >/dev/null || bc_die "$tool is missing (run scripts/lib/install-deps.sh)"
done
node_bin=$(readlink -f "$(command -v node)")
env_bin=$(readlink -f /usr/bin/env)

version=$(node -p "require(process.argv[1]).dependencies['ssb-server']" "$recipe_dir/package.json")
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || bc_die "package.json must pin ssb-server to an exact version, found '$version'"
image=buttcloud/pub:$version

recipe_files=(Dockerfile entrypoint.js package.json package-lock.json build.sh)
recipe_sum=$( { (cd "$recipe_dir" && sha256sum "${recipe_files[@]}"); sha256sum "$node_bin" "$env_bin"; } | sha256sum | cut -d' ' -f1)

# One build at a time per build directory: concurrent runs (two scripts/test) would share the context.
mkdir -p "$build_dir"
exec 9>"$build_dir/.lock"
flock 9

old_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
if [[ -n $old_image_id && $force == false ]]; then
  old_sum=$(docker_cli image inspect --format '{{index .Config.Labels "buttcloud.recipe.sha256"}}' "$image")
  if [[ $old_sum == "$recipe_sum" ]]; then
    bc_log "$image is up to date"
    exit 0
  fi
  bc_log "$image exists but its recipe changed: rebuilding"
fi

log=$build_dir/build.log
: >"$log"

# npm: reinstalled only when the dependency tree or node changed; `npm ci` follows the lock exactly.
npm_dir=$build_dir/npm
npm_sum=$(cat "$recipe_dir/package.json" "$recipe_dir/package-lock.json" <(node --version) | sha256sum | cut -d' ' -f1)
if [[ ! -d $npm_dir/node_modules || $(cat "$npm_dir/.installed" 2>/dev/null) != "$npm_sum" ]]; then
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp "$recipe_dir/package.json" "$recipe_dir/package-lock.json" "$npm_dir/"
  bc_run_logged "$log" "npm ci of ssb-server $version" \
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
for object in "$node_bin" "$env_bin" "${addons[@]}"; do
  ldd_out=$(ldd "$object") || bc_die "ldd cannot read $object"
  if grep -q 'not found' <<<"$ldd_out"; then
    bc_die "$object needs libraries this machine lacks: $(grep 'not found' <<<"$ldd_out" | tr -s ' \t' ' ')"
  fi
  grep -o '/[^ ]*' <<<"$ldd_out" | while IFS= read -r library; do
    [[ -e $rootfs$library ]] || { mkdir -p "$rootfs$(dirname "$library")"; cp -L "$library" "$rootfs$library"; }
  done
done

# A fixed non-root uid, so volumes keep their owner from one image version to the next.
printf 'root:x:0:0:root:/root:/sbin/nologin\nssb:x:1000:1000:Scuttlebutt pub:/home/ssb:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nssb:x:1000:\n' >"$rootfs/etc/group"
cp "$recipe_dir/Dockerfile" "$context/"

bc_run_logged "$log" "docker build of $image" \
  docker_cli build --force-rm --build-arg "SSB_SERVER_VERSION=$version" \
    --label "buttcloud.recipe.sha256=$recipe_sum" --tag "$image" "$context"

# The image this one replaces is left untagged: remove it unless a container still uses it.
new_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image")
if [[ -n $old_image_id && $old_image_id != "$new_image_id" ]]; then
  docker_cli image rm "$old_image_id" >/dev/null 2>&1 || bc_log "kept the previous image ${old_image_id:7:12}: still in use"
fi
bc_log "built $image ($(docker_cli image inspect --format '{{.Size}}' "$image" | awk '{printf "%d MB", $1 / 1e6}'))"
