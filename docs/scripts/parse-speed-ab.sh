#!/bin/bash
# parse-speed-ab.sh ROUNDS PLANS_DLL_A PLANS_DLL_B: alternated `plans bench parse` runs of two builds on the five samples,
# with equal runtime settings (profile-guided tiering and quick JIT for loops on for both) and the bench at high
# priority; prints per round the five samples' ms per parse (wall and the thread's CPU) and the generated 10 KB text's
# MB/s. Compare builds by the minimum and the median over the rounds: single rounds move with the machine's load.
set -euo pipefail
rounds=$1; a=$2; b=$3
samples=${SAMPLES:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/samples/plans}
export DOTNET_TieredPGO=1 DOTNET_TC_QuickJitForLoops=1
for _ in $(seq "$rounds"); do
  for build in A B; do
    dll=$a; [ "$build" = B ] && dll=$b
    out=$(nice -n -19 dotnet "$dll" bench parse --samples "$samples" 2>/dev/null || dotnet "$dll" bench parse --samples "$samples")
    echo "$build all_ms=$(awk '/^all samples/{print $4}' <<<"$out") cpu_ms=$(awk '/^all samples/{print $6}' <<<"$out") gen10k_MBps=$(awk '/^generated-10KB/{print $5}' <<<"$out") load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
