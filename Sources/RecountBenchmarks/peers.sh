#!/usr/bin/env bash
# Recount against the plain-text accounting tools people already trust: ledger-cli, hledger and
# beancount, on one generated archive per size, and the seed article end to end.
#
#   Sources/RecountBenchmarks/peers.sh                         10k, 100k and 1M facts, 3 runs each
#   SIZES="10000 100000" RUNS=3 Sources/RecountBenchmarks/peers.sh
#   SIZES=1000000 RUNS=1 SKIP="bean-check ledger-bal" Sources/RecountBenchmarks/peers.sh
#
# Environment: SIZES (facts per archive), RUNS (runs per tool and size, default 3; the median is
# shown), TIMEOUT (seconds per run, default 1800: a run that takes longer is stopped, reported,
# and the tool is skipped at the larger sizes), SKIP (tools left out, from: recount-check
# ledger-stats ledger-bal hledger-check hledger-passing bean-check recount-report seed), BAL_MAX (the largest size
# `ledger bal` runs at, default 100000: its report is far slower than its check), SEED (the
# archive's seed, default 2026), NO_BUILD=1 (use the release binaries as they are), NO_INSTALL=1
# (do not install missing peers; they are skipped). Archives and each run's output are kept in
# .build/peers/.
#
# What is measured: each run is one process, timed by GNU time (`/usr/bin/time`, else a Python
# wrapper around getrusage): wall time, user CPU time, peak RSS. Runs are interleaved (run 1 of
# every tool, then run 2, …) so that the load of a shared machine falls on all tools alike.
# "÷" columns are Recount's `check` figure divided by the tool's: below 1 means Recount is faster.
#
# What is checked: that every tool found the number of failing checks the generator's manifest
# says it wrote. Recount: the claims `recount check` counts as inconsistent. ledger-cli: its
# "Balance assertion off by" errors (it reports each and goes on). hledger: it stops at the first
# failing assertion, in date order, so it must fail and name the line the manifest gives; and
# since it then skips the rest, it also runs as hledger-passing on the same journal with every
# assertion true (the full check), where it must find none.
# beancount: its "Balance failed" errors. Any other count prints a MISMATCH line and makes the
# script exit 1 at the end. What is and is not equivalent between the tools is in README.md here.
set -euo pipefail

cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-1800}
SKIP=${SKIP:-}
BAL_MAX=${BAL_MAX:-100000}
SEED=${SEED:-2026}
work=.build/peers
recount=$PWD/.build/release/recount
generator=$PWD/.build/release/RecountBenchmarks
mkdir -p "$work"
status_all=0

if [ "${NO_BUILD:-0}" != 1 ]; then
    swift build -c release --product recount >&2
    swift build -c release --product RecountBenchmarks >&2
fi

