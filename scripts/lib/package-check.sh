#!/usr/bin/env bash
# Builds the Debian packages buttcloudd and buttcloud, checks what they hold, installs them on this
# machine with apt and starts the server THROUGH them: /usr/bin/buttcloudd as the package's user
# buttcloud, with the package's configuration, must answer /healthz and reach the Docker engine
# through its group docker. Then it installs them once more (the maintainer scripts run again and
# change nothing) and, unless told to keep them, purges them. As root; needs apt and a built tree.
#
# usage: scripts/lib/package-check.sh [--keep] [BUILD_DIR]
#   BUILD_DIR  a configured build directory (default <source>/build); `ninja debs` runs there and the
#              packages land in BUILD_DIR/packages
#   --keep     leave the packages installed (default: purge them again, data directory included)
# Packages that were installed before this run are upgraded and always left installed, and their
# data directory is not used: the server then runs on a temporary one, as it does when systemd runs
# (the packaged service may hold /var/lib/buttcloud). Exits 77 (a skip for CTest) when not root.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BC_NAME=package-check
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$source_dir/scripts/lib/common.sh"

usage() { sed -n '8,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
keep=false
build_dir=
for argument in "$@"; do
  case $argument in
    -h|--help) usage; exit 0 ;;
    --keep) keep=true ;;
    -*) usage >&2; bc_die "unknown option '$argument'" ;;
    *) [[ -z $build_dir ]] || bc_die "one build directory only"; build_dir=$argument ;;
  esac
done
build_dir=$(cd "${build_dir:-$source_dir/build}" && pwd)

if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
  bc_log "skipped: installing packages needs root and apt"
  exit 77
fi
[[ -f $build_dir/CMakeCache.txt ]] || bc_die "$build_dir is not a configured build directory"

user=buttcloud
data_dir=/var/lib/buttcloud
config=/etc/buttcloud/buttcloudd.conf
desktop_file=/usr/share/applications/org.example.buttcloud.desktop
metainfo=/usr/share/metainfo/org.example.buttcloud.metainfo.xml
icon_sizes=(16 22 24 32 48 64 128 256)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || bc_die "no project version in $build_dir/CMakeCache.txt"
arch=$(dpkg --print-architecture)
server_deb=$build_dir/packages/buttcloudd_${version}_$arch.deb
client_deb=$build_dir/packages/buttcloud_${version}_$arch.deb
run_id=package-check-$$-$RANDOM
packages_log=$build_dir/logs/packages.log
mkdir -p "$build_dir/logs"
started=$SECONDS

