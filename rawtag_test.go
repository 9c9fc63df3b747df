package newsdoc

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// checkRawTags compares rawTag with the tokenizer's TagName and TagAttr
// on every tag of src that rawTag reads.
func checkRawTags(t testing.TB, src []byte) (tags int) {
	z := html.NewTokenizer(bytes.NewReader(src))
	z2 := html.NewTokenizer(bytes.NewReader(src))
	var attrs []attr
	for {
		tt := z.Next()
		z2.Next()
		if tt == html.ErrorToken {
			return tags
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken && tt != html.EndTagToken {
			continue
		}
		raw := z.Raw()
		if !plainTag(raw) || bytes.IndexByte(raw, 0) >= 0 {
			continue // NUL: the parser's input holds none (see plainTag)
		}
		var name []byte
		if tt == html.EndTagToken {
			name = rawName(raw)
		} else if name, attrs = rawTag(raw, attrs); name == nil {
			continue
		}
		tags++
		wantName, more := z2.TagName()
		if string(name) != string(wantName) {
			t.Fatalf("%q: name %q, tokenizer %q", raw, name, wantName)
		}
		if tt == html.EndTagToken {
			continue
		}
		var want []attr
		for more {
			var k, v []byte
			k, v, more = z2.TagAttr()
			want = append(want, attr{bytes.Clone(k), bytes.Clone(v)})
		}
		if len(want) != len(attrs) {
			t.Fatalf("%q: %d attributes, tokenizer %d", raw, len(attrs), len(want))
		}
		for i := range want {
			if string(want[i].key) != string(attrs[i].key) || string(want[i].val) != string(attrs[i].val) {
				t.Fatalf("%q: attribute %d %q=%q, tokenizer %q=%q", raw, i, attrs[i].key, attrs[i].val, want[i].key, want[i].val)
			}
		}
	}
}

// TestRawTag checks that rawTag reads tags as the tokenizer does, on every
// page of the corpus and of testdata and on odd tags.
func TestRawTag(t *testing.T) {
	odd := []byte(`<DIV Class="A b" ID=x data-x = 'y' hidden/><p class="a"id="b"><a href=/x?a=1>` +
		`<img src="x.png"/><p =x y=><p a a=2 A=3><br/><input value="a b" disabled ><td colspan = 2 >` +
		`</DIV ><p class='a"b' title="c'd"><p """ x><p a="unterminated>`)
	require.Positive(t, checkRawTags(t, odd))
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*", "*.html"))
	require.NoError(t, err)
	if dir := os.Getenv("NEWSDOC_CORPUS"); dir != "" || exists(filepath.Join("..", "shared", "corpus")) {
		more, _ := filepath.Glob(filepath.Join(corpusDir(t), "html", "*.html"))
		files = append(files, more...)
	}
	tags := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		tags += checkRawTags(t, src)
	}
	t.Logf("%d tags of %d pages read alike", tags, len(files))
}

// FuzzRawTag compares rawTag with the tokenizer on random markup.
func FuzzRawTag(f *testing.F) {
	f.Add([]byte(`<DIV Class="A b" ID=x data-x = 'y' hidden/><p =x y=><p a a=2 A=3>`))
	f.Add([]byte(`<a href=/x?a=1 title='t'></a >`))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkRawTags(t, src)
	})
}

// TestChangeBytes: asked about consecutive spans of a body, each
// starting where the one before ended or later, changeBytes answers what
// a search of each span for & and CR answers, on bodies with them
// nowhere, everywhere, and at random places, and spans of every length,
// empty ones too.
func TestChangeBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		src := make([]byte, rng.IntN(200))
		density := rng.IntN(4) // none, few, some, many
		for i := range src {
			src[i] = 'a'
			if density > 0 && rng.IntN(20) < density*density {
				src[i] = "&\r"[rng.IntN(2)]
			}
		}
		c := newChangeBytes(src)
		for start := 0; start <= len(src); {
			end := start + rng.IntN(len(src)-start+1)
			want := bytes.IndexByte(src[start:end], '&') >= 0 || bytes.IndexByte(src[start:end], '\r') >= 0
			require.Equal(t, want, c.in(start, end), "%q [%d:%d]", src, start, end)
			start = end + rng.IntN(3) // a span may also start past the last one's end
			if start == end && start == len(src) {
				break
			}
		}
	}
}
