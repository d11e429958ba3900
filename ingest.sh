#!/usr/bin/env bash
# Ingest: the one entry point on a developer machine or CI.
#   ./ingest.sh setup   install what is missing for running and testing (Debian packages, npm test tools from
#                       the lockfile, NuGet restore)
#   ./ingest.sh run     the main job: the service on 127.0.0.1 (folder store, SQLite index, inbox watcher),
#                       ingesting the sample plans on first run; prints the URL and the key. Installs only what
#                       running needs (infra/packages/apt.txt): no browser, no ImageMagick, no npm test tools
#   ./ingest.sh test    every test (what CI runs)
#   ./ingest.sh bench   the benchmarks recorded in docs/BENCHMARKS.md
# Every step is idempotent: running it twice does nothing more the second time.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
SAMPLES="${INGEST_SAMPLES:-$ROOT/../shared/samples}"

say() { printf '[ingest] %s\n' "$*" >&2; }

# The package lists to install: infra/packages/apt.txt to run; apt-test.txt as well to test and benchmark.
apt_packages() { sed -e 's/#.*//' -e '/^\s*$/d' "$@" | awk '{print $1}'; }

install_debian_packages() {
  local missing=()
  for p in $(apt_packages "$@"); do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "missing packages: ${missing[*]}. This machine has no apt-get: install their equivalents by hand"
    say "(poppler's pdftotext/pdftoppm, Tesseract 5 with the 'vie' language; for tests also Chromium and ImageMagick), then run again."
    exit 1
  fi
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

check_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "the .NET 10 SDK is not installed. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian)"
    say "or the Debian/Microsoft package 'dotnet-sdk-10.0', then run again."
    exit 1
  fi
}

install_npm_packages() {
  [ -f package-lock.json ] || return 0
  if [ -d node_modules ] && [ node_modules -nt package-lock.json ]; then return 0; fi
  command -v npm >/dev/null 2>&1 || { say "npm (Node 20+) is needed for the test tools in package.json"; exit 1; }
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
}

setup() {
  check_dotnet
  install_debian_packages infra/packages/apt.txt infra/packages/apt-test.txt
  install_npm_packages
  dotnet restore Ingest.sln --verbosity quiet
}

run() {
  check_dotnet
  install_debian_packages infra/packages/apt.txt
  dotnet build functions/Ingest.Functions -c Release --nologo --verbosity quiet
  if [ -d "$SAMPLES/plans" ]; then
    set -- --samples "$SAMPLES/plans" "$@"
  else
    say "no sample plans at $SAMPLES/plans (set INGEST_SAMPLES to a folder holding plans/): the service starts"
    say "with what its data folder already holds; upload plans from the page or drop them into the inbox folder."
  fi
  exec dotnet functions/Ingest.Functions/bin/Release/net10.0/Ingest.Functions.dll --local "$@"
}

test_all() {
  setup
  local log; log=$(mktemp)
  set +e
  dotnet test Ingest.sln -c Release --nologo 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  # The web page in Debian's Chromium (playwright-core), against the Release build the step above made.
  node --test tests/web/ 2>&1 | tee -a "$log"
  local web=${PIPESTATUS[0]}
  set -e
  # CI keeps only the tail of the output: name every failed test again just above the closing line.
  awk '/^[[:space:]]+Failed [^!]|^not ok / { sub(/^[[:space:]]*/, ""); print "FAILED: " $0; why = 1; next }
       why && /Error Message:/ { getline; sub(/^[[:space:]]*/, ""); print "   " substr($0, 1, 300); why = 0 }' "$log"
  # One closing line in the plain form CI reads: "N passed, N failed".
  awk '/(Passed|Failed)! *- *Failed:/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       /^# pass / { p += $3 } /^# fail / { f += $3 } /^# skipped / { s += $3 }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  [ "$status" -eq 0 ] && [ "$web" -eq 0 ]
}

bench() {
  setup
  dotnet build indexer/Ingest.Cli -c Release --nologo --verbosity quiet
  # The service parses uploads in a long-running host with the runtime's default profile-guided tiering; the
  # `plans` CLI turns it off for its short processes (Ingest.Cli.csproj). The parser is timed as the service runs it.
  DOTNET_TieredPGO=1 dotnet indexer/Ingest.Cli/bin/Release/net10.0/plans.dll bench parse --samples "$SAMPLES/plans" "$@"
}

case "${1:-}" in
  setup) setup ;;
  run) shift; run "$@" ;;
  test) test_all ;;
  bench) shift; bench "$@" ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
