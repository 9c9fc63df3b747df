package newsdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds Parse the golden inputs and mutations of them and checks
// the invariants every Document keeps: no panic, only the documented
// errors, valid UTF-8, no space at either end of a paragraph, marks that
// match their text, normalized text, and JSON that encodes.
func FuzzParse(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.md"))
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("---\ntitle: x\n---\n<p>一<b>二</p>三</b><table><tr><td rowspan=9>四"))
	f.Add([]byte(";;;\n\"title\": \"x\"\n;;;\n<div class=\"app-kaihu-qr\">广告</div><p>正文</p>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(bytes.NewReader(src), WithRemovals(), WithMaxDepth(64))
		if err != nil {
			var fe *FrontMatterError
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.As(err, &fe) {
				t.Fatalf("undocumented error %v", err)
			}
			return
		}
		for i, p := range doc.Paragraphs {
			if !utf8.ValidString(p.Text) {
				t.Fatalf("paragraph %d: invalid UTF-8 %q", i, p.Text)
			}
			if p.Kind != KindTable && strings.TrimSpace(p.Text) != p.Text || strings.Trim(p.Text, " \n") != p.Text {
				// A table's text may start or end with a tab: an empty cell.
				t.Fatalf("paragraph %d: space at an end %q", i, p.Text)
			}
			if p.Kind == KindText && !strings.ContainsAny(p.Text, "\n\t") && Normalize(p.Text) != p.Text {
				t.Fatalf("paragraph %d: not normalized %q", i, p.Text)
			}
			for _, m := range p.Marks {
				if m.Start < 0 || m.Start >= m.End || m.End > len(p.Text) || p.Text[m.Start:m.End] != m.Text {
					t.Fatalf("paragraph %d: mark %+v off its text %q", i, m, p.Text)
				}
			}
		}
		checkTree(t, doc)
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("json: %v", err)
		}
	})
}
