#!/usr/bin/env bash
# Whole-process ("cold") runs of ./treatycheck against the floor program, medians of RUNS runs:
#   check of a 30-clause draft (rule-base cache and CDS archive warm), the first run after a rule
#   edit, 10,000 and 50,000 clauses, a folder of 1,000 drafts of 30 clauses, and for each single
#   draft the floor: a JVM that only writes a workbook of the same rows with POI.
# Each time is one run measured by hyperfine when installed (else /usr/bin/time, else date); a
# check and its floor run interleaved, so that both see the same load on a shared machine.
#
#   bench/cold-runs.sh                 # everything, 5 runs each
#   RUNS=10 bench/cold-runs.sh 30 edit # only some cases: 30 edit 10k 50k folder
#
# Environment: RUNS (default 5), WORK (scratch folder, default bench/target/cold), FOLDER_DRAFTS
# (default 1000). The runs use their own cache folder under WORK, never the user's.
# The floor runs twice: as a plain JVM (java -cp ..., default options: the floor of the issue) and
# with the launcher's JVM options (but no application CDS archive, which is the tool's own work).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS=${RUNS:-5}
WORK=${WORK:-$root/bench/target/cold}
FOLDER_DRAFTS=${FOLDER_DRAFTS:-1000}
TUNED_OPTS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseParallelGC -XX:InitialRAMPercentage=4 -XX:MaxTenuringThreshold=0 -XX:-UsePerfData -Xshare:auto"
cases=${*:-30 edit 10k 50k folder}

jar=$root/target/treatycheck.jar
bench=$root/bench/target/treatycheck-bench.jar
if [ ! -f "$jar" ]; then
    echo "building $jar..." >&2
    mvn -B -q -DskipTests package >&2
fi
if [ ! -f "$bench" ] || [ -n "$(find "$root/bench/src" "$root/bench/pom.xml" -newer "$bench" -print -quit)" ]; then
    echo "building $bench..." >&2
    mvn -B -q -f bench/pom.xml package >&2
fi

mkdir -p "$WORK"
export TREATYCHECK_CACHE_DIR=$WORK/cache
unset TREATYCHECK_CACHE TREATYCHECK_JAVA_OPTS
results=$WORK/results.md

gen() { java -cp "$bench:$jar" org.treatycheck.bench.DraftGenerator "$@"; }
[ -f "$WORK/d30.yaml" ] || gen 30 "$WORK/d30.yaml"
case " $cases " in *" 10k "*) [ -f "$WORK/d10000.yaml" ] || gen 10000 "$WORK/d10000.yaml" ;; esac
case " $cases " in *" 50k "*) [ -f "$WORK/d50000.yaml" ] || gen 50000 "$WORK/d50000.yaml" ;; esac
case " $cases " in *" folder "*)
    if [ "$(find "$WORK/folder" -name '*.yaml' 2>/dev/null | wc -l)" -ne "$FOLDER_DRAFTS" ]; then
        rm -rf "$WORK/folder"
        gen 30 "$WORK/folder" --count "$FOLDER_DRAFTS"
    fi ;;
esac
rules_count=$(grep -h '^rule ' rules/*.drl | wc -l | tr -d ' ')

# Warm the caches the way a user's first run does: the CDS archive (made now, not in the
# background) and the compiled rule base.
echo "preparing the CDS archive and the rule-base cache in $TREATYCHECK_CACHE_DIR..." >&2
TREATYCHECK_CDS=sync ./treatycheck check "$WORK/d30.yaml" -o "$WORK/out" >/dev/null 2>&1 || true

# The number of findings of a draft, for the floor's row count.
findings() { { ./treatycheck check "$1" -o "$WORK/out" --format json 2>/dev/null || true; } | sed -n 's/.*: \([0-9][0-9]*\) findings.*/\1/p' | head -n 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a" } else if (NR % 2) { print v[(NR + 1) / 2] } else { printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'; }

# timed COMMAND: runs COMMAND once (its output discarded, its exit status ignored) and prints its
# wall time in seconds: measured by hyperfine when installed, else by /usr/bin/time, else by date.
timed() {
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N -i --runs 1 --style none --export-json "$WORK/timed.json" "$1" >/dev/null 2>&1 || { echo n/a; return; }
        grep -o '"median": *[0-9.e-]*' "$WORK/timed.json" | head -n 1 | sed 's/.*: *//' | awk '{ printf "%.3f\n", $1 }'
    elif [ -x /usr/bin/time ]; then
        { /usr/bin/time -f '%e' sh -c "$1" >/dev/null 2>/dev/null; } 2>&1 | tail -n 1
    else
        local start end
        start=$(date +%s%N)
        sh -c "$1" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
    fi
}

