// Command compare scores newsdoc, go-trafilatura and go-readability on
// every page that has gold and prints the measures side by side for the
// dev split, the held-out split and all pages, then each system's time
// over all pages (the median of -runs runs) and its nanoseconds per byte.
//
//	cd _benchmark && go run ./cmd/compare [-v] [-runs 5] [-trafilatura-fallback]
//
// Each system gets the raw bytes of the page (the peers detect the charset
// themselves) and the page URL when the gold knows it. See
// internal/evaluate for the gold and the measures.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	benchmark "github.com/newsdoc/newsdoc/_benchmark"
	"github.com/newsdoc/newsdoc/internal/evaluate"
)

func main() {
	verbose := flag.Bool("v", false, "print a line per page and system")
	runs := flag.Int("runs", 5, "timing runs over all pages; the median is reported")
	fallback := flag.Bool("trafilatura-fallback", false, "also run go-trafilatura with its fallback extractors")
	corpus := flag.String("corpus", filepath.Join(benchmark.CorpusDir(), "html"), "the corpus html/ folder (peer gold beside the pages)")
	pages := flag.String("pages", filepath.Join(benchmark.RepoRoot(), "testdata", "pages"), "testdata/pages (hand gold in gold/, held-out pages in heldout/)")
	flag.Parse()
	if *runs < 1 {
		*runs = 1
	}
	if err := run(os.Stdout, os.Stderr, *corpus, *pages, *runs, *verbose, *fallback); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

// outcome is one system's result on one page.
type outcome struct {
	ext evaluate.Extraction
	err error
}

func run(out, errOut io.Writer, corpus, pages string, runs int, verbose, fallback bool) error {
	golds, err := evaluate.LoadGold(corpus, pages)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return fmt.Errorf("no page with gold in %s or %s", corpus, pages)
	}
	data := make([][]byte, len(golds))
	var totalBytes int64
	for i, g := range golds {
		if data[i], err = os.ReadFile(g.Path); err != nil {
			return err
		}
		totalBytes += int64(len(data[i]))
	}

	systems := benchmark.Systems(fallback)
	outcomes := make([][]outcome, len(systems))
	times := make([][]time.Duration, len(systems))
	for i, sys := range systems {
		outcomes[i] = make([]outcome, len(golds))
		for r := range runs {
			runtime.GC()
			start := time.Now()
			for j, g := range golds {
				e, err := benchmark.Safe(sys.Extract, data[j], g.BaseURL())
				if r == 0 {
					outcomes[i][j] = outcome{e, err}
				}
			}
			times[i] = append(times[i], time.Since(start))
		}
	}

	var cmp evaluate.Comparison
	for i, sys := range systems {
		s := evaluate.System{Name: sys.Name}
		for j, g := range golds {
			o := outcomes[i][j]
			ps := evaluate.Score(g, o.ext)
			if o.err != nil {
				ps.Err = o.err.Error()
				fmt.Fprintf(errOut, "%s failed on %s/%s: %s\n", sys.Name, g.Dir, g.Page, firstLine(ps.Err))
			}
			s.Scores = append(s.Scores, ps)
		}
		cmp = append(cmp, s)
	}

	count := map[string]int{}
	for _, g := range golds {
		count[g.Split]++
	}
	// The splits' counts, the later held-out splits' only when they
	// have pages.
	splits := fmt.Sprintf("%d dev, %d held-out", count[evaluate.SplitDev], count[evaluate.SplitHeldout])
	for k, split := range []string{evaluate.SplitHeldout2, evaluate.SplitHeldout3, evaluate.SplitHeldout4, evaluate.SplitHeldout5, evaluate.SplitHeldout6, evaluate.SplitHeldout7, evaluate.SplitHeldout8} {
		if count[split] > 0 {
			splits += fmt.Sprintf(", %d %s held-out", count[split], [...]string{"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}[k])
		}
	}
	fmt.Fprintf(out, "# newsdoc and peers on %d pages with gold (%s)\n\n", len(golds), splits)
	fmt.Fprintf(out, "corpus %s, hand gold %s\n", corpus, filepath.Join(pages, "gold"))
	for _, split := range []string{evaluate.SplitDev, evaluate.SplitHeldout, evaluate.SplitHeldout2, evaluate.SplitHeldout3, evaluate.SplitHeldout4, evaluate.SplitHeldout5, evaluate.SplitHeldout6, evaluate.SplitHeldout7, evaluate.SplitHeldout8, evaluate.SplitAll} {
		if split != evaluate.SplitDev && split != evaluate.SplitHeldout && split != evaluate.SplitAll && count[split] == 0 {
			continue
		}
		fmt.Fprintf(out, "\n## %s\n\n%s", split, cmp.Markdown(split))
	}

	fmt.Fprintf(out, "\n## time over all %d pages (%.2f MB), median of %d runs\n\n", len(golds), float64(totalBytes)/1e6, runs)
	fmt.Fprintln(out, "| system | total | ns/byte | fastest–slowest run |")
	fmt.Fprintln(out, "|---|---:|---:|---:|")
	for i, sys := range systems {
		ts := slices.Clone(times[i])
		slices.Sort(ts)
		med := median(ts)
		fmt.Fprintf(out, "| %s | %s | %.0f | %s–%s |\n", sys.Name, ms(med), float64(med.Nanoseconds())/float64(totalBytes), ms(ts[0]), ms(ts[len(ts)-1]))
	}

	if verbose {
		fmt.Fprintf(out, "\n## per page\n")
		for j, g := range golds {
			printPage(out, g, systems, cmp, outcomes, j)
		}
	}
	return nil
}

func printPage(out io.Writer, g evaluate.Gold, systems []benchmark.System, cmp evaluate.Comparison, outcomes [][]outcome, j int) {
	fmt.Fprintf(out, "\n%s/%s [%s, %s; gold: %s]\n", g.Dir, g.Page, g.Split, g.Site, strings.Join(g.Sources, ", "))
	var want []string
	if g.Title != "" {
		want = append(want, fmt.Sprintf("title %q", g.Title))
	}
	if g.Date != "" {
		want = append(want, "date "+g.Date)
	}
	if len(g.Authors) > 0 {
		want = append(want, "authors "+strings.Join(g.Authors, "/"))
	}
	if g.Body != "" {
		want = append(want, fmt.Sprintf("body %d chars (%s)", len([]rune(g.Body)), g.BodySource))
	}
	if len(want) > 0 {
		fmt.Fprintf(out, "  want: %s\n", strings.Join(want, "; "))
	}
	if g.TitleNote != "" {
		fmt.Fprintf(out, "  note: %s\n", g.TitleNote)
	}
	for i, sys := range systems {
		s := cmp[i].Scores[j]
		e := outcomes[i][j].ext
		fields := []string{fmt.Sprintf("  %-24s", sys.Name)}
		if s.Err != "" {
			fields = append(fields, "FAILED: "+firstLine(s.Err))
		}
		if s.Body.Applies {
			fields = append(fields, fmt.Sprintf("F1 %.3f (P %.2f R %.2f)", s.Body.Value, s.BodyPrecision, s.BodyRecall))
		}
		if s.In.Applies {
			fields = append(fields, fmt.Sprintf("in %d/%d", s.In.Hit, s.In.Total))
		}
		if s.Out.Applies {
			fields = append(fields, fmt.Sprintf("out %d/%d", s.Out.Hit, s.Out.Total))
		}
		if s.Title.Applies {
			fields = append(fields, "title "+mark(s.Title, fmt.Sprintf("%q", e.Title)))
		}
		if s.Date.Applies {
			got := "none"
			if !e.Date.IsZero() {
				got = e.Date.Format(time.RFC3339)
			}
			fields = append(fields, "date "+mark(s.Date, got))
		}
		if s.Authors.Applies {
			fields = append(fields, "authors "+mark(s.Authors, "["+strings.Join(e.Authors, "/")+"]"))
		}
		if s.Garbled {
			fields = append(fields, "GARBLED")
		}
		fmt.Fprintln(out, strings.Join(fields, "  "))
		for _, m := range s.Missed {
			fmt.Fprintf(out, "      missed %q\n", m)
		}
		for _, l := range s.Leaked {
			fmt.Fprintf(out, "      leaked %q\n", l)
		}
	}
}

// mark is "ok", or "WRONG" and what the system gave.
func mark(m evaluate.Measure, got string) string {
	if m.Value == 1 {
		return "ok"
	}
	return "WRONG " + got
}

func median(sorted []time.Duration) time.Duration {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
