#!/usr/bin/env bash
# Configures the sanitizer build (AddressSanitizer, UBSan, the libFuzzer targets): clang, -O1 so the
# fuzzers and the tests run at a useful speed, line tables only for debug information (all a
# report's stack needs; -g costs much more compile and link time). One build serves scripts/test's
# sanitize pass (the server, the client's models and widgets, their tests) and scripts/fuzz; each
# builds only the targets it runs.
#
# usage: scripts/lib/sanitize-configure.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -G Ninja -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" \
  -DCMAKE_CXX_COMPILER=clang++ -DBUTTCLOUD_FUZZ=ON -DBUTTCLOUD_BUILD_CLIENT=ON "${launcher[@]}"