# measure PREPARE COMMAND...: one warm-up run of each command, then RUNS rounds in which every
# command runs once, in an order that rotates from round to round, so that all of them see the same
# machine load; PREPARE (may be empty) runs untimed before each run. Prints one median (seconds) per
# command, one per line.
measure() {
    local prepare=$1
    shift
    local n=$# i r k cmds=("$@") times=()
    for ((k = 0; k < n; k++)); do
        [ -n "$prepare" ] && sh -c "$prepare"
        timed "${cmds[k]}" >/dev/null
    done
    for ((r = 0; r < RUNS; r++)); do
        for ((i = 0; i < n; i++)); do
            k=$(((i + r) % n))
            [ -n "$prepare" ] && sh -c "$prepare"
            times[k]="${times[k]:-} $(timed "${cmds[k]}")"
        done
    done
    for ((k = 0; k < n; k++)); do
        # shellcheck disable=SC2086
        printf '%s\n' ${times[k]} | median
    done
}

floor_cmd() { echo "java $1 -cp $bench:$jar org.treatycheck.bench.Floor $WORK/floor.xlsx $2 $3 $rules_count"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

{
    echo "# treatycheck cold runs ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(free -g 2>/dev/null | awk '/Mem:/ { print $2 " GB RAM" }')"
    echo "- java: $(java -version 2>&1 | head -n 1); timer: $(command -v hyperfine >/dev/null && hyperfine --version || echo /usr/bin/time); runs: $RUNS (median, after 1 warm-up; check and floor interleaved)"
    echo "- treatycheck: the launcher (JVM options $TUNED_OPTS and its CDS archive); floor: java -cp (plain), and java $TUNED_OPTS -cp (tuned)"
    echo
    echo "| case | treatycheck s | floor, plain JVM s | ratio | floor, tuned JVM s | ratio | load before / after |"
    echo "|---|---|---|---|---|---|---|"
} | tee "$results"

load() { cut -d ' ' -f 1 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average[s]*: *//; s/,.*//'; }

single() { # NAME FILE CLAUSES
    local name=$1 file=$2 clauses=$3 before t f g rows
    rows=$(findings "$file")
    before=$(load)
    { read -r t; read -r f; read -r g; } < <(measure "" "./treatycheck check $file -o $WORK/out" \
        "$(floor_cmd "" "${rows:-0}" "$clauses")" "$(floor_cmd "$TUNED_OPTS" "${rows:-0}" "$clauses")")
    echo "| $name ($clauses clauses, $rows findings) | $t | $f | $(ratio "$t" "$f") | $g | $(ratio "$t" "$g") | $before / $(load) |" \
        | tee -a "$results"
}

for c in $cases; do
    case $c in
        30) single check-30 "$WORK/d30.yaml" 30 ;;
        edit)
            # A rule edit: a fresh comment in a copy of the rules before every run, so every run
            # compiles the rules (and caches them) as the first run after an analyst's edit does.
            rm -rf "$WORK/rules-edit" && cp -r rules "$WORK/rules-edit"
            before=$(load)
            t=$(measure "echo \"// edit \$(date +%s%N)\" >> $WORK/rules-edit/treaty.drl" \
                "./treatycheck check $WORK/d30.yaml -o $WORK/out --rules $WORK/rules-edit")
            echo "| check-30, first run after a rule edit | $t | | | | | $before / $(load) |" | tee -a "$results"
            ;;
        10k) single check-10k "$WORK/d10000.yaml" 10000 ;;
        50k)
            single check-50k "$WORK/d50000.yaml" 50000
            # The heap bound: the same run must pass within 1 GiB of heap.
            if TREATYCHECK_JAVA_OPTS=-Xmx1g ./treatycheck check "$WORK/d50000.yaml" -o "$WORK/out" >/dev/null 2>&1 || [ $? -eq 1 ]; then
                echo "| check-50k with -Xmx1g | passes | | | | | |" | tee -a "$results"
            else
                echo "| check-50k with -Xmx1g | FAILS | | | | | |" | tee -a "$results"
            fi
            ;;
        folder)
            before=$(load)
            t=$(measure "rm -rf $WORK/out-folder" "./treatycheck check $WORK/folder -o $WORK/out-folder")
            rate=$(awk -v n="$FOLDER_DRAFTS" -v t="$t" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "n/a" }')
            echo "| folder of $FOLDER_DRAFTS drafts of 30 clauses ($rate drafts/s) | $t | | | | | $before / $(load) |" | tee -a "$results"
            ;;
        *) echo "unknown case $c (30 edit 10k 50k folder)" >&2; exit 2 ;;
    esac
done
echo >&2
echo "results: $results" >&2
