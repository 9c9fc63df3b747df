// Command benchtable turns the output of the BenchmarkExtract runs into
// BENCHMARKS.md: per input and system the median ns/op, MB/s, B/op and
// allocs/op, and the time as a multiple of the bare tokenizer on the same
// input; then the machine and the date. run.sh runs the benchmarks in
// rounds (every system once, N times), and the k-th run of a system is
// paired with the k-th run of the tokenizer on the same input: the
// multiple is the median of the paired ratios, with their range, so that
// the load of a shared machine, which moves between rounds, moves both
// times of a pair alike.
//
//	go run ./cmd/benchtable -in bench.txt [-benchstat benchstat.txt] [-go "$(go version)"] [-nproc "$(nproc)"] > ../BENCHMARKS.md
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	in := flag.String("in", "", "go test -bench output (required)")
	bs := flag.String("benchstat", "", "benchstat output to append (optional)")
	goVersion := flag.String("go", runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH, "go version")
	nproc := flag.String("nproc", strconv.Itoa(runtime.NumCPU()), "number of processors")
	flag.Parse()
	if *in == "" {
		flag.Usage()
		os.Exit(2)
	}
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	defer f.Close()
	res, err := parse(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	var stat string
	if *bs != "" {
		b, err := os.ReadFile(*bs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchtable:", err)
			os.Exit(1)
		}
		stat = string(b)
	}
	cpu := res.cpu
	if cpu == "" {
		cpu = cpuModel()
	}
	write(os.Stdout, res, stat, machine{goVersion: *goVersion, nproc: *nproc, cpu: cpu, date: time.Now().UTC()})
}

// result holds the parsed runs.
type result struct {
	cpu    string
	inputs []string            // in order of appearance
	system map[string][]string // input → systems, in order of appearance
	runs   map[string]*runs    // "input/system" → its runs
}

type runs struct {
	nsOp, mbS, bOp, allocs []float64
}

