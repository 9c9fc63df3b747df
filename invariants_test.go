package newsdoc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Invariants every Document keeps, whatever its input: the fuzz targets,
// the hostile matrix and the corpus tests check them.

// tagInText is markup that no text of a paragraph may hold unless the
// input shows it as text (&lt;b&gt;, or inside <xmp>, whose content
// browsers show as it is).
var tagInText = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[\s/>]`)

// checkDocument checks the invariants of a Document whose body, as the
// tokenizer read it, is body.
func checkDocument(t testing.TB, body []byte, doc *Document) {
	t.Helper()
	visible := visibleText(body)
	for i, p := range doc.Paragraphs {
		if !utf8.ValidString(p.Text) {
			t.Fatalf("paragraph %d: invalid UTF-8 %q", i, p.Text)
		}
		if p.Kind != KindTable && strings.TrimSpace(p.Text) != p.Text || strings.Trim(p.Text, " ") != p.Text {
			// A table's text may start or end with a tab or a line end:
			// an empty cell or row.
			t.Fatalf("paragraph %d: space at an end %q", i, p.Text)
		}
		if p.Kind == KindText && !strings.ContainsAny(p.Text, "\n\t") && Normalize(p.Text) != p.Text {
			t.Fatalf("paragraph %d: not normalized %q", i, p.Text)
		}
		for _, m := range tagInText.FindAllString(p.Text, -1) {
			if !strings.Contains(visible, m[:len(m)-1]) {
				t.Fatalf("paragraph %d holds markup %q: %q", i, m, p.Text)
			}
		}
		for _, m := range p.Marks {
			if m.Start < 0 || m.Start >= m.End || m.End > len(p.Text) || p.Text[m.Start:m.End] != m.Text {
				t.Fatalf("paragraph %d: mark %+v off its text %q", i, m, p.Text)
			}
		}
	}
	checkTree(t, doc)
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("json: %v", err)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json round trip: %v", err)
	}
	if _, off := back.Meta.Date.Zone(); back.Meta.Date.Location() == time.Local && off != 0 {
		back.Meta.Date = back.Meta.Date.In(time.FixedZone("", off))
	}
	if !reflect.DeepEqual(doc, &back) {
		t.Fatalf("the JSON round trip changes the document:\n%+v\n%+v", doc, &back)
	}
}

// visibleText is the text a reader sees in the HTML body (as
// visibleRunes reads it), normalized token by token and joined as inline
// text joins: "<" and "A/" around an <a> show "<A/".
func visibleText(body []byte) string {
	var sb strings.Builder
	visibleTokens(body, func(s string) { sb.WriteString(Normalize(s)) })
	return sb.String()
}

// visibleRunes counts the runes a reader sees in the HTML body, read by
// the x/net/html tokenizer: text outside comments and outside elements
// whose content is never shown (script, style, template, title, the
// fallbacks of iframe, noembed, noframes and noscript), normalized as
// Parse normalizes text and decomposed (NFD), white space left out.
func visibleRunes(body []byte) map[rune]int {
	counts := map[rune]int{}
	visibleTokens(body, func(s string) { addRunes(counts, Normalize(s)) })
	return counts
}

// visibleTokens calls f with each text token a reader sees.
func visibleTokens(body []byte, f func(string)) {
	z := html.NewTokenizer(bytes.NewReader(body))
	hidden := 0 // open elements whose content is not shown
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.TextToken:
			if hidden == 0 {
				f(string(z.Text()))
			}
		case html.StartTagToken:
			name, _ := z.TagName()
			if notText(atom.Lookup(name)) {
				hidden++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if notText(atom.Lookup(name)) && hidden > 0 {
				hidden--
			}
		}
	}
}

func addRunes(counts map[rune]int, s string) {
	for _, r := range norm.NFD.String(s) {
		if !unicode.IsSpace(r) {
			counts[r]++
		}
	}
}

// keptRunes counts the runes of everything a Document holds of its
// body's text: paragraphs, numbers, captions, cells, credits and what the
// removal report says was dropped.
func keptRunes(doc *Document) map[rune]int {
	counts := map[rune]int{}
	for _, p := range doc.Paragraphs {
		addRunes(counts, p.Number+p.Text+p.Caption)
		if p.Image != nil && p.Image.Caption != p.Text {
			addRunes(counts, p.Image.Caption)
		}
	}
	for _, r := range doc.Removed {
		addRunes(counts, r.Text)
	}
	return counts
}

// checkConserved checks that every character of the body's visible text
// is in the Document or in its removal report (doc must be parsed with
// WithRemovals), modulo normalization: nothing leaves without a name.
func checkConserved(t testing.TB, body []byte, doc *Document) {
	t.Helper()
	want, got := visibleRunes(body), keptRunes(doc)
	var lost []string
	for r, n := range want {
		if got[r] < n {
			lost = append(lost, fmt.Sprintf("%q ×%d", r, n-got[r]))
		}
	}
	if len(lost) > 0 {
		sort.Strings(lost)
		if len(lost) > 20 {
			lost = append(lost[:20], "…")
		}
		t.Fatalf("text lost without a name: %s", strings.Join(lost, ", "))
	}
}

// bodyOf returns the body Parse gives the tokenizer for src.
func bodyOf(t testing.TB, src []byte, opts ...Option) []byte {
	t.Helper()
	cfg, err := newConfig(opts)
	if err != nil {
		t.Fatal(err)
	}
	body, _, _, err := readInput(src, cfg, &Document{}, false)
	if err != nil {
		t.Fatal(err)
	}
	return body
}