fail() { bc_log "FAIL: $*" >&2; exit 1; }
pass() { bc_log "ok: $*"; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# apt_get WHAT ARGUMENTS...: apt-get with its output in the log, shown when it fails
apt_get() {
  local what=$1
  shift
  bc_run_logged "$packages_log" "$what" \
    env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y "$@"
}
# owner:group:mode of a path, as stat prints them
ownership() { stat -c '%U:%G:%a' "$1"; }

preinstalled=false
if installed buttcloudd || installed buttcloud; then preinstalled=true; fi
server_pid=
scratch=$(mktemp -d /tmp/buttcloud-package-check.XXXXXX)
we_installed=false
cleanup() {
  local status=$?
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  # Purge on a failure too, so a later run starts from a machine without the packages.
  if $we_installed && ! $keep && ! $preinstalled; then
    apt_get "purging the packages after a failure" purge buttcloudd buttcloud || true
  fi
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT

# --- the packages as built ------------------------------------------------------------------
rm -f "$server_deb" "$client_deb"
bc_run_logged "$packages_log" "building the packages (ninja debs)" \
  cmake --build "$build_dir" --target debs
[[ -f $server_deb ]] || fail "no $server_deb"
[[ -f $client_deb ]] || fail "no $client_deb (configured with BUTTCLOUD_BUILD_CLIENT=OFF?)"

for deb in "$server_deb" "$client_deb"; do
  depends=$(dpkg-deb -f "$deb" Depends)
  [[ $depends == *libqt6core6* ]] || fail "$(basename "$deb"): Depends lacks the shared libraries: $depends"
  [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "$(basename "$deb"): not version $version"
  for field in Maintainer Description Section Homepage; do
    [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "$(basename "$deb"): no $field"
  done
done
[[ $(dpkg-deb -I "$server_deb" conffiles) == "$config" ]] || fail "the server's conffiles are not just $config"
pass "package metadata: versions $version, Depends from dpkg-shlibdeps, conffiles"

if command -v lintian >/dev/null; then
  # Advisory: the packages are built by CPack, not debhelper, and lintian knows nothing of them.
  lintian --no-tag-display-limit "$server_deb" "$client_deb" || bc_log "lintian has remarks (advisory)"
fi

# --- installed with apt -----------------------------------------------------------------------
$preinstalled && bc_log "buttcloudd or buttcloud was installed before: upgrading, and leaving them installed"
we_installed=true
# Without Recommends: the check needs nothing beyond Depends, and stays off the network.
apt_get "installing the packages" install --no-install-recommends "$server_deb" "$client_deb"
if ! installed buttcloudd || ! installed buttcloud; then fail "apt did not install both packages"; fi
pass "apt installed $(basename "$server_deb") and $(basename "$client_deb")"

getent passwd "$user" >/dev/null || fail "no user $user"
[[ $(getent passwd "$user" | cut -d: -f6,7) == "$data_dir:/usr/sbin/nologin" ]] \
  || fail "user $user: home and shell are $(getent passwd "$user" | cut -d: -f6,7)"
if getent group docker >/dev/null; then
  id -nG "$user" | tr ' ' '\n' | grep -qx docker || fail "user $user is not in the group docker"
fi
[[ $(ownership "$data_dir") == "$user:$user:700" ]] || fail "$data_dir is $(ownership "$data_dir")"
[[ $(ownership "$config") == "root:$user:640" ]] || fail "$config is $(ownership "$config")"
pass "user $user (group docker), $data_dir 0700, $config 0640 root:$user"

unit=/lib/systemd/system/buttcloudd.service
[[ -f $unit ]] || fail "no $unit"
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
  pass "systemd-analyze verify $unit"
fi

# Desktop integration: validators, icons, the buttcloud:// handler (desktop-file-utils' trigger).
desktop-file-validate "$desktop_file" || fail "desktop-file-validate $desktop_file"
appstreamcli validate --no-net --pedantic "$metainfo" >/dev/null || {
  appstreamcli validate --no-net --pedantic "$metainfo" >&2
  fail "appstreamcli validate $metainfo"
}
newest_release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[[ $newest_release == "$version" ]] || fail "the newest release in $metainfo is $newest_release, not $version"
[[ -f /usr/share/icons/hicolor/scalable/apps/buttcloud.svg ]] || fail "no scalable icon"
for size in "${icon_sizes[@]}"; do
  png=/usr/share/icons/hicolor/${size}x$size/apps/buttcloud.png
  [[ $(file -b "$png" 2>/dev/null) == "PNG image data, $size x $size,"* ]] || fail "$png is not a $size px PNG"
done
if [[ -f /usr/share/applications/mimeinfo.cache ]]; then
  grep -qx 'x-scheme-handler/buttcloud=.*org\.example\.buttcloud\.desktop.*' /usr/share/applications/mimeinfo.cache \
    || fail "buttcloud:// is not registered in mimeinfo.cache"
fi
pass "desktop file and metainfo validate (release $newest_release), icons ${icon_sizes[*]} px and scalable, buttcloud:// handler"

# Man pages (read from the packages: a minimal system may exclude /usr/share/man from installs): no
# groff warnings, and every option --help shows is described.
dpkg-deb -x "$server_deb" "$scratch/contents"
dpkg-deb -x "$client_deb" "$scratch/contents"
for program in buttcloudd buttcloud; do
  page=$(find "$scratch/contents/usr/share/man" -name "$program.[18].gz" | head -1)
  [[ -n $page ]] || fail "no man page for $program in the packages"
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "$page: $warnings"
  source_text=$(zcat "$page" | sed 's/\\-/-/g')
  while read -r option; do
    grep -qE -- "$option([^a-z-]|\$)" <<<"$source_text" || fail "$page does not describe $option (from $program --help)"
  done < <("/usr/bin/$program" --help | grep -oE '^ +(-[a-z?], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+')
done
[[ $(/usr/bin/buttcloud --version) == *"$version"* ]] || fail "buttcloud --version does not say $version"
pass "man pages render without warnings and describe every option of --help"

# --- the server, started through the package ------------------------------------------------
# As the unit does: the package's user and groups, a clean environment, umask 0077, the package's
# configuration.
server_data=$data_dir
if $preinstalled || [[ -d /run/systemd/system ]]; then
  server_data=$scratch/data
  install -d -o "$user" -g "$user" -m 0700 "$server_data"
  chmod 0755 "$scratch"
  bc_log "the server runs on the temporary data directory $server_data"
fi
log=$scratch/buttcloudd.log
(cd / && umask 0077 && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$data_dir" LANG=C.UTF-8 \
  setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs -- \
  /usr/bin/buttcloudd --config "$config" --listen 127.0.0.1:0 --data "$server_data" \
  --label "buttcloud.test=$run_id") >"$log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(grep -o -m1 'listening on http://[0-9.:]*' "$log" | cut -d' ' -f3 || true)
  [[ -n $url ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; fail "buttcloudd exited before it listened"; }
  sleep 0.1
done
[[ -n $url ]] || { cat "$log" >&2; fail "buttcloudd did not listen within 30 s"; }
# The engine may be restarting (tests share it): ask again for a while before calling it unreachable.
for attempt in $(seq 1 30); do
  expected_engine=ok
  [[ -S /var/run/docker.sock ]] || expected_engine=unavailable
  health=$(curl -fsS --max-time 10 "$url/healthz") || fail "GET $url/healthz failed"
  python3 - "$health" "$version" "$expected_engine" <<'EOF' && break
import json, sys
health, version, engine = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
sys.exit(0 if (health.get("status"), health.get("version"), health.get("engine")) == ("ok", version, engine) else 1)
EOF
  ((attempt < 30)) || fail "unexpected /healthz answer (wanted status ok, version $version, engine $expected_engine): $health"
  sleep 1
done
[[ $(ownership "$server_data/server.key") == "$user:$user:600" ]] \
  || fail "server.key is $(ownership "$server_data/server.key")"
pass "buttcloudd as $user answered $url/healthz: $health"

kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
((status == 0)) || { cat "$log" >&2; fail "buttcloudd exited with $status on SIGTERM"; }
pass "buttcloudd stopped on SIGTERM"

# --- the maintainer scripts once more: nothing changes --------------------------------------
before=$(ownership "$data_dir"; ownership "$config"; id "$user"; ls -A "$data_dir")
apt_get "reinstalling buttcloudd" install --no-install-recommends --reinstall "$server_deb"
after=$(ownership "$data_dir"; ownership "$config"; id "$user"; ls -A "$data_dir")
[[ $before == "$after" ]] || fail "reinstalling changed the user, data or configuration: $before -> $after"
pass "reinstalling runs the maintainer scripts again and changes nothing"

if $keep || $preinstalled; then
  bc_log "passed in $((SECONDS - started)) s; the packages stay installed"
  exit 0
fi
apt_get "purging the packages" purge buttcloudd buttcloud
we_installed=false
if installed buttcloudd || installed buttcloud; then fail "the packages are still installed after purge"; fi
[[ ! -e $data_dir ]] || fail "purge left $data_dir"
[[ ! -e /etc/buttcloud ]] || fail "purge left /etc/buttcloud"
pass "purged: no $data_dir, no /etc/buttcloud (the user $user stays)"
bc_log "passed in $((SECONDS - started)) s; the packages are removed again"
