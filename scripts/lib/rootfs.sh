# shellcheck shell=bash
# Helpers for the images ButtCloud builds FROM scratch (no registry, so no base image): copy a
# program's shared libraries into a root file system, and rebuild an image only when its recipe
# changed. Source common.sh first.

# bc_rootfs_copy_libraries ROOTFS OBJECT...: the shared libraries each OBJECT (program or library)
# loads, at the paths the loader looks for them, the loader included. Fails on a missing library.
bc_rootfs_copy_libraries() {
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

# bc_image_is_current IMAGE RECIPE_SUM: true when IMAGE exists and carries RECIPE_SUM in its label
# buttcloud.recipe.sha256 (then there is nothing to build).
bc_image_is_current() {
  local image=$1 recipe_sum=$2 existing_sum
  existing_sum=$(docker_cli image inspect --format '{{index .Config.Labels "buttcloud.recipe.sha256"}}' "$image" 2>/dev/null) || return 1
  [[ $existing_sum == "$recipe_sum" ]]
}

# bc_image_build_replacing IMAGE RECIPE_SUM CONTEXT LOG [docker build options...]: builds IMAGE from
# CONTEXT with the recipe label, then removes the image it replaced unless a container still uses it.
bc_image_build_replacing() {
  local image=$1 recipe_sum=$2 context=$3 log=$4 old_image_id new_image_id
  shift 4
  old_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
  bc_run_logged "$log" "docker build of $image" \
    docker_cli build --force-rm "$@" --label "buttcloud.recipe.sha256=$recipe_sum" --tag "$image" "$context"
  new_image_id=$(docker_cli image inspect --format '{{.Id}}' "$image")
  if [[ -n $old_image_id && $old_image_id != "$new_image_id" ]]; then
    docker_cli image rm "$old_image_id" >/dev/null 2>&1 || bc_log "kept the previous image ${old_image_id:7:12}: still in use"
  fi
  bc_log "built $image ($(docker_cli image inspect --format '{{.Size}}' "$image" | awk '{printf "%d MB", $1 / 1e6}'))"
}
