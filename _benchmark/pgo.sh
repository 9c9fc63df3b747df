#!/usr/bin/env bash
# Writes cmd/newsdoc/default.pgo, the CPU profile the go command builds the
# newsdoc command with (profile-guided optimization: go build, go run and
# go install of ./cmd/newsdoc use it by themselves), and, with "compare",
# times the command built with it beside the command built without it.
#
#   bash _benchmark/pgo.sh            # from the repository root: the profile
#   bash _benchmark/pgo.sh compare    # the two builds, in alternating rounds
#
# The profile is of Parse on the full pages of the corpus only
# (BenchmarkParse/html-pages, 10 s), so that the hexo-sina posts and the
# seed, which "compare" times, are inputs it was not made from. It is the
# library's own code that it speeds up; a program that imports the library
# gets none of it unless its own main package has a profile (which may be
# this one, merged into its own with go tool pprof -proto).
#
# Environment: NEWSDOC_CORPUS (default ../shared/corpus beside the
# repository), ROUNDS (compare's rounds, default 11), COPIES (compare's
# copies of each input, default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${NEWSDOC_CORPUS:-$(cd .. && pwd)/shared/corpus}"
[ -d "$corpus/html" ] || { echo "corpus not found at $corpus" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ "${1:-}" != "compare" ]; then
	go test -c -pgo=off -o "$tmp/newsdoc.test" .
	NEWSDOC_CORPUS="$corpus" "$tmp/newsdoc.test" -test.run '^$' -test.bench '^BenchmarkParse$/^html-pages$' \
		-test.benchtime 10s -test.cpuprofile "$tmp/cpu.pprof" >&2
	cp "$tmp/cpu.pprof" cmd/newsdoc/default.pgo
	echo "wrote cmd/newsdoc/default.pgo" >&2
	exit 0
fi

# compare: the command over COPIES copies of the held-out inputs (the
# hexo-sina posts and the seed), one worker, JSON Lines to /dev/null; each
# round runs both builds, in turn first.
rounds="${ROUNDS:-11}"
copies="${COPIES:-100}"
go build -pgo=off -o "$tmp/newsdoc-off" ./cmd/newsdoc
go build -o "$tmp/newsdoc-pgo" ./cmd/newsdoc
for i in $(seq "$copies"); do
	mkdir -p "$tmp/in/$i"
	cp "$corpus"/hexo-sina/*.md testdata/golden/seed-beijing-report/input.md "$tmp/in/$i/"
done
run() { # run BUILD: the seconds of one pass, or the script stops
	local start end
	start=$(date +%s.%N)
	if ! "$tmp/newsdoc-$1" -j 1 -format jsonl "$tmp/in" >/dev/null 2>"$tmp/err"; then
		echo "newsdoc-$1 failed:" >&2
		cat "$tmp/err" >&2
		exit 1
	fi
	end=$(date +%s.%N)
	echo "$1 $(echo "$end - $start" | bc)" >>"$tmp/times"
}
for r in $(seq "$rounds"); do
	if [ $((r % 2)) -eq 1 ]; then order="off pgo"; else order="pgo off"; fi
	for b in $order; do
		run "$b"
	done
done
awk -v files="$(find "$tmp/in" -type f | wc -l)" '
	function median(v, m,    i, j, x) {
		for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
		return (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
	}
	{ t[$1] = t[$1] " " $2; n[$1]++; last[$1] = $2 }
	# a round is done when both builds have run in it: its ratio
	n["pgo"] == n["off"] && n["pgo"] > rounds { rounds++; ratio[rounds] = last["pgo"] / last["off"] }
	END {
		for (b in t) {
			split(substr(t[b], 2), v, " ")
			med[b] = median(v, n[b])
			printf "%s: median %.3f s over %d rounds (%s), %d files\n", b, med[b], n[b], substr(t[b], 2), files
		}
		printf "pgo / off: %.3f (medians); %.3f (median of the rounds, each pgo over off)\n", med["pgo"] / med["off"], median(ratio, rounds)
	}' "$tmp/times"
