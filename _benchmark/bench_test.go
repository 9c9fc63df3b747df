package benchmark

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

// benchSystems are the systems benchmarked, in the order of the tables:
// the two floors (the bare x/net/html tokenizer and html.Parse, both on the
// raw bytes with no charset decoding), then the extractors, each run as
// cmd/compare runs it (raw bytes in, an evaluate.Extraction with the
// article text out; no URL).
var benchSystems = []struct {
	name string
	run  func([]byte) error
}{
	{"tokenizer", func(d []byte) error {
		z := html.NewTokenizer(bytes.NewReader(d))
		for z.Next() != html.ErrorToken {
		}
		return nil
	}},
	{"html.Parse", func(d []byte) error {
		_, err := html.Parse(bytes.NewReader(d))
		return err
	}},
	{"newsdoc", extractor(Newsdoc)},
	{"go-readability", extractor(Readability)},
	{"go-trafilatura", extractor(Trafilatura)},
}

var sink int

func extractor(x Extractor) func([]byte) error {
	return func(d []byte) error {
		e, err := x(d, "")
		sink += len(e.Text)
		return err
	}
}

// BenchmarkExtract runs every system on every input of BenchInputs (the
// seed article, the hexo-sina posts, the corpus html pages, and the
// held-out posts and pages, each set as one batch), so that one run gives
// comparable numbers (see run.sh). An error on a
// document (a peer refusing a page) is not a failure: the time spent is
// what is measured.
func BenchmarkExtract(b *testing.B) {
	inputs, err := BenchInputs()
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		for _, sys := range benchSystems {
			b.Run(in.Name+"/"+sys.name, func(b *testing.B) {
				b.SetBytes(in.Bytes())
				b.ReportAllocs()
				for b.Loop() {
					for _, d := range in.Docs {
						_ = sys.run(d)
					}
				}
			})
		}
	}
}

// TestSystemsOnInputs checks that every extractor runs on every benchmark
// input without panicking, and reports the documents it refuses.
func TestSystemsOnInputs(t *testing.T) {
	inputs, err := BenchInputs()
	if err != nil {
		t.Skip(err)
	}
	for _, sys := range Systems(false) {
		for _, in := range inputs {
			for i, d := range in.Docs {
				if _, err := Safe(sys.Extract, d, ""); err != nil {
					t.Logf("%s refuses %s #%d: %.200v", sys.Name, in.Name, i, err)
				}
			}
		}
	}
}

func TestSplitNames(t *testing.T) {
	for in, want := range map[string][]string{
		"":                     nil,
		"孔德明":                  {"孔德明"},
		"叨叨姐、胡一刀&李小飞刀":         {"叨叨姐", "胡一刀", "李小飞刀"},
		"张三 李四; 王五":            {"张三", "李四", "王五"},
		"John Smith, 王五":       {"John Smith", "王五"},
		"史蒂文的家_藍天 (stevenhgm)": {"史蒂文的家_藍天 (stevenhgm)"},
	} {
		got := SplitNames(in)
		if len(got) != len(want) {
			t.Errorf("SplitNames(%q) = %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("SplitNames(%q) = %q, want %q", in, got, want)
			}
		}
	}
}
