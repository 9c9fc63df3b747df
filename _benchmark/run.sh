#!/usr/bin/env bash
# Runs the benchmarks of bench_test.go (5 rounds) and writes ../BENCHMARKS.md:
# the medians per input and system (cmd/benchtable), the time of each system
# as a multiple of the bare tokenizer, the machine and the date, and the
# benchstat summary when benchstat can be had from the module proxy.
#
#   bash _benchmark/run.sh            # from the repository root, or
#   cd _benchmark && ./run.sh
#
# Environment: COUNT (rounds, default 5), BENCHTIME (default 1s), NEWSDOC_CORPUS
# (default ../shared/corpus beside the repository).
set -euo pipefail
cd "$(dirname "$0")"

count="${COUNT:-5}"
benchtime="${BENCHTIME:-1s}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Rounds, not -count: go test -count runs one system N times before the
# next, so a change in the shared machine's load between systems moves
# their ratio; a round runs every system once, and benchtable pairs each
# system's run with the tokenizer's of the same round.
go test -c -o "$out/bench.test" .
for round in $(seq "$count"); do
	echo "== round $round of $count: BenchmarkExtract -benchtime $benchtime" >&2
	"$out/bench.test" -test.run '^$' -test.bench '^BenchmarkExtract$' -test.benchtime "$benchtime" -test.timeout 60m | tee -a "$out/bench.txt" >&2
done

benchstat_flag=()
echo "== benchstat" >&2
if (cd "$out" && GOFLAGS= go run golang.org/x/perf/cmd/benchstat@latest bench.txt >benchstat.txt 2>benchstat.err); then
	benchstat_flag=(-benchstat "$out/benchstat.txt")
else
	echo "benchstat not available; BENCHMARKS.md has the medians of cmd/benchtable only:" >&2
	cat "$out/benchstat.err" >&2
fi

go run ./cmd/benchtable -in "$out/bench.txt" "${benchstat_flag[@]}" \
	-go "$(go version)" -nproc "$(nproc)" >"$out/BENCHMARKS.md"
mv "$out/BENCHMARKS.md" ../BENCHMARKS.md
echo "wrote $(cd .. && pwd)/BENCHMARKS.md" >&2
