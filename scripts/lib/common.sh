# shellcheck shell=bash
# Helpers shared by ButtCloud's scripts. Source it (it only defines functions and reads no input).

# Progress lines carry the script's name so a CI log shows who said what.
bc_log() { printf '%s: %s\n' "${BC_NAME:-${0##*/}}" "$*"; }
bc_die() { bc_log "error: $*" >&2; exit 1; }

# Debian's docker.io client lives in /usr/bin; prefer it over any other client on PATH so that the
# client and the engine agree on the API version and `docker build` uses the classic builder, the
# one that can build FROM scratch with no registry.
docker_cli() {
  if [[ -x /usr/bin/docker ]]; then DOCKER_BUILDKIT=0 /usr/bin/docker "$@"; else DOCKER_BUILDKIT=0 docker "$@"; fi
}

# bc_run_logged LOG WHAT COMMAND...: runs COMMAND with its output in LOG (appended, so several steps
# can share one log), and on failure shows this step's output from its first error (ninja's FAILED,
# a compiler's "error:") or else its last lines, so a CI log explains itself.
bc_run_logged() {
  local log=$1 what=$2 started status=0 first_line
  shift 2
  started=$SECONDS
  bc_log "$what (log: $log)"
  printf '\n=== %s: %s\n' "$(date -u +%FT%TZ)" "$what" >>"$log"
  first_line=$(($(wc -l <"$log") + 1))
  "$@" >>"$log" 2>&1 || status=$?
  if ((status != 0)); then
    bc_log "$what failed (exit $status) after $((SECONDS - started)) s; from $log:" >&2
    tail -n "+$first_line" "$log" | awk -v limit="${BC_LOG_LINES:-60}" '
      { lines[NR] = $0 }
      !anchor && /^FAILED: |error:|ERROR:|Error / { anchor = NR }
      END {
        from = anchor ? anchor : (NR > limit ? NR - limit + 1 : 1)
        for (i = from; i <= NR && i < from + limit; i++) print "    " lines[i]
      }' >&2
    return "$status"
  fi
  bc_log "$what: done in $((SECONDS - started)) s"
}
