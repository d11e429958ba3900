#!/bin/bash
# ocr-seal-ab.sh PLANS_DLL OUT: the product's OCR path on the corpus's real scans, with and without the seal filter.
# For every tests/corpus/documents/*-ocr.json whose source is a PDF in a GitHub repository, takes the file from a local
# mirror of that repository (MIRRORS, default /work/.mirror/<owner>+<repo>/repo, as the `fetch` tool leaves them), keeps
# its first and last pages (the header and the signature block; qpdf), extracts it with `plans extract --text` as an
# upload would be read (OCR at the scan's own resolution) with the seal ink lightened (OUT/light) and kept
# (OUT/keep, --keep-seal-ink), and scores both texts against the documents' annotations with `plans eval`. Citations
# on the dropped middle pages count as missed in both; compare the two columns, not the figures with the corpus's.
set -euo pipefail
dll=$1; out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mirrors=${MIRRORS:-/work/.mirror}
rm -rf "$out"; mkdir -p "$out/pdf" "$out/keep/documents" "$out/keep/passages" "$out/light/documents" "$out/light/passages"
python3 - "$root/tests/corpus/documents" "$mirrors" "$out/pdf" <<'EOF'
import glob, json, os, re, subprocess, sys, urllib.parse
docs, mirrors, dest = sys.argv[1:]
for f in sorted(glob.glob(os.path.join(docs, '*-ocr.json'))):
    m = re.match(r'https://github.com/([^/]+)/([^/]+)/blob/([0-9a-f]{40})/(.+\.pdf)$', json.load(open(f)).get('source', ''), re.I)
    repo = m and os.path.join(mirrors, f'{m[1]}+{m[2]}', 'repo')
    if not repo or not os.path.isdir(repo): continue
    r = subprocess.run(['git', '-C', repo, 'show', f'{m[3]}:{urllib.parse.unquote(m[4])}'], capture_output=True)
    if r.returncode == 0: open(os.path.join(dest, os.path.basename(f)[:-5] + '.pdf'), 'wb').write(r.stdout)
EOF
for pdf in "$out"/pdf/*.pdf; do
  slug=$(basename "$pdf" .pdf)
  qpdf --warning-exit-0 "$pdf" --pages . 1,z -- "$out/pdf/$slug.ends" 2>/dev/null || cp "$pdf" "$out/pdf/$slug.ends"
  for v in keep light; do
    flag=""; [ "$v" = keep ] && flag=--keep-seal-ink
    dotnet "$dll" extract --text $flag "$out/pdf/$slug.ends" > "$out/$v/documents/$slug.txt" || echo "$v: $slug failed" >&2
    cp "$root/tests/corpus/documents/$slug.json" "$out/$v/documents/"
  done
done
for v in keep light; do echo "== $v"; dotnet "$dll" eval --corpus "$out/$v" --misses > "$out/$v.eval"; sed -n '/^field/,/^signer_title/p;/^numbered (documents)/p' "$out/$v.eval"; done
