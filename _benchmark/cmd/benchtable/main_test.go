package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseAndWrite(t *testing.T) {
	in := `goos: linux
cpu: AMD EPYC
BenchmarkExtract/seed/tokenizer-2   10   100 ns/op   5.00 MB/s   8 B/op   1 allocs/op
BenchmarkExtract/seed/tokenizer-2   10   120 ns/op   4.00 MB/s   8 B/op   1 allocs/op
BenchmarkExtract/seed/tokenizer-2   10   110 ns/op   4.50 MB/s   8 B/op   1 allocs/op
BenchmarkExtract/seed/newsdoc-2     10  3300 ns/op   1.00 MB/s  1234567 B/op   10 allocs/op
BenchmarkExtract/html-pages/tokenizer-2  1  1000 ns/op
PASS
`
	res, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if res.cpu != "AMD EPYC" || len(res.inputs) != 2 || len(res.system["seed"]) != 2 {
		t.Fatalf("parsed %+v", res)
	}
	var b strings.Builder
	write(&b, res, "bs\n", machine{goVersion: "go version go1.26.8 linux/amd64", nproc: "2", cpu: res.cpu, date: time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC)})
	out := b.String()
	for _, want := range []string{
		"| seed | tokenizer | 110 | ±9% | 4.50 | 8 | 1 | 1.0 |",
		// Paired with the tokenizer's first round only: 3300/100.
		"| seed | newsdoc | 3,300 | ±0% | 1.00 | 1,234,567 | 10 | 33.0 |",
		"Machine: go1.26.8 linux/amd64; 2 processors (nproc); CPU AMD EPYC. Run on 2026-01-02 03:04 UTC.",
		"## benchstat\n\n```\nbs\n```\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Rounds: the k-th run of each system over the k-th of the
	// tokenizer; the median of the ratios and their range, though the
	// medians of the times alone would give 400/110.
	rounds := `BenchmarkExtract/seed/tokenizer-2   10   100 ns/op
BenchmarkExtract/seed/newsdoc-2     10   300 ns/op
BenchmarkExtract/seed/tokenizer-2   10   200 ns/op
BenchmarkExtract/seed/newsdoc-2     10   800 ns/op
BenchmarkExtract/seed/tokenizer-2   10   110 ns/op
BenchmarkExtract/seed/newsdoc-2     10   400 ns/op
`
	res, err = parse(strings.NewReader(rounds))
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	write(&b, res, "", machine{})
	if want := "| seed | newsdoc | 400 | ±62% | 0.00 | 0 | 0 | 3.6 (3.0–4.0) |"; !strings.Contains(b.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, b.String())
	}
	if _, err := parse(strings.NewReader("PASS\n")); err == nil {
		t.Error("no result: want an error")
	}
}
