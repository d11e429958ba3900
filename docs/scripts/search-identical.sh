#!/bin/bash
# search-identical.sh DATA PLANS_DLL_A PLANS_DLL_B: 50 searches of `plans bench query`'s mix (very common words, a
# phrase, an exclusion, typed marks and none, places, numbers; level, year, province and type filters; later pages)
# through `plans search --json` with each build over the same data folder; prints IDENTICAL or the queries whose JSON
# (total, hits in order, scores, snippets) differs. A search speed change is accepted only where this prints IDENTICAL.
# For a change to what the index holds: search-identical.sh DATA_A PLANS_DLL_A PLANS_DLL_B DATA_B, each build's own
# `plans ingest` of the same folder, build A searching DATA_A and build B searching DATA_B. Two ingests of a folder
# number its plans in the order their writer threads reached the index, so hits of equal score come in either order:
# then the totals, the facets and each page's scores must be equal, plan ids and snippets aside.
set -euo pipefail
data=$1; a=$2; b=$3; data_b=${4:-$1}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
queries=(
  "thi đua" "kế hoạch" "nông thôn mới" "giảm nghèo" "chuyen doi so" '"cải cách hành chính"' "Đồng Nai" "pháp luật -thiên"
  "báo cáo" "ubnd" '"nhiệm vụ"' "khen thưởng" "an toan giao thong" "phòng chống -dịch" "quốc phòng" "Hà Nội"
  "1/KH-UBND" "12/KH-UBND" "8/KH-UBDT" "16/CT-TTg" "20-CT/TW" "Định Quán" "Long Hải" "Đức Tịnh" "xã" "huyện"
  "ke hoach +\"nong thon\" -moi" "title:\"nông thôn\" body:giảm" "chuyển*" "khen thưởng | kỷ luật" "năm 2023"
)
# Each set of filter options, its words split at "|".
args=(
  "" "--level|district" "--year|2023" "--level|district|--year|2023" "--page|3" "--level|commune|--page|2"
  "--province|Đồng Nai" "--type|ke-hoach" "--year|2022|--level|province"
)
i=0
for q in "${queries[@]}"; do
  for extra in "" "${args[$((i % ${#args[@]}))]}"; do
    [ $i -ge 50 ] && break 2
    IFS='|' read -r -a options <<< "$extra"
    for build in A B; do
      dll=$a; folder=$data; [ "$build" = B ] && dll=$b && folder=$data_b
      dotnet "$dll" --data "$folder" search "$q" "${options[@]}" --json > "$work/$build-$i.json"
    done
    if [ "$data_b" = "$data" ]; then cmp -s "$work/A-$i.json" "$work/B-$i.json" || echo "DIFFERS: $q $extra"
    else python3 -c 'import json, sys
key = lambda f: (lambda r: (r["total"], json.dumps(r["facets"], sort_keys=True), sorted(h["score"] for h in r["hits"])))(json.load(open(f)))
sys.exit(key(sys.argv[1]) != key(sys.argv[2]))' "$work/A-$i.json" "$work/B-$i.json" || echo "DIFFERS: $q $extra"; fi
    i=$((i + 1))
  done
done
if [ "$data_b" = "$data" ]; then
  diff -rq <(cd "$work" && cat A-*.json) <(cd "$work" && cat B-*.json) >/dev/null && echo "IDENTICAL ($i searches)"
else echo "done: $i searches (no DIFFERS line: totals, facets and scores equal)"; fi
