#!/bin/bash
# ocr-header-ab.sh DLL_A DLL_B OUT [PAGES]: the product's OCR path on the corpus's real scans, read by two builds.
# For every tests/corpus/documents/*-ocr.json whose source is a PDF in a GitHub repository, takes the file from a local
# mirror of that repository (MIRRORS, default /work/.mirror/<owner>+<repo>/repo, as the `fetch` tool leaves them) at
# the annotated commit, keeps the pages PAGES (qpdf syntax; default "1", the page the header is on; "1,z" adds the
# signature's page), extracts it with `plans extract --text` of each build (OUT/a, OUT/b) and scores both texts
# against the documents' annotations with `plans eval --corpus`. ONLY (a file of slugs, one a line) limits the run to
# those documents. Fields on the dropped pages count as missed in both columns: compare the columns, not the figures
# with the corpus's. A_FLAGS and B_FLAGS are added to build A's and B's `plans extract` (A_FLAGS=--ocr-merged-rows with
# the same build twice compares the column separation, on by default, with Tesseract's row-by-row reading). OCR time of each build is printed (wall seconds over all pages, pages in sequence). A_TEXTS (the
# OUT/a/documents of an earlier run with the same pages) reuses build A's texts instead of extracting them again.
set -euo pipefail
dll_a=$1; dll_b=$2; out=$3; pages=${4:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
mirrors=${MIRRORS:-/work/.mirror}
rm -rf "$out"; mkdir -p "$out/pdf" "$out/a/documents" "$out/a/passages" "$out/b/documents" "$out/b/passages"
python3 - "$root/tests/corpus/documents" "$mirrors" "$out/pdf" "${ONLY:-}" <<'PY'
import glob, json, os, re, subprocess, sys, urllib.parse
docs, mirrors, dest, only = sys.argv[1:]
keep = set(open(only).read().split()) if only else None
for f in sorted(glob.glob(os.path.join(docs, '*-ocr.json'))):
    slug = os.path.basename(f)[:-5]
    if keep is not None and slug not in keep: continue
    m = re.match(r'https://github.com/([^/]+)/([^/]+)/blob/([0-9a-f]{40})/(.+\.pdf)$', json.load(open(f)).get('source', ''), re.I)
    repo = m and os.path.join(mirrors, f'{m[1]}+{m[2]}', 'repo')
    if not repo or not os.path.isdir(repo): continue
    r = subprocess.run(['git', '-C', repo, 'show', f'{m[3]}:{urllib.parse.unquote(m[4])}'], capture_output=True)
    if r.returncode == 0: open(os.path.join(dest, slug + '.pdf'), 'wb').write(r.stdout)
PY
for pdf in "$out"/pdf/*.pdf; do
  slug=$(basename "$pdf" .pdf)
  qpdf --warning-exit-0 "$pdf" --pages . "$pages" -- "$out/pdf/$slug.part" 2>/dev/null || cp "$pdf" "$out/pdf/$slug.part"
done
for v in a b; do
  dll=$dll_a; [ "$v" = b ] && dll=$dll_b
  [ "$dll" = - ] && continue  # "-" as DLL_B: build A alone (a baseline to reuse with A_TEXTS)
  [ "$v" = a ] && [ -n "${A_TEXTS:-}" ] && continue
  start=$(date +%s.%N)
  for part in "$out"/pdf/*.part; do
    slug=$(basename "$part" .part)
    flags=${A_FLAGS:-}; [ "$v" = b ] && flags=${B_FLAGS:-}
    dotnet "$dll" extract --text $flags "$part" > "$out/$v/documents/$slug.txt" || echo "$v: $slug failed" >&2
    cp "$root/tests/corpus/documents/$slug.json" "$out/$v/documents/"
  done
  echo "$v: $(ls "$out"/pdf/*.part | wc -l) documents extracted in $(echo "$(date +%s.%N) - $start" | bc) s" | tee "$out/$v.time"
done
if [ -n "${A_TEXTS:-}" ]; then
  for part in "$out"/pdf/*.part; do slug=$(basename "$part" .part); cp "$A_TEXTS/$slug.txt" "$A_TEXTS/$slug.json" "$out/a/documents/"; done
fi
for v in a b; do [ -n "$(ls "$out/$v/documents")" ] || continue; echo "== $v"; dotnet "$dll_a" eval --corpus "$out/$v" --misses > "$out/$v.eval"; sed -n '/^field/,/^signer_title/p;/^numbered (documents)/p' "$out/$v.eval"; done
