package newsdoc

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// lazyInputs returns the inputs of testdata (every input.* file) and,
// when the corpus is there, its posts, pages and laws, and a few made by
// hand that end inside a tag, a comment or a raw text element.
func lazyInputs(t *testing.T) [][]byte {
	var files []string
	for _, pattern := range []string{filepath.Join("testdata", "*", "*", "input.*"), filepath.Join("testdata", "*", "*", "*", "input.*")} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, m...)
	}
	dir := os.Getenv("NEWSDOC_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "shared", "corpus")
	}
	if exists(dir) {
		for _, pattern := range []string{"hexo-*/*.md", "html/*.html", "gov/*"} {
			m, err := filepath.Glob(filepath.Join(dir, pattern))
			require.NoError(t, err)
			for _, f := range m {
				if !strings.Contains(filepath.Base(f), ".expected") {
					files = append(files, f)
				}
			}
		}
	}
	require.NotEmpty(t, files)
	var inputs [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs = append(inputs, b)
	}
	for _, s := range []string{
		"<p>正文</p><div class='x", "<p>正文</p><!-- 注释", "<p>正文</p><script>var a = '中", "<p>正文<",
		"<p>正文</", "<p>正文</p><title>标题", "<p>正文</p><textarea>文字</textarea", "<p>正文</p><!DOCTYPE",
		"<p>正文</p><![CDATA[中文", "<p>正文</p><?xml 中文 ?>", "<p>正文</p></ 中文>", "<p>正文</p><a href=\"中",
		"---\ntitle: 标题\n---\n<p>正文</p>", "# 标题\n\n正文", "正文一\n\n正文二",
		// Front matter that WithStrict refuses, before a body in GBK: the
		// input decoded as GB18030 reads otherwise (the helper's
		// counterexamples).
		"---\ntitle: [\n---\n<p>正文\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff</p>",
		"---\ntitle: \"中\\\"\n---\n<p>" + strings.Repeat("\xd6\xd0\xce\xc4", 10) + "</p>",
	} {
		inputs = append(inputs, []byte(s))
	}
	return inputs
}

// invalidPieces are byte sequences that are not UTF-8: a stray
// continuation byte, a byte never in UTF-8, a rune cut short, an
// overlong form, a surrogate, a code point past U+10FFFF.
var invalidPieces = [][]byte{{0x80}, {0xff}, {0xe4, 0xb8}, {0xc0, 0x80}, {0xe0, 0x80, 0x80}, {0xed, 0xa0, 0x80}, {0xf4, 0x90, 0x80, 0x80}}

// TestTokensCoverInput checks what the token pass's check of UTF-8 (see
// parser.validToken) and its look for & and CR (parser.plain) rest on:
// the Raw bytes of x/net/html's tokens, the final ErrorToken's included,
// are the input, each byte once and in order, whatever the input. The
// pass finds so too (it sets apart when not), and its reading equals the
// one that searches each token's bytes.
func TestTokensCoverInput(t *testing.T) {
	cfg, err := newConfig(nil)
	require.NoError(t, err)
	check := func(in []byte) {
		t.Helper()
		z := html.NewTokenizer(bytes.NewReader(in))
		var got []byte
		for {
			tt := z.Next()
			got = append(got, z.Raw()...)
			if tt == html.ErrorToken {
				break
			}
		}
		require.Equal(t, string(in), string(got))
		p := newParser(cfg, &Document{})
		if p.run(in); !p.badUTF8 { // the pass stops at text that is not UTF-8
			require.False(t, p.apart, "%q", in)
			require.Equal(t, len(in), p.tokEnd, "%q", in)
		}
		kept, errKept := parse(in, cfg, passMode{})
		exact, errExact := parse(in, cfg, passMode{exact: true})
		require.Equal(t, errExact, errKept, "%q", in)
		require.Equal(t, exact, kept, "%q", in)
	}
	for _, in := range lazyInputs(t) {
		check(in)
	}
	// Soups of markup pieces, cut anywhere.
	pieces := []string{"<p>", "</p>", "<div class='a'>", "<a href=\"x\">", "<!--", "-->", "<script>", "</script>",
		"<style>", "</style>", "<title>", "</title>", "<textarea>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<?x",
		"&amp;", "&#x4e2d;", "&", "<", ">", "/", "=", "'", "\"", " ", "\r\n", "中文", "\xff", "\xe4\xb8", "text"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b []byte
		for n := rng.IntN(16); n > 0; n-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		check(b[:rng.IntN(len(b)+1)])
	}
}

