package newsdoc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/internal/evaluate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pageGoldenDir holds one reviewed rendering per full page,
// testdata/pages/golden/<page>.txt, and REVIEW.md, which says what is
// wrong in each (the goldens record what the code prints, not what is
// right).
var pageGoldenDir = filepath.Join("testdata", "pages", "golden")

// goldenPage is one full page to render: its name without ".html" and its
// file.
type goldenPage struct {
	name, path string
}

// TestPageGoldens parses every full page — those of the shared corpus's
// html/ folder (the peers' *.expected.* files aside) and those of
// testdata/pages/heldout and heldout2 that have hand gold — and compares a
// plain rendering of the Document (renderPageGolden) with
// testdata/pages/golden/<page>.txt. A page whose hand gold has a "url" is
// parsed WithBaseURL(url). `go test -run TestPageGoldens -update` rewrites
// the files: read the diff, and REVIEW.md beside them.
func TestPageGoldens(t *testing.T) {
	golds := loadPageGolds(t)

	t.Run("corpus", func(t *testing.T) {
		dir := filepath.Join(corpusDir(t), "html")
		files, err := filepath.Glob(filepath.Join(dir, "*.html"))
		require.NoError(t, err)
		var pages []goldenPage
		for _, f := range files {
			if strings.Contains(filepath.Base(f), ".expected.") {
				continue
			}
			pages = append(pages, goldenPage{strings.TrimSuffix(filepath.Base(f), ".html"), f})
		}
		require.NotEmpty(t, pages, "no pages in %s", dir)
		for name := range golds.dirs {
			if golds.dirs[name] == "corpus" {
				assert.True(t, slices.ContainsFunc(pages, func(p goldenPage) bool { return p.name == name }),
					"gold/%s.json names a corpus page that is not in %s", name, dir)
			}
		}
		checkPageGoldens(t, pages, golds.urls)
		checkNoStaleGoldens(t, pages, golds.dirs)
	})

	t.Run("heldout", func(t *testing.T) {
		var pages []goldenPage
		for name, dir := range golds.dirs {
			if dir == "corpus" {
				continue
			}
			pages = append(pages, goldenPage{name, filepath.Join("testdata", "pages", dir, name+".html")})
		}
		slices.SortFunc(pages, func(a, b goldenPage) int { return strings.Compare(a.name, b.name) })
		require.GreaterOrEqual(t, len(pages), 17, "the 7 pages of heldout/ and the 10 of heldout2/")
		checkPageGoldens(t, pages, golds.urls)
	})
}

// pageGolds is what the golden test reads of the hand gold: each page's
// directory ("corpus", "heldout", "heldout2" … "heldout8") and URL, by page name
// without ".html".
type pageGolds struct {
	dirs, urls map[string]string
}

func loadPageGolds(t *testing.T) pageGolds {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "gold", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	g := pageGolds{dirs: map[string]string{}, urls: map[string]string{}}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var h struct {
			Page string `json:"page"`
			Dir  string `json:"dir"`
			URL  string `json:"url"`
		}
		require.NoError(t, json.Unmarshal(b, &h), f)
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		require.Equal(t, name+".html", h.Page, "%s names another page", f)
		g.dirs[name] = h.Dir
		if u := (&evaluate.Gold{URL: h.URL}).BaseURL(); u != "" {
			g.urls[name] = u // an absolute URL only: www.aibase.com/zh/news/17410 is none
		}
	}
	return g
}

func checkPageGoldens(t *testing.T, pages []goldenPage, urls map[string]string) {
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			src, err := os.ReadFile(pg.path)
			require.NoError(t, err)
			var opts []Option
			if u := urls[pg.name]; u != "" {
				opts = append(opts, WithBaseURL(u))
			}
			doc, err := Parse(bytes.NewReader(src), opts...)
			require.NoError(t, err)
			got := renderPageGolden(doc)
			want := filepath.Join(pageGoldenDir, pg.name+".txt")
			if *update {
				require.NoError(t, os.MkdirAll(pageGoldenDir, 0o755))
				require.NoError(t, os.WriteFile(want, []byte(got), 0o644))
				return
			}
			w, err := os.ReadFile(want)
			require.NoError(t, err, "run go test -run TestPageGoldens -update to create it")
			assert.Equal(t, string(w), got, "%s: see %s", pg.name, filepath.Join(pageGoldenDir, "REVIEW.md"))
		})
	}
}