// parse reads lines such as
//
//	BenchmarkExtract/seed/newsdoc-2  	 1234	  956789 ns/op	  45.43 MB/s	 123 B/op	 4 allocs/op
func parse(r io.Reader) (*result, error) {
	res := &result{system: map[string][]string{}, runs: map[string]*runs{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if cpu, ok := strings.CutPrefix(line, "cpu: "); ok {
			res.cpu = strings.TrimSpace(cpu)
			continue
		}
		name, ok := strings.CutPrefix(line, "BenchmarkExtract/")
		if !ok {
			continue
		}
		fields := strings.Fields(name)
		if len(fields) < 4 {
			continue
		}
		name = fields[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // drop the GOMAXPROCS suffix
			}
		}
		input, system, ok := strings.Cut(name, "/")
		if !ok {
			continue
		}
		k := res.runs[name]
		if k == nil {
			k = &runs{}
			res.runs[name] = k
			if !slices.Contains(res.inputs, input) {
				res.inputs = append(res.inputs, input)
			}
			res.system[input] = append(res.system[input], system)
		}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", line, err)
			}
			switch fields[i+1] {
			case "ns/op":
				k.nsOp = append(k.nsOp, v)
			case "MB/s":
				k.mbS = append(k.mbS, v)
			case "B/op":
				k.bOp = append(k.bOp, v)
			case "allocs/op":
				k.allocs = append(k.allocs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(res.runs) == 0 {
		return nil, fmt.Errorf("no BenchmarkExtract result in the input")
	}
	return res, nil
}

type machine struct {
	goVersion, nproc, cpu string
	date                  time.Time
}

func write(w io.Writer, res *result, benchstat string, m machine) {
	count := 0
	for _, k := range res.runs {
		count = max(count, len(k.nsOp))
	}
	fmt.Fprintf(w, "# Benchmarks\n\n")
	fmt.Fprintf(w, "newsdoc beside the bare golang.org/x/net/html tokenizer (`Next()` loop), `html.Parse`,\n")
	fmt.Fprintf(w, "go-readability and go-trafilatura, on the same inputs in one `go test` run of\n")
	fmt.Fprintf(w, "`_benchmark/bench_test.go` (written by `_benchmark/run.sh`; see `_benchmark/README.md`).\n")
	fmt.Fprintf(w, "The benchmarks ran in %d rounds, each system once a round. Each number is the median of the\n", count)
	fmt.Fprintf(w, "%d runs; \"spread\" is half the range of the times, in percent of the median; \"× tokenizer\" is\n", count)
	fmt.Fprintf(w, "the median, over the rounds, of the time over the tokenizer's in the same round on the same\n")
	fmt.Fprintf(w, "input, and in brackets the least and the most of those ratios.\n")
	fmt.Fprintf(w, "The extractors run as `cmd/compare` runs them: raw bytes in (the peers detect the charset;\n")
	fmt.Fprintf(w, "the floors and newsdoc do not), article text out.\n\n")
	fmt.Fprintf(w, "Inputs: `seed` is testdata/golden/seed-beijing-report/input.md; `hexo-sina` all\n")
	fmt.Fprintf(w, "shared/corpus/hexo-sina/*.md as one batch; `html-pages` all shared/corpus/html/*.html\n")
	fmt.Fprintf(w, "(not the *.expected.* gold) as one batch: the development sets newsdoc's speed work was\n")
	fmt.Fprintf(w, "measured on. Held out from it: `heldout-posts`, all shared/corpus/hexo-other/*.md, and\n")
	fmt.Fprintf(w, "`heldout-pages`, all testdata/pages/heldout*/*.html, each as one batch.\n\n")
	fmt.Fprintf(w, "| input | system | ns/op | spread | MB/s | B/op | allocs/op | × tokenizer |\n")
	fmt.Fprintf(w, "|---|---|---:|---:|---:|---:|---:|---:|\n")
	for _, input := range res.inputs {
		base := res.runs[input+"/tokenizer"]
		for _, sys := range res.system[input] {
			k := res.runs[input+"/"+sys]
			ns := median(k.nsOp)
			ratio := "–"
			if r := paired(k.nsOp, base); len(r) == 1 || len(r) > 1 && sys == "tokenizer" {
				ratio = fmt.Sprintf("%.1f", median(r))
			} else if len(r) > 1 {
				ratio = fmt.Sprintf("%.1f (%.1f–%.1f)", median(r), slices.Min(r), slices.Max(r))
			}
			fmt.Fprintf(w, "| %s | %s | %s | ±%.0f%% | %.2f | %s | %s | %s |\n",
				input, sys, group(ns), spread(k.nsOp), median(k.mbS), group(median(k.bOp)), group(median(k.allocs)), ratio)
		}
	}
	fmt.Fprintf(w, "\nMachine: %s; %s processors (nproc); CPU %s. Run on %s.\n",
		strings.TrimPrefix(m.goVersion, "go version "), m.nproc, m.cpu, m.date.Format("2006-01-02 15:04 UTC"))
	if benchstat != "" {
		fmt.Fprintf(w, "\n## benchstat\n\n```\n%s```\n", strings.TrimRight(benchstat, "\n")+"\n")
	}
}

// paired returns the ratios of the times of v over those of base, run
// for run (the k-th of v over the k-th of base), or nil when base is nil
// or has no time.
func paired(v []float64, base *runs) []float64 {
	if base == nil {
		return nil
	}
	var r []float64
	for k := range min(len(v), len(base.nsOp)) {
		if base.nsOp[k] > 0 {
			r = append(r, v[k]/base.nsOp[k])
		}
	}
	return r
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// spread returns half the range of v, in percent of its median.
func spread(v []float64) float64 {
	m := median(v)
	if m == 0 {
		return 0
	}
	return 100 * (slices.Max(v) - slices.Min(v)) / 2 / m
}

// group formats a number with thousands separators: 1234567 → 1,234,567.
func group(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// cpuModel reads the CPU model from /proc/cpuinfo, or returns "unknown".
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