skipped() { case " $SKIP " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# The peers, installed when missing: ledger and hledger from Debian, beancount from PyPI.
if [ "${NO_INSTALL:-0}" != 1 ]; then
    if ! command -v ledger >/dev/null || ! command -v hledger >/dev/null; then
        if ! skipped ledger-stats || ! skipped hledger-check; then
            echo "installing ledger and hledger (apt-get)" >&2
            { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ledger hledger; } >"$work/apt.log" 2>&1 \
                || echo "could not install ledger and hledger: see $work/apt.log" >&2
        fi
    fi
    if ! command -v bean-check >/dev/null && ! skipped bean-check; then
        echo "installing beancount (pip)" >&2
        python3 -m pip install beancount >"$work/pip.log" 2>&1 || echo "could not install beancount: see $work/pip.log" >&2
    fi
fi
for tool in ledger-stats:ledger ledger-bal:ledger hledger-check:hledger hledger-passing:hledger bean-check:bean-check; do
    if ! command -v "${tool#*:}" >/dev/null && ! skipped "${tool%%:*}"; then
        echo "note: ${tool#*:} is not installed; ${tool%%:*} is skipped" >&2
        SKIP="$SKIP ${tool%%:*}"
    fi
done

# measure OUT LOG COMMAND…: runs COMMAND under TIMEOUT with its output in LOG, and writes
# "wall user peak-KB status" to OUT.
if [ -x /usr/bin/time ]; then
    measure() {
        local out=$1 log=$2; shift 2
        /usr/bin/time -f '%e %U %M %x' -o "$out" timeout "$TIMEOUT" "$@" >"$log" 2>&1 || true
        # GNU time writes "Command exited with non-zero status N" first when the command fails.
        tail -n 1 "$out" >"$out.tmp" && mv "$out.tmp" "$out"
    }
else
    measure() {
        local out=$1 log=$2; shift 2
        python3 -c '
import resource, subprocess, sys, time
start = time.monotonic()
with open(sys.argv[2], "w") as log:
    status = subprocess.run(["timeout", sys.argv[3]] + sys.argv[4:], stdout=log, stderr=subprocess.STDOUT).returncode
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write("%.2f %.2f %d %d\n" % (wall, usage.ru_utime, usage.ru_maxrss, status))
' "$out" "$log" "$TIMEOUT" "$@"
    }
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { grep -E "^$2 " "$1" | cut -d' ' -f2; }

# found TOOL LOG: the number of failing checks the tool reported in LOG (for hledger, the line of
# the failing assertion it named).
found() {
    case $1 in
        recount-check)
            # The closing line counts the claims by verdict: "…, 3 inconsistent, …".
            grep -Eo '[0-9]+ inconsistent' "$2" | tail -n 1 | cut -d' ' -f1 | grep . || echo 0 ;;
        # Not ledger's exit status: that is the count of errors modulo 256.
        ledger-*) grep -c 'Error: Balance assertion off by' "$2" || true ;;
        hledger-check) grep -Eo 'balance assertion: .*\(line [0-9]+' "$2" | grep -Eo '[0-9]+$' | head -n 1 | grep . || echo none ;;
        hledger-passing) grep -c 'balance assertion' "$2" || true ;;
        bean-check) grep -c 'Balance failed' "$2" || true ;;
        *) echo - ;;
    esac
}

# command_for TOOL DIR: the command line of TOOL on the archive (or project) in DIR.
command_for() {
    case $1 in
        recount-check) echo "$recount check --root $2" ;;
        recount-report) echo "$recount report --root $2" ;;
        ledger-stats) echo "ledger -f $2/Peers/archive.journal stats" ;;
        ledger-bal) echo "ledger -f $2/Peers/archive.journal bal" ;;
        hledger-check) echo "hledger -f $2/Peers/archive.journal check" ;;
        hledger-passing) echo "hledger -f $2/Peers/archive-passing.journal check" ;;
        bean-check) echo "env BEANCOUNT_DISABLE_LOAD_CACHE=1 bean-check $2/Peers/archive.beancount" ;;
    esac
}

# run_set NAME DIR TOOL…: RUNS interleaved runs of each tool on DIR; the table's rows on stdout,
# one "TOOL wall user rss found" record per tool in $work/NAME.medians.
run_set() {
    local name=$1 dir=$2; shift 2
    local tools=("$@") tool run
    for run in $(seq 1 "$RUNS"); do
        for tool in "${tools[@]}"; do
            [ -e "$work/$name.$tool.stopped" ] && continue
            # A report is written afresh by every run, into the archive's own Reports/.
            [ "$tool" = recount-report ] && rm -rf "$dir/Reports"
            # beancount would otherwise load a pickle of the file it parsed on the first run.
            rm -f "$dir/Peers/.archive.beancount.picklecache"
            # shellcheck disable=SC2046
            measure "$work/$name.$tool.$run.time" "$work/$name.$tool.$run.log" $(command_for "$tool" "$dir")
            if [ "$(cut -d' ' -f4 "$work/$name.$tool.$run.time")" = 124 ]; then
                echo "stopped after $TIMEOUT s" >"$work/$name.$tool.stopped"
            fi
        done
    done
    : >"$work/$name.medians"
    for tool in "${tools[@]}"; do
        if [ -e "$work/$name.$tool.stopped" ]; then echo "$tool stopped" >>"$work/$name.medians"; continue; fi
        local times=("$work/$name.$tool".*.time)
        col() { cat "${times[@]}" | cut -d' ' -f"$1" | median; }
        echo "$tool $(col 1) $(col 2) $(col 3) $(found "$tool" "$work/$name.$tool.1.log")" >>"$work/$name.medians"
    done
}

