#!/bin/bash
# ingest-tiering-ab.sh ROUNDS PLANS_DLL FOLDER: alternated `plans ingest --json FOLDER` into fresh data folders, with tiered
# compilation as shipped (A) and off (B, DOTNET_TieredCompilation=0); prints wall, user and system seconds and peak RSS
# per run. Compare by pairs: single runs move with the machine's load.
set -euo pipefail
rounds=$1; dll=$2; folder=$3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for i in $(seq "$rounds"); do
  for build in A B; do
    rm -rf "$work/data"; sync; sleep 5
    if [ "$build" = B ]; then export DOTNET_TieredCompilation=0; else unset DOTNET_TieredCompilation; fi
    /usr/bin/time -f "$build wall=%e user=%U sys=%S rss=%MKB" -o "$work/time" dotnet "$dll" --data "$work/data" ingest --json "$folder" > /dev/null
    echo "$(cat "$work/time") load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
