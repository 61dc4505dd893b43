# shellcheck shell=bash
# Helpers of the FROM-scratch image builds (packaging/pub-image, packaging/ingress-image). Source after
# common.sh.

# Reads a build.sh's arguments, [--force] [BUILD_DIR], into the globals force and build_dir (absolute;
# default $BUTTCLOUD_STATE_DIR/DEFAULT_NAME). The caller defines usage() and recipe_dir, which the
# build directory must lie outside.
read_image_build_arguments() {
  local default_name=$1
  shift
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
  build_dir=$(realpath -m "${build_dir:-${BUTTCLOUD_STATE_DIR:-/var/lib/buttcloud-dev}/$default_name}")
  case $build_dir in
    "$recipe_dir"|"$recipe_dir"/*) bc_die "the build directory must lie outside $recipe_dir" ;;
  esac
}

# Exits 0 when IMAGE exists and carries RECIPE_SUM in its buttcloud.recipe.sha256 label: the build
# has nothing to do.
image_is_current() {
  local image=$1 recipe_sum=$2 old_sum
  old_sum=$(docker_cli image inspect --format '{{index .Config.Labels "buttcloud.recipe.sha256"}}' "$image" 2>/dev/null) || return 1
  [[ $old_sum == "$recipe_sum" ]]
}

# Copies the shared libraries of each ELF object (ld-linux included) into ROOTFS at the paths the
# loader looks for them; dies when one needs a library this machine lacks.
copy_shared_libraries() {
  local rootfs=$1 object ldd_out library
  shift
  for object in "$@"; do
    ldd_out=$(ldd "$object") || bc_die "ldd cannot read $object"
    if grep -q 'not found' <<<"$ldd_out"; then
      bc_die "$object needs libraries this machine lacks: $(grep 'not found' <<<"$ldd_out" | tr -s ' \t' ' ')"
    fi
    while IFS= read -r library; do
      [[ -e $rootfs$library ]] || { mkdir -p "$rootfs$(dirname "$library")"; cp -L "$library" "$rootfs$library"; }
    done < <(grep -o '/[^ ]*' <<<"$ldd_out")
  done
}

# After IMAGE was built: removes the image it replaced (OLD_IMAGE_ID, may be empty) unless a container
# still uses it, and reports the new image's size.
finish_image_build() {
  local image=$1 old_image_id=$2 new_image_id
  new_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image")
  if [[ -n $old_image_id && $old_image_id != "$new_image_id" ]]; then
    docker_cli image rm "$old_image_id" >/dev/null 2>&1 || bc_log "kept the previous image ${old_image_id:7:12}: still in use"
  fi
  bc_log "built $image ($(docker_cli image inspect --format '{{.Size}}' "$image" | awk '{printf "%d MB", $1 / 1e6}'))"
}

# Holds the build directory's lock (global build_dir) for the rest of the script: one build at a time
# per build directory, since concurrent runs (two scripts/test) would share the context.
lock_build_dir() {
  mkdir -p "$build_dir"
  exec 9>"$build_dir/.lock"
  flock 9
}

# Ends the script (exit 0) when IMAGE exists with RECIPE_SUM and --force was not given (global force).
exit_if_image_current() {
  local image=$1 recipe_sum=$2
  [[ $force == false ]] && docker_cli image inspect "$image" >/dev/null 2>&1 || return 0
  image_is_current "$image" "$recipe_sum" && { bc_log "$image is up to date"; exit 0; }
  bc_log "$image exists but its recipe changed: rebuilding"
}

# build_image IMAGE RECIPE_SUM CONTEXT LOG [docker build options...]: builds IMAGE from CONTEXT with
# its recipe label, then removes the image it replaced (finish_image_build).
build_image() {
  local image=$1 recipe_sum=$2 context=$3 log=$4 old_image_id
  shift 4
  old_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
  bc_run_logged "$log" "docker build of $image" \
    docker_cli build --force-rm "$@" --label "buttcloud.recipe.sha256=$recipe_sum" --tag "$image" "$context"
  finish_image_build "$image" "$old_image_id"
}
