package newsdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// Fuzz targets. CI runs each for a few seconds (.ci/run); run one longer
// with, for example,
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10m -fuzzminimizetime 2s
//
// Crashers are kept in testdata/fuzz/<target>/ and run with every go test.

// fuzzSeeds returns small pieces of the real inputs in testdata: the front
// matter and the first and last 1,500 bytes of each golden and section
// case. Small seeds keep the fuzzer fast; whole articles make every
// execution cost milliseconds.
func fuzzSeeds(f *testing.F) [][]byte {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "*", "input.*"))
	if err != nil || len(inputs) == 0 {
		f.Fatalf("no seed inputs in testdata: %v", err)
	}
	var seeds [][]byte
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		const n = 1500
		if len(src) <= 2*n {
			seeds = append(seeds, src)
			continue
		}
		head := src[:n]
		if i := bytes.Index(src[4:], []byte("\n---")); i >= 0 && i+4 < n*4 {
			head = src[:min(len(src), i+4+n)] // front matter and the start of the body
		}
		seeds = append(seeds, head, src[len(src)-n:])
	}
	return seeds
}

// FuzzParse feeds Parse pieces of real articles, hostile snippets and
// mutations of both, and checks the invariants every Document keeps
// (checkDocument): ParseBytes gives the same Document and keeps nothing
// of its input, no panic, only the documented errors, valid UTF-8, no
// space at either end of a paragraph, no markup in text, marks that match
// their text, normalized text, a well-formed section tree, and JSON that
// round-trips; and that nothing of the body's visible text leaves without
// a name (checkConserved).
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	for _, s := range []string{
		"---\ntitle: x\n---\n<p>一<b>二</p>三</b><table><tr><td rowspan=9>四",
		";;;\n\"title\": \"x\"\n;;;\n<div class=\"app-kaihu-qr\">广告</div><p>正文</p>",
		"<table><tr><td rowspan=1000 colspan=1000>x<td colspan=7>y<tr><td>z</table>",
		"<p>（一）标题。正文<a href=\"/rel\">链</a>。</p><p>附件一：清单</p><!-- 注 --><script>var a=1</script>",
		"# 一、总则\n\n第一条 为了…\n\n* 项\n\n> 引",
		"一、说明会召开情况\n2024年5月15日，公司召开说明会。\n二、问题\n（一）问答。回答。",
		"<a href=\" java\tscript:x\">甲</a><img src=\"DATA:x\"><p>原标题：甲 来源：乙</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse(bytes.NewReader(src), WithRemovals(), WithMaxDepth(64))
		// ParseBytes gives the same, and keeps nothing of its input.
		own := bytes.Clone(src)
		docBytes, errBytes := ParseBytes(own, WithRemovals(), WithMaxDepth(64))
		clear(own)
		require.Equal(t, err, errBytes)
		require.Equal(t, doc, docBytes)
		if err != nil {
			if !errAllowed(err, false) {
				t.Fatalf("undocumented error %+v", err)
			}
			return
		}
		body := bodyOf(t, src, WithMaxDepth(64))
		checkDocument(t, body, doc)
		checkConserved(t, body, doc)
	})
}

// FuzzFrontMatter checks the front matter reader alone, lenient and
// strict: no panic; only a *FrontMatterError, whose line lies in the
// input; a body that is the end of the input; and a Meta that is plain
// data (its JSON round-trips).
func FuzzFrontMatter(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, false)
	}
	for _, s := range []string{
		"---\ntitle: [a\n---\n", "---\na: &a [1,2]\nb: [*a,*a,*a]\n---\n", ";;;\n\"title\": 1\n;;;\n",
		"{\"title\": \"x\", \"tags\": [\"a\"]}\nbody", "\"title\": \"x\"\n;;;\n", "---\ndate: 2022-13-45\n---\n",
		"\ufeff---\r\ntitle: x\r\n---\r\n", "---\ntitle: x\n", "---\n- a\n- b\n---\n",
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, strict bool) {
		if !utf8.Valid(src) {
			return // Parse makes the input valid UTF-8 first
		}
		cfg, _ := newConfig(nil)
		cfg.strict = strict
		fm, err := splitFrontMatter(src, cfg)
		if err != nil {
			var fe *FrontMatterError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FrontMatterError", err)
			}
			if lines := bytes.Count(src, []byte("\n")) + 1; fe.Line < 1 || fe.Line > lines {
				t.Fatalf("error line %d outside the input's %d lines: %v", fe.Line, lines, err)
			}
			if n := strings.Count(err.Error(), "newsdoc:"); n != 1 {
				t.Fatalf("error %q says newsdoc: %d times", err, n)
			}
			return
		}
		if !bytes.HasSuffix(src, fm.body) {
			t.Fatalf("the body %q is not the end of the input", fm.body)
		}
		meta := fm.meta
		meta.Date = fixedZone(meta.Date)
		b, err := json.Marshal(meta)
		if err != nil {
			t.Fatalf("json: %v", err)
		}
		var back Meta
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		back.Date = fixedZone(back.Date)
		if !reflect.DeepEqual(meta, back) {
			t.Fatalf("Meta does not round-trip:\n%#v\n%#v", meta, back)
		}
	})
}

