// Package benchmark measures newsdoc beside its peers, go-trafilatura and
// go-readability, on the same full news pages: extraction quality against
// the gold of internal/evaluate (cmd/compare) and speed (bench_test.go,
// run.sh). It is a module of its own so that the peers never enter the
// library's go.mod.
package benchmark

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"runtime/debug"
	"slices"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsdoc/newsdoc"
	"github.com/newsdoc/newsdoc/internal/evaluate"
)

// Extractor extracts an article from the raw bytes of a page. pageURL is
// the page's URL, or "" when unknown.
type Extractor func(page []byte, pageURL string) (evaluate.Extraction, error)

// System is an extractor with its name.
type System struct {
	Name    string
	Extract Extractor
}

// Systems returns the systems compared: newsdoc, go-trafilatura (with the
// library's default options: balanced focus, no fallback) and
// go-readability. With trafilaturaFallback, go-trafilatura with its
// fallback extractors (the default of its command-line tool and of the
// Python original) is added.
func Systems(trafilaturaFallback bool) []System {
	s := []System{
		{"newsdoc", Newsdoc},
		{"go-trafilatura", Trafilatura},
		{"go-readability", Readability},
	}
	if trafilaturaFallback {
		s = append(s[:2], append([]System{{"go-trafilatura+fallback", TrafilaturaFallback}}, s[2:]...)...)
	}
	return s
}

// Newsdoc runs newsdoc.Parse on the raw bytes, with the page's URL when
// known, as the peers get it.
func Newsdoc(page []byte, pageURL string) (evaluate.Extraction, error) {
	var opts []newsdoc.Option
	if pageURL != "" {
		opts = append(opts, newsdoc.WithBaseURL(pageURL))
	}
	doc, err := newsdoc.Parse(bytes.NewReader(page), opts...)
	if err != nil {
		return evaluate.Extraction{}, err
	}
	return FromNewsdoc(doc), nil
}

// FromNewsdoc maps a newsdoc Document to what is scored. This is the one
// place to change when the Document API grows (fields for full pages).
// Text is every paragraph's text (an image paragraph's text is its
// caption; a table's is its cells, tab- and line-separated) and every
// table caption, one per line.
func FromNewsdoc(doc *newsdoc.Document) evaluate.Extraction {
	var lines []string
	for _, p := range doc.Paragraphs {
		if p.Caption != "" {
			lines = append(lines, p.Caption)
		}
		if p.Text != "" {
			lines = append(lines, p.Number+p.Text) // a heading or item with its number, as printed
		}
	}
	authors := slices.Clone(doc.Credits.Authors)
	for _, o := range doc.Credits.Others {
		if evaluate.AuthorRole(o.Label) {
			authors = append(authors, o.Name) // the gold counts correspondents among the authors
		}
	}
	return evaluate.Extraction{
		Title:   doc.Title,
		Date:    doc.Meta.Date,
		Authors: authors,
		Text:    strings.Join(lines, "\n"),
	}
}

// Trafilatura runs go-trafilatura's Extract with its default options (the
// zero Options: balanced focus, no fallback, comments kept apart from the
// content), plus the page URL when known. It reads the raw bytes and
// detects their charset itself.
func Trafilatura(page []byte, pageURL string) (evaluate.Extraction, error) {
	return trafilaturaExtract(page, trafilatura.Options{OriginalURL: parseURL(pageURL)})
}

// TrafilaturaFallback is [Trafilatura] with EnableFallback.
func TrafilaturaFallback(page []byte, pageURL string) (evaluate.Extraction, error) {
	return trafilaturaExtract(page, trafilatura.Options{OriginalURL: parseURL(pageURL), EnableFallback: true})
}

func trafilaturaExtract(page []byte, opts trafilatura.Options) (evaluate.Extraction, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return evaluate.Extraction{}, err
	}
	return evaluate.Extraction{
		Title:   res.Metadata.Title,
		Date:    res.Metadata.Date,
		Authors: SplitNames(res.Metadata.Author),
		Text:    res.ContentText,
	}, nil
}

// Readability runs go-readability's FromReader on the raw bytes (it
// detects their charset itself) with the page URL when known, and renders
// the article as text.
func Readability(page []byte, pageURL string) (evaluate.Extraction, error) {
	art, err := readability.FromReader(bytes.NewReader(page), parseURL(pageURL))
	if err != nil {
		return evaluate.Extraction{}, err
	}
	var text strings.Builder
	if art.Node != nil {
		if err := art.RenderText(&text); err != nil {
			return evaluate.Extraction{}, err
		}
	}
	date, _ := art.PublishedTime() // zero when missing or unreadable
	return evaluate.Extraction{
		Title:   art.Title(),
		Date:    date,
		Authors: SplitNames(art.Byline()),
		Text:    text.String(),
	}, nil
}

// Safe calls x, turning a panic into an error.
func Safe(x Extractor, page []byte, pageURL string) (e evaluate.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return x(page, pageURL)
}

// SplitNames splits a byline string, as the peers give it, into names:
// at , ; ， ； 、 / | &, and at white space between names written in Han
// characters ("张三 李四"; "John Smith" stays whole). The same split serves
// both peers, whose metadata holds one author string.
func SplitNames(s string) []string {
	var names []string
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return strings.ContainsRune(",;，；、/|&", r)
	}) {
		fields := strings.Fields(part)
		allHan := len(fields) > 1
		for _, f := range fields {
			if !strings.ContainsFunc(f, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				allHan = false
			}
		}
		if allHan {
			names = append(names, fields...)
		} else if p := strings.TrimSpace(part); p != "" {
			names = append(names, p)
		}
	}
	return names
}

func parseURL(s string) *nurl.URL {
	if s == "" {
		return nil
	}
	u, err := nurl.ParseRequestURI(s)
	if err != nil {
		return nil
	}
	return u
}