# print_table NAME EXPECTED-FAILING HLEDGER-LINE: the Markdown rows of one set, with the ratios
# to `recount check`, and a MISMATCH line for each tool whose count differs from the manifest.
print_table() {
    local name=$1 expected=$2 hledger_line=$3
    echo "| tool | wall s | user s | peak RSS MB | failing found | recount check ÷ tool, wall | ÷ user |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    local base
    base=$(grep '^recount-check ' "$work/$name.medians" || true)
    awk -v base="$base" '{
        if ($2 == "stopped") { printf "| %s | stopped | | | | | |\n", $1; next }
        split(base, b, " ")
        rw = ru = ""
        if (b[2] != "" && b[2] != "stopped" && $2 > 0) rw = sprintf("%.2f", b[2] / $2)
        if (b[3] != "" && b[3] != "stopped" && $3 > 0) ru = sprintf("%.2f", b[3] / $3)
        count = $1 == "hledger-check" ? "first, at line " $5 : $5
        printf "| %s | %.2f | %.2f | %.0f | %s | %s | %s |\n", $1, $2, $3, $4 / 1024, count, rw, ru
    }' "$work/$name.medians"
    [ -z "$expected" ] && return 0
    while read -r tool wall _ _ count; do
        [ "$wall" = stopped ] && continue
        case $tool in
            recount-report) continue ;;
            hledger-check) want=$hledger_line ;;
            hledger-passing) want=0 ;;
            *) want=$expected ;;
        esac
        if [ "$count" != "$want" ]; then
            if [ "$tool" = hledger-check ]; then
                echo "MISMATCH: $tool stopped at the assertion on line $count, the manifest's first failing one is line $want"
            else
                echo "MISMATCH: $tool found $count failing checks, the manifest says $want"
            fi
            status_all=1
        fi
    done <"$work/$name.medians"
}

echo "# Recount against ledger-cli, hledger and beancount"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start;" \
    "RUNS=$RUNS, median of wall time, user time and peak RSS per tool."
echo "$("$recount" --version 2>&1 | head -n 1); $(ledger --version 2>/dev/null | head -n 1 || echo 'no ledger');" \
    "$(hledger --version 2>/dev/null || echo 'no hledger'); $(bean-check --version 2>/dev/null || echo 'no beancount')"

for size in $SIZES; do
    dir=$work/archive-$size
    rm -rf "$dir"
    "$generator" write archive "$size" "$dir" "$SEED"
    expected=$(field "$dir/manifest.txt" failing-assertions)
    hledger_line=$(field "$dir/manifest.txt" hledger-first-failing-line)
    tools=()
    for tool in recount-check ledger-stats ledger-bal hledger-check hledger-passing bean-check recount-report; do
        skipped "$tool" && continue
        [ "$tool" = ledger-bal ] && [ "$size" -gt "$BAL_MAX" ] && continue
        # A tool stopped at a smaller size is not run at the larger ones.
        if compgen -G "$work/archive-*.$tool.stopped" >/dev/null; then continue; fi
        tools+=("$tool")
    done
    megabytes() { awk -v b="$(wc -c <"$1")" 'BEGIN { printf "%.1f MB", b / 1048576 }'; }
    echo
    echo "## $size facts, $(field "$dir/manifest.txt" claims) claims, $expected of them wrong (seed $SEED)"
    echo
    echo "Input: Recount $(megabytes "$dir/Evidence/archive.ledger") + $(megabytes "$dir/Claims/archive.claims")," \
        "journal $(megabytes "$dir/Peers/archive.journal"), beancount $(megabytes "$dir/Peers/archive.beancount")."
    [ -n "$SKIP" ] && echo "Skipped: $SKIP."
    echo
    rm -f "$work/archive-$size".*.time "$work/archive-$size".*.log
    run_set "archive-$size" "$dir" "${tools[@]}"
    print_table "archive-$size" "$expected" "$hledger_line"
done

if ! skipped seed; then
    seed=$work/seed
    rm -rf "$seed"
    mkdir -p "$seed"
    cp -R Claims Evidence "$seed/"
    echo
    echo "## The seed article end to end (a copy of Claims/ and Evidence/; process start included)"
    echo
    rm -f "$work/seed".*.time "$work/seed".*.log
    run_set seed "$seed" recount-check recount-report
    print_table seed "" ""
fi
exit $status_all
