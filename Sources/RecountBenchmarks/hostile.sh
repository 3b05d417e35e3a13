#!/usr/bin/env bash
# Measures `recount check` on hostile input of growing size: that time stays linear in the input
# and the output stays bounded, whatever the input holds.
#
#   Sources/RecountBenchmarks/hostile.sh              sizes 8K 100K 1M 10M 50M
#   Sources/RecountBenchmarks/hostile.sh 8K 1M         some sizes
#
# Each shape is written at each size into a temporary project, then checked once by the release
# binary (NO_BUILD=1 uses it as it is). Printed per run: the input's bytes, wall seconds, peak
# RSS (VmHWM, in MB), and the bytes written to standard output and standard error. Shapes:
#   bangs      one line of `!`                       (one stray run)
#   junk-lines lines of mixed stray characters        (one diagnostic per line, merged in runs)
#   bad-claims claims whose every line is a mistake   (many different diagnostics, capped per file)
#   long-quote one claim whose quote is the whole size (one huge string)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${NO_BUILD:-0}" != 1 ]; then swift build -c release --product recount >&2; fi
binary=$PWD/.build/release/recount
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(8K 100K 1M 10M 50M)
bytes() {
    case $1 in
        *K) echo $(( ${1%K} * 1000 )) ;;
        *M) echo $(( ${1%M} * 1000000 )) ;;
        *) echo "$1" ;;
    esac
}
generate() {  # shape size file
    python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, "w", encoding="utf-8") as f:
    if shape == "bangs":
        f.write("!" * n + "\n")
    elif shape == "junk-lines":
        line = "!;&`~\\^|\n"
        f.write(line * (n // len(line)))
    elif shape == "bad-claims":
        block = "claim c\n  states $5B &\n  because 3 +* 2\n  bogus 1\n\tquote \"x\"\n"
        f.write(block * (n // len(block)))
    elif shape == "long-quote":
        f.write('claim c\n  quote "' + "word " * (n // 5) + '"\n  states 5\n  because 5\n')
PY
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '| shape | input bytes | wall s | peak RSS MB | stdout bytes | stderr bytes |\n| --- | --- | --- | --- | --- | --- |\n'
for shape in bangs junk-lines bad-claims long-quote; do
    for size in "${sizes[@]}"; do
        mkdir -p "$work/Claims"
        file="$work/Claims/input.claims"
        generate "$shape" "$(bytes "$size")" "$file"
        start=$(date +%s.%N)
        /usr/bin/time -f '%M' -o "$work/rss" "$binary" check --root "$work" >"$work/out" 2>"$work/err" || true
        end=$(date +%s.%N)
        printf '| %s | %s | %.2f | %d | %s | %s |\n' "$shape" "$(stat -c %s "$file")" "$(echo "$end - $start" | bc)" \
            "$(( $(tail -1 "$work/rss") / 1024 ))" "$(stat -c %s "$work/out")" "$(stat -c %s "$work/err")"
        rm -rf "$work/Claims"
    done
done