// TestTokensApart: a pass whose count of the tokens' bytes does not come
// to the body's length (here, started one byte off, as a token counted
// twice would leave it) says so, and the exact pass, which Parse falls
// back on then, never does: it searches each token's own bytes.
func TestTokensApart(t *testing.T) {
	cfg, err := newConfig(nil)
	require.NoError(t, err)
	body := []byte("<p>正文&amp;一</p>\r\n<p>二</p>")
	p := newParser(cfg, &Document{})
	p.tokEnd = 1
	p.run(body)
	assert.True(t, p.apart, "the default pass")
	exact := newParser(cfg, &Document{})
	exact.exact, exact.tokEnd = true, 1
	exact.run(body)
	assert.False(t, exact.apart, "the exact pass")
	doc, err := parse(body, cfg, passMode{exact: true})
	require.NoError(t, err)
	assert.Equal(t, []string{"text:正文&一", "text:二"}, texts(doc))
}

// TestLazyUTF8 holds Parse's check of UTF-8 in the token pass to the
// check of the whole input up front: on every input of lazyInputs, and on
// each with bytes that are not UTF-8 put in at random places (in text, a
// tag, a comment, a script, front matter), plain, with WithRemovals and
// with WithStrict, the lazy reading must either give what the eager one
// gives or, on input that is not valid UTF-8, always, errNotChecked; the
// exact reading (passMode.exact) gives what the eager one gives; and
// Parse gives what the eager reading gives.
func TestLazyUTF8(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	optionSets := [][]Option{nil, {WithRemovals()}, {WithStrict()}}
	mutations := 3
	if testing.Short() {
		// -short (CI's run under the race detector, ten times slower):
		// one variant of each input, read with the options in turn.
		mutations = 1
	}
	checked, invalid := 0, 0
	for k, base := range lazyInputs(t) {
		variants := [][]byte{base}
		for range mutations {
			v := bytes.Clone(base)
			for n := 1 + rng.IntN(2); n > 0; n-- {
				at := rng.IntN(len(v) + 1)
				piece := invalidPieces[rng.IntN(len(invalidPieces))]
				v = append(v[:at:at], append(bytes.Clone(piece), v[at:]...)...)
			}
			variants = append(variants, v)
		}
		sets := optionSets
		if testing.Short() {
			sets = optionSets[k%len(optionSets) : k%len(optionSets)+1]
		}
		for _, src := range variants {
			for _, opts := range sets {
				cfg, err := newConfig(opts)
				require.NoError(t, err)
				eager, errEager := parse(src, cfg, passMode{})
				lazy, errLazy := parse(src, cfg, passMode{lazy: true})
				// Each token's bytes searched for & and CR, against the
				// body's next ones kept.
				exact, errExact := parse(src, cfg, passMode{exact: true})
				require.Equal(t, errEager, errExact, "%q", src)
				require.Equal(t, eager, exact, "%q", src)
				utf16 := bytes.HasPrefix(src, []byte{0xff, 0xfe}) || bytes.HasPrefix(src, []byte{0xfe, 0xff})
				switch {
				case errors.Is(errEager, ErrEmpty) || errors.Is(errEager, ErrBinary):
					assert.Equal(t, errEager, errLazy) // refused before any check
				case !utf8.Valid(src) && !utf16:
					invalid++
					require.ErrorIs(t, errLazy, errNotChecked, "the lazy reading took input that is not UTF-8:\n%q", src)
				default:
					require.Equal(t, errEager, errLazy, "%q", src)
					require.Equal(t, eager, lazy, "%q", src)
				}
				doc, err := Parse(bytes.NewReader(src), opts...)
				require.Equal(t, errEager, err)
				require.Equal(t, eager, doc)
				checked++
			}
		}
	}
	t.Logf("%d readings, %d of input that is not UTF-8", checked, invalid)
	assert.Greater(t, invalid, checked/4)
}

// TestValidUTF8: validUTF8 is utf8.Valid on texts of every length up to
// 40 bytes, with a rune past ASCII, a cut rune or a stray byte anywhere:
// in the first word, the last, the bytes the last word reads again, or
// the short texts read byte by byte.
func TestValidUTF8(t *testing.T) {
	pieces := []string{"a", "<", ">", " ", "=", "\"", "中", "é", "\xe4\xb8", "\xff", "\x80", "😀", "\xf0\x9f\x98"}
	rng := rand.New(rand.NewPCG(21, 22))
	for range 50000 {
		var b []byte
		for n := rng.IntN(41); len(b) < n; {
			p := pieces[rng.IntN(5)] // mostly ASCII, as tags are
			if rng.IntN(4) == 0 {
				p = pieces[rng.IntN(len(pieces))]
			}
			b = append(b, p...)
		}
		require.Equal(t, utf8.Valid(b), validUTF8(b), "%q", b)
	}
}
