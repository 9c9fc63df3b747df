#!/usr/bin/env bash
# Runs the benchmarks of bench_test.go (-count 5) and writes ../BENCHMARKS.md:
# the medians per input and system (cmd/benchtable), the time of each system
# as a multiple of the bare tokenizer, the machine and the date, and the
# benchstat summary when benchstat can be had from the module proxy.
#
#   bash _benchmark/run.sh            # from the repository root, or
#   cd _benchmark && ./run.sh
#
# Environment: COUNT (default 5), BENCHTIME (default 1s), NEWSDOC_CORPUS
# (default ../shared/corpus beside the repository).
set -euo pipefail
cd "$(dirname "$0")"

count="${COUNT:-5}"
benchtime="${BENCHTIME:-1s}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "== go test -bench BenchmarkExtract -count $count -benchtime $benchtime" >&2
go test -run '^$' -bench '^BenchmarkExtract$' -count "$count" -benchtime "$benchtime" -timeout 60m . | tee "$out/bench.txt" >&2

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
