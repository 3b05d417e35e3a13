#!/usr/bin/env bash
# Runs every benchmark scenario at each of its sizes, each run in a fresh process (so peak RSS
# is that run's), and prints a Markdown table of medians with the ratios between consecutive
# sizes.
#
#   Sources/RecountBenchmarks/run-all.sh                    every scenario at its default sizes
#   Sources/RecountBenchmarks/run-all.sh claims sum:100,1000 some scenarios, some sizes
#
# Environment: RUNS (runs per size, default 3; the median is shown), TIMEOUT (seconds per run,
# default 60: a run that takes longer is stopped, reported as such, and the scenario's larger
# sizes are skipped), NO_BUILD=1 (use the release binary as it is). Each run's full output is
# kept in .build/benchmarks/.
#
# Columns: stage times are medians of wall time in seconds; "× size" and "× total" are the ratios
# of size and total time to the row above; "exp" is log(× total) / log(× size), so 1 is linear
# and 2 quadratic. "peak RSS" is the process's VmHWM; "used" is the peak less the RSS of the
# process once its input was generated, i.e. what loading and checking took; "× used" is its
# ratio to the row above.
set -euo pipefail

cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-60}
binary=.build/release/RecountBenchmarks
logs=.build/benchmarks
if [ "${NO_BUILD:-0}" != 1 ]; then
    swift build -c release --product RecountBenchmarks >&2
fi
mkdir -p "$logs"

if [ $# -eq 0 ]; then set -- claims sum sum-metric sum-flat growth corpus; fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| scenario | size | input MB | facts | claims | parse s | resolve s | engine s | total s | × size | × total | exp | peak RSS MB | used MB | × used |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for argument in "$@"; do
    scenario=${argument%%:*}
    if [ "$scenario" = "$argument" ]; then sizes=$("$binary" sizes "$scenario"); else sizes=${argument#*:}; sizes=${sizes//,/ }; fi
    previous=""
    for size in $sizes; do
        records=()
        stopped=""
        for run in $(seq 1 "$RUNS"); do
            log="$logs/$scenario-$size-$run.txt"
            set +e
            timeout "$TIMEOUT" "$binary" "$scenario" "$size" >"$log" 2>&1
            status=$?
            set -e
            if [ $status -eq 124 ]; then stopped="stopped after $TIMEOUT s"; break; fi
            if [ $status -ne 0 ]; then stopped="failed ($status), see $log"; break; fi
            records+=("$(grep '^record' "$log")")
        done
        if [ -n "$stopped" ]; then
            echo "| $scenario | $size | | | | | | | $stopped | | | | | | |"
            break
        fi
        column() { printf '%s\n' "${records[@]}" | cut -f "$1" | median; }
        row=$(printf '%s\t' "$(column 4)" "$(column 5)" "$(column 6)" "$(column 7)" "$(column 8)" "$(column 9)" \
            "$(column 10)" "$(column 11)" "$(column 12)")
        echo "$scenario $size $row $previous" | awk '{
            scenario = $1; size = $2; mb = $3; facts = $4; claims = $5; parse = $6; resolve = $7; engine = $8
            total = $9; rss = $10; used = $11
            xs = xt = ex = xu = ""
            if (NF >= 14) {
                psize = $12; ptotal = $13; pused = $14
                xs = sprintf("%.1f", size / psize)
                if (ptotal > 0) { xt = sprintf("%.1f", total / ptotal) }
                if (ptotal > 0 && total > 0 && size != psize) { ex = sprintf("%.2f", log(total / ptotal) / log(size / psize)) }
                if (pused > 0) { xu = sprintf("%.1f", used / pused) }
            }
            printf "| %s | %d | %.2f | %d | %d | %.3f | %.3f | %.3f | %.3f | %s | %s | %s | %.1f | %.1f | %s |\n",
                scenario, size, mb, facts, claims, parse, resolve, engine, total, xs, xt, ex, rss, used, xu
        }'
        previous="$size $(column 10) $(column 12)"
    done
done
