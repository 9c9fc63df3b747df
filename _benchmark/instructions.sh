#!/usr/bin/env bash
# Counts the instructions one Parse takes, beside the bare tokenizer's on
# the same bytes, the branches mispredicted and the instruction-cache
# misses, with valgrind's cachegrind (its branch predictor and its caches
# are models, not this machine's): measures that, unlike time, do not move
# with the machine's load. A mispredicted branch costs the processor some
# fifteen cycles and a line of code fetched again from the next cache some
# more, so where the instructions do not tell why a version is slower, the
# mispredictions and the misses may. The two models are indexed by the
# code's addresses, so they also move when code elsewhere moves: the same
# code built with a dead function added misses 653-679 K lines on the
# posts. Tell a change by them only over several builds. Each figure is
# the difference of two runs of the package's benchmarks (N1 and N2
# iterations) over N2-N1, so the process's start and the default policy's
# one-time build drop out. GC is off (GOGC=off) for the count: the
# collector's work is not in it; preemption signals are too
# (GODEBUG=asyncpreemptoff=1), which valgrind can fail on.
#
#   bash _benchmark/instructions.sh          # from the repository root
#
# Needs valgrind. Inputs as BenchmarkParse has them (the seed and the
# held-out pages; with ../shared/corpus, the hexo-sina posts, the full
# pages and the held-out posts).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }
bin="$(mktemp -d)/newsdoc.test"
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" .

# count BENCH N: the instructions, the mispredicted branches and the
# first-level instruction-cache misses of N iterations of BENCH, whole
# process, as "instructions mispredictions misses": cachegrind's branch
# and cache simulations (its caches as the machine's processor reports
# them: on the 2-core machine, 32 KB of code a core, in lines of 64 bytes).
count() {
	for _ in 1 2 3 4 5 6; do # valgrind now and then stops with no count
		v=$(GOMAXPROCS=1 GOGC=off GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
			--cachegrind-out-file=/dev/null "$bin" -test.run '^$' -test.bench "$1" -test.benchtime "${2}x" 2>&1 |
			awk '/I *refs:/ {gsub(",", "", $4); i = $4} /Mispredicts:/ {gsub(",", "", $3); m = $3} /I1 *misses:/ {gsub(",", "", $4); c = $4}
				END {if (i != "" && m != "" && c != "") print i, m, c}')
		[ -n "$v" ] && { echo "$v"; return; }
	done
	echo "no count for $1" >&2
	exit 1
}

# perop BENCH N1 N2: instructions, mispredicted branches and
# instruction-cache misses per iteration.
perop() {
	read -r ia ma ca < <(count "$1" "$2")
	read -r ib mb cb < <(count "$1" "$3")
	# The tokenizer misses next to no line of code: the difference of two
	# runs can then come out a few hundred below zero, which reads as 0.
	echo $(((ib - ia) / ($3 - $2))) $(((mb - ma) / ($3 - $2))) $(((cb - ca) / ($3 - $2) > 0 ? (cb - ca) / ($3 - $2) : 0))
}

printf '| input | tokenizer | newsdoc | × tokenizer | mispredicted branches, tokenizer | newsdoc | code cache misses, tokenizer | newsdoc |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
# The development sets, then those held out from the speed work (see
# benchInputs in bench_test.go).
inputs=("seed 10 30")
if [ -n "${NEWSDOC_CORPUS:-}" ] || [ -d ../shared/corpus ]; then
	inputs+=("hexo-sina 2 4" "html-pages 1 2" "heldout-posts 4 12")
fi
inputs+=("heldout-pages 1 2")
for input in "${inputs[@]}"; do
	set -- $input
	read -r tok tokm tokc < <(perop "BenchmarkTokenizer\$/^$1\$" "$2" "$3")
	read -r nd ndm ndc < <(perop "BenchmarkParse\$/^$1\$" "$2" "$3")
	awk -v i="$1" -v t="$tok" -v n="$nd" -v tm="$tokm" -v nm="$ndm" -v tc="$tokc" -v nc="$ndc" \
		'BEGIN { printf "| %s | %.2fM | %.2fM | %.2f× | %.1fK | %.1fK | %.1fK | %.1fK |\n", i, t/1e6, n/1e6, n/t, tm/1e3, nm/1e3, tc/1e3, nc/1e3 }'
done
