#!/bin/bash
# What a `plans` command allocates, by the code that allocates it (docs/BENCHMARKS.md, run 70).
# Usage: docs/scripts/allocation-profile.sh PLANS_DLL OUT.nettrace -- ARGS...   e.g.
#   docs/scripts/allocation-profile.sh indexer/Ingest.Cli/bin/Release/net10.0/plans.dll /tmp/a.nettrace -- --data /tmp/new ingest --json /tmp/ib10k/corpus
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plans="$1"; out="$2"; shift 2; [ "${1:-}" = "--" ] && shift
tools="${DOTNET_TRACE_DIR:-/tmp/dtools}"
[ -x "$tools/dotnet-trace" ] || dotnet tool install --tool-path "$tools" dotnet-trace --version 10.0.750501 >/dev/null
"$tools/dotnet-trace" collect --profile gc-verbose -o "$out" -- dotnet "$plans" "$@" >/dev/null
dotnet build "$here/allocation-report" -c Release -v q -nologo >/dev/null
dotnet "$here/allocation-report/bin/Release/net10.0/allocation-report.dll" "$out" 40
