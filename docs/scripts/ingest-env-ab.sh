#!/bin/bash
# ingest-env-ab.sh ROUNDS PLANS_DLL FOLDER NAME=VALUE...: alternated `plans ingest --json FOLDER` into fresh data folders,
# as shipped (A) and with the given runtime settings in the environment (B, e.g. DOTNET_TieredCompilation=0 or
# DOTNET_gcServer=1); prints wall, user and system seconds and peak RSS per run. Compare by pairs: single runs move with
# the machine's load.
set -euo pipefail
rounds=$1; dll=$2; folder=$3; shift 3
[ $# -gt 0 ] || { echo "usage: $0 ROUNDS PLANS_DLL FOLDER NAME=VALUE..." >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for i in $(seq "$rounds"); do
  for build in A B; do
    rm -rf "$work/data"; sync; sleep 5
    settings=(); [ "$build" = B ] && settings=("$@")
    env "${settings[@]}" /usr/bin/time -f "$build wall=%e user=%U sys=%S rss=%MKB" -o "$work/time" \
      dotnet "$dll" --data "$work/data" ingest --json "$folder" > /dev/null
    echo "$(cat "$work/time") load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