// checkNoStaleGoldens fails on a golden file whose page is gone: it is in
// neither the corpus listing nor the held-out gold.
func checkNoStaleGoldens(t *testing.T, corpus []goldenPage, dirs map[string]string) {
	files, err := filepath.Glob(filepath.Join(pageGoldenDir, "*.txt"))
	require.NoError(t, err)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		known := slices.ContainsFunc(corpus, func(p goldenPage) bool { return p.name == name })
		if d, ok := dirs[name]; ok && d != "corpus" {
			known = true
		}
		assert.True(t, known, "%s renders no page any more: remove it", f)
	}
}

// renderPageGolden renders doc for review, plain text and no JSON:
//
//	title: …
//	date: RFC 3339, or "-"
//	url, site, language, meta author (when set)
//	credits: original title, source, authors, editors, responsible
//	editors, others as "label: name" (each line when set)
//	warnings (when any): code and message
//
//	paragraphs (N)
//	kind<TAB>number<TAB>text
//
//	sections (N)
//	id<TAB>number<TAB>title<TAB>level N, style
//
// In a paragraph's text a line break is written "⏎" so that every
// paragraph is one line. An image's text is its src, then "|" and its
// caption (or "alt:" and its alt text when it has no caption); a table's
// line holds its caption, and each of its rows follows on a line of its
// own, indented by two tabs, cells separated by " | ". Sections are
// indented by depth, two spaces a level.
func renderPageGolden(doc *Document) string {
	var b strings.Builder
	line := func(key, val string) {
		fmt.Fprintf(&b, "%s: %s\n", key, oneLine(val))
	}
	opt := func(key, val string) {
		if val != "" {
			line(key, val)
		}
	}
	list := func(key string, vals []string) {
		if len(vals) > 0 {
			line(key, strings.Join(vals, "; "))
		}
	}
	line("title", doc.Title)
	date := "-"
	if !doc.Meta.Date.IsZero() {
		date = doc.Meta.Date.Format(time.RFC3339)
	}
	line("date", date)
	opt("url", doc.Meta.URL)
	opt("site", doc.Meta.SiteName)
	opt("language", doc.Meta.Language)
	opt("meta author", doc.Meta.Author)
	c := doc.Credits
	opt("original title", c.OriginalTitle)
	opt("source", c.Source)
	list("authors", c.Authors)
	list("editors", c.Editors)
	list("responsible editors", c.ResponsibleEditors)
	if len(c.Others) > 0 {
		others := make([]string, len(c.Others))
		for i, o := range c.Others {
			others[i] = o.Label + ": " + o.Name
		}
		list("others", others)
	}
	for _, w := range doc.Warnings {
		opt("warning", fmt.Sprintf("%s line %d: %s", w.Code, w.Line, w.Message))
	}

	fmt.Fprintf(&b, "\nparagraphs (%d)\n", len(doc.Paragraphs))
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		text := p.Text
		switch p.Kind {
		case KindImage:
			text = renderGoldenImage(p)
		case KindTable:
			text = p.Caption
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", p.Kind, oneLine(p.Number), oneLine(text))
		if p.Kind == KindTable {
			for _, row := range p.Rows {
				cells := make([]string, len(row))
				for j, cell := range row {
					cells[j] = oneLine(cell.Text)
				}
				fmt.Fprintf(&b, "\t\t%s\n", strings.Join(cells, " | "))
			}
		}
	}

	var secs []string
	for s := range doc.AllSections() {
		depth := strings.Count(s.ID, ".")
		secs = append(secs, fmt.Sprintf("%s%s\t%s\t%s\tlevel %d, %s",
			strings.Repeat("  ", depth), s.ID, oneLine(s.Number), oneLine(s.Title), s.Level, s.Style))
	}
	fmt.Fprintf(&b, "\nsections (%d)\n", len(secs))
	for _, s := range secs {
		b.WriteString(s + "\n")
	}
	return b.String()
}

// renderGoldenImage is an image paragraph's line: src, then caption or
// alt text.
func renderGoldenImage(p *Paragraph) string {
	src, caption, alt := "", p.Text, ""
	if p.Image != nil {
		src, alt = p.Image.Src, p.Image.Alt
		if caption == "" {
			caption = p.Image.Caption
		}
	}
	switch {
	case caption != "":
		return src + " | " + caption
	case alt != "":
		return src + " | alt: " + alt
	}
	return src
}

// oneLine keeps a value on one line: a line break becomes "⏎", a tab a
// space.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", " ").Replace(s)
}