// FuzzSections builds the section tree over paragraphs made from lines —
// "h2 …" a heading, "b …" a bold line, "c …" a centered bold line, any
// other line text — and checks the tree (checkTree: ids, levels deeper
// than the parent's, ranges that nest and tile, headings that point back)
// and that no text is lost: every rune of the paragraphs is still there,
// in numbers, headings or text.
func FuzzSections(f *testing.F) {
	for _, s := range []string{
		"b 一、总体要求\n正文。\n（一）深入实施。坚持。\n（二）着力建设\n正文。\nb 二、主要任务\n正文。",
		"h1 中华人民共和国某法\n第一章 总则\n第一条 为了…\n第二条 本法…\n第二章 附则\n第三条 本法自…施行。\n附件一：清单\n一、甲\n二、乙",
		"c 标题\n——2022年1月6日\n1．甲。\n2．乙。\n正文\n（1）丙\n（2）丁\n①戊\n②己",
		"h2 第二章\nh2 第一章\n第五条\n第五条之一 插入\n01 政策\n正文正文正文正文正文正文正文正文正文正文\n02 市场\n正文正文正文正文正文正文正文正文正文正文",
		"本土病例情况\n正文正文正文正文正文正文正文正文正文正文正文正文\n无症状感染者情况\n正文正文正文正文正文正文正文正文正文正文正文",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) || len(src) > 1<<14 {
			return
		}
		doc := &Document{}
		var info []paraInfo
		var want []rune
		for _, line := range strings.Split(src, "\n") {
			p, in := fuzzParagraph(line)
			if p.Text == "" {
				continue
			}
			doc.Paragraphs = append(doc.Paragraphs, p)
			info = append(info, in)
			want = append(want, []rune(strings.ReplaceAll(p.Text, " ", ""))...)
		}
		buildSections(doc, info)
		checkTree(t, doc)
		var got []rune
		for _, p := range doc.Paragraphs {
			got = append(got, []rune(strings.ReplaceAll(p.Number+p.Text, " ", ""))...)
		}
		if string(got) != string(want) {
			t.Fatalf("text changed by the section tree:\nwant %q\n got %q", string(want), string(got))
		}
	})
}

// fuzzParagraph makes a paragraph of a FuzzSections line.
func fuzzParagraph(line string) (Paragraph, paraInfo) {
	p := Paragraph{Kind: KindText}
	var info paraInfo
	bold := false
	switch {
	case len(line) > 3 && line[0] == 'h' && line[1] >= '1' && line[1] <= '6' && line[2] == ' ':
		p.Kind, p.Level, line = KindHeading, int(line[1]-'0'), line[3:]
	case strings.HasPrefix(line, "b "):
		bold, line = true, line[2:]
	case strings.HasPrefix(line, "c "):
		bold, info.centered, line = true, true, line[2:]
	}
	p.Text = Normalize(line)
	if bold && p.Text != "" {
		p.Marks = []Mark{{Kind: MarkBold, Text: p.Text, Start: 0, End: len(p.Text)}}
	}
	return p, info
}

// FuzzSplitBranches: a pattern's alternatives run apart match a text
// exactly when the whole pattern does.
func FuzzSplitBranches(f *testing.F) {
	for _, s := range [][2]string{
		{`^(?:a.|(?s)b.|c.)$`, "c\n"}, {`a|[|]b|(c|d)|\|e`, "|b"}, {`^(?:[^。]*关注|更多)$`, "更多"},
		{`(?i)^(?:ab|cd)$`, "CD"}, {`^(?:x)|(?:y)$`, "x1"}, {`\Qa|b\E|c`, "a|b"}, {`(?P<n>a|b)|c`, "b"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		re, err := regexp.Compile(pattern)
		if err != nil || len(pattern) > 200 {
			return
		}
		branches, _ := splitBranches(re)
		if branches == nil {
			return
		}
		got := false
		for _, b := range branches {
			got = got || b.MatchString(text)
		}
		if want := re.MatchString(text); got != want {
			t.Fatalf("%q on %q: alternatives apart %v, whole %v", pattern, text, got, want)
		}
	})
}

// isPageByTokens is isPage as it was before pageMarkup: the tokenizer
// over the first 64 KiB, always. It is FuzzIsPage's oracle.
func isPageByTokens(src []byte) bool {
	s := bytes.TrimLeft(bytes.TrimPrefix(src, utf8BOM), " \t\r\n")
	if bytes.HasPrefix(s, []byte("---")) || bytes.HasPrefix(s, []byte(";;;")) {
		return false
	}
	return pageByTokens(s[:min(len(s), 64<<10)])
}

// FuzzIsPage: telling a page from a body by a byte scan first gives what
// the tokenizer alone gives.
func FuzzIsPage(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(string(s))
	}
	for _, s := range []string{"<!DOCTYPE html><p>x", "<!doctypehtml>", "<header>x</header><p>y", "<HEAD><title>t", "<!-- c --><meta charset=utf-8>",
		"<p>x</p><title>t</title>", "</p><title>t", "<body1>", "<div><Body>", "<html", "<script>'<html>'</script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if got, want := isPage([]byte(src)), isPageByTokens([]byte(src)); got != want {
			t.Fatalf("isPage(%q) = %v, the tokenizer says %v", src, got, want)
		}
	})
}

// TestIsPageAgreesOnCorpus: over every input, page and post the tests
// read, whole.
func TestIsPageAgreesOnCorpus(t *testing.T) {
	var files []string
	for _, glob := range []string{
		filepath.Join("testdata", "*", "*", "input.*"),
		filepath.Join("testdata", "pages", "*", "*.html"),
		filepath.Join("..", "shared", "corpus", "*", "*"),
	} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		files = append(files, m...)
	}
	pages := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue // a folder
		}
		want := isPageByTokens(src)
		require.Equal(t, want, isPage(src), f)
		if want {
			pages++
		}
	}
	require.Greater(t, pages, 50, "pages among %d files", len(files))
	require.Greater(t, len(files)-pages, 50, "bodies among %d files", len(files))
}
