package evaluate

import (
	"fmt"
	"strings"
)

// Summary aggregates the [PageScore]s of one split.
type Summary struct {
	Split   string // SplitDev, SplitHeldout or SplitAll
	Pages   int    // pages scored
	Failed  int    // pages where the system returned an error or panicked
	Garbled int    // pages whose extraction is [Garbled]

	BodyPages int     // pages with a gold body
	BodyF1    float64 // mean body F1 over BodyPages

	InFound, InTotal       int // In snippets found, of all In snippets
	OutKept, OutTotal      int // Out snippets kept out of the text, of all Out snippets
	TitleRight, TitleN     int // right titles, of pages with a gold title
	DateRight, DateN       int // right dates, of pages with a gold date
	DateDayRight           int // dates on the right day (UTC+8), of DateN
	AuthorsRight, AuthorsN int // right authors, of the pages whose authors are scored (see Score)
}

// Summarize aggregates the scores of split (SplitAll: every score).
// Snippet shares are over all snippets of the split, not means of page
// shares; title, date and authors are shares of the pages where they are
// scored.
func Summarize(split string, scores []PageScore) Summary {
	s := Summary{Split: split}
	var f1 float64
	for _, p := range scores {
		if split != SplitAll && p.Split != split {
			continue
		}
		s.Pages++
		if p.Err != "" {
			s.Failed++
		}
		if p.Garbled {
			s.Garbled++
		}
		if p.Body.Applies {
			s.BodyPages++
			f1 += p.Body.Value
		}
		s.InFound += p.In.Hit
		s.InTotal += p.In.Total
		s.OutKept += p.Out.Hit
		s.OutTotal += p.Out.Total
		s.TitleRight += p.Title.Hit
		s.TitleN += p.Title.Total
		s.DateRight += p.Date.Hit
		s.DateN += p.Date.Total
		s.DateDayRight += p.DateDay.Hit
		s.AuthorsRight += p.Authors.Hit
		s.AuthorsN += p.Authors.Total
	}
	if s.BodyPages > 0 {
		s.BodyF1 = f1 / float64(s.BodyPages)
	}
	return s
}

// System is one system's scores over the pages.
type System struct {
	Name   string
	Scores []PageScore
}

// Comparison is several systems scored on the same pages.
type Comparison []System

// Markdown formats the summaries of split side by side: one row per
// measure, one column per system. "date right" is the measure of [Score]
// (the same minute where the gold has a time); "date on the right day"
// the looser DateDay. A share is shown with its counts, such
// as "75.0% (6/8)"; a measure no page of the split has is "–".
func (c Comparison) Markdown(split string) string {
	sums := make([]Summary, len(c))
	for i, sys := range c {
		sums[i] = Summarize(split, sys.Scores)
	}
	var b strings.Builder
	b.WriteString("| " + split + " |")
	for _, sys := range c {
		b.WriteString(" " + sys.Name + " |")
	}
	b.WriteString("\n|---|")
	for range c {
		b.WriteString("---:|")
	}
	b.WriteString("\n")
	row := func(name string, cell func(Summary) string) {
		b.WriteString("| " + name + " |")
		for _, s := range sums {
			b.WriteString(" " + cell(s) + " |")
		}
		b.WriteString("\n")
	}
	row("pages", func(s Summary) string { return fmt.Sprint(s.Pages) })
	row("body F1 (mean)", func(s Summary) string {
		if s.BodyPages == 0 {
			return "–"
		}
		return fmt.Sprintf("%.3f (%d pages)", s.BodyF1, s.BodyPages)
	})
	row("snippets in found", func(s Summary) string { return share(s.InFound, s.InTotal) })
	row("snippets out kept out", func(s Summary) string { return share(s.OutKept, s.OutTotal) })
	row("title right", func(s Summary) string { return share(s.TitleRight, s.TitleN) })
	row("date right", func(s Summary) string { return share(s.DateRight, s.DateN) })
	row("date on the right day", func(s Summary) string { return share(s.DateDayRight, s.DateN) })
	row("authors right", func(s Summary) string { return share(s.AuthorsRight, s.AuthorsN) })
	row("garbled pages", func(s Summary) string { return fmt.Sprint(s.Garbled) })
	row("failed pages", func(s Summary) string { return fmt.Sprint(s.Failed) })
	return b.String()
}

func share(hit, total int) string {
	if total == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(hit)/float64(total), hit, total)
}
