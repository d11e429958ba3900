#!/usr/bin/env bash
# Builds the deployable function app package: the self-contained handler (Ingest.Functions), host.json and
# one folder per function, zipped for `az functionapp deployment source config-zip` or Flex Consumption's
# one-deploy. Usage: infra/package.sh [OUTPUT.zip]   (default artifacts/ingest-functions.zip)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/ingest-functions.zip}"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dotnet publish functions/Ingest.Functions -c Release -r linux-x64 --self-contained --nologo --verbosity quiet -o "$stage"
mkdir -p "$(dirname "$out")"
rm -f "$out"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
(cd "$stage" && zip -q -r "$out_abs" .)
echo "$out_abs"
