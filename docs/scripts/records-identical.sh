#!/bin/bash
# records-identical.sh PLANS_DLL_A PLANS_DLL_B: the records two builds write for every real text of the corpus (each
# document, each passage as a text of its own) and the five samples; prints IDENTICAL or the files whose records differ.
# A speed change is accepted only where this prints IDENTICAL.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/texts"
cp "$root"/tests/corpus/documents/*.txt "$work/texts/"
cp "${SAMPLES:-$root/../shared/samples/plans}"/* "$work/texts/"
python3 - "$root" "$work/texts" <<'PY'
import json, glob, sys
root, out = sys.argv[1], sys.argv[2]
for f in glob.glob(f"{root}/tests/corpus/passages/*.jsonl"):
    for line in open(f, encoding="utf-8"):
        d = json.loads(line)
        open(f"{out}/p-{d['id']}.txt", "w", encoding="utf-8").write(d["text"])
PY
for build in A B; do
  dll=$1; [ "$build" = B ] && dll=$2
  mkdir -p "$work/$build"
  ls "$work"/texts/* | xargs -n 400 sh -c 'dotnet "$0" extract "$@" --json > "'"$work/$build"'/$(basename "$1").json"' "$dll"
done
diff -rq "$work/A" "$work/B" && echo IDENTICAL
