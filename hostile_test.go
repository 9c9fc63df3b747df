package newsdoc

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/unicode"
)

// hostileCase is an input anyone can write to make a parser slow, greedy
// or wrong. want checks the result beyond the invariants every case keeps.
type hostileCase struct {
	name string
	src  []byte
	opts []Option
	err  error // the error Parse must return, or nil for a Document
	want func(t *testing.T, doc *Document)
}

// repeat returns s repeated until the result is at least n bytes.
func repeat(s string, n int) string { return strings.Repeat(s, n/len(s)+1) }

// hostileInputs is the matrix: every kind of input the issue names, at a
// size (about 1–4 MB where size matters) that shows superlinear work as
// superlinear memory.
func hostileInputs() []hostileCase {
	const mb = 1 << 20
	rng := rand.New(rand.NewPCG(7, 11))
	random := make([]byte, mb)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	utf16 := func(s string) []byte {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		return b
	}
	aliasBomb := "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" +
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n" +
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\ntitle: 炸弹\n---\n<p>正文</p>"
	var spans strings.Builder
	for range 100 {
		spans.WriteString(`<tr><td rowspan="1000" colspan="1000">x</td></tr>`)
	}
	texts := func(want ...string) func(t *testing.T, doc *Document) {
		return func(t *testing.T, doc *Document) { assert.Equal(t, want, errTexts(doc)) }
	}
	warned := func(code string) func(t *testing.T, doc *Document) {
		return func(t *testing.T, doc *Document) {
			var codes []string
			for _, w := range doc.Warnings {
				codes = append(codes, w.Code)
			}
			assert.Contains(t, codes, code)
		}
	}
	paragraphs := func(n int) func(t *testing.T, doc *Document) {
		return func(t *testing.T, doc *Document) { assert.Len(t, doc.Paragraphs, n) }
	}
	tableCells := func(rows, cells int) func(t *testing.T, doc *Document) {
		return func(t *testing.T, doc *Document) {
			require.Len(t, doc.Paragraphs, 1)
			p := doc.Paragraphs[0]
			require.Len(t, p.Rows, rows)
			n := 0
			for _, r := range p.Rows {
				n += len(r)
			}
			assert.Equal(t, cells, n, "every cell kept")
			assert.LessOrEqual(t, len(p.Text), 2*MaxTableCells+len(p.Rows)*8, "the text stays within the cap")
			g := p.Grid()
			area := 0
			for _, r := range g {
				area += len(r)
			}
			assert.LessOrEqual(t, area, max(MaxTableCells, cells), "Grid stays within the cap")
		}
	}
	return []hostileCase{
		{name: "empty", src: nil, err: ErrEmpty},
		{name: "white space", src: []byte(" \t\r\n\u3000\n  \n"), err: ErrEmpty},
		{name: "BOM only", src: []byte("\ufeff \n"), err: ErrEmpty},
		{name: "binary", src: random, err: ErrBinary},
		{name: "NUL in text", src: []byte("<p>正\x00文</p>"), err: ErrBinary},
		{name: "invalid UTF-8", src: []byte("<p>正文\xff\xfe\xc0\xaf</p><p>\xed\xa0\x80</p>"), want: warned("invalid-utf8")},
		{name: "truncated UTF-8", src: []byte("<p>正文" + "正"[:2]), want: warned("invalid-utf8")},
		{name: "UTF-16 with a BOM", src: utf16("<p>正文</p>"), want: texts("正文")},
		{name: "UTF-16 without a BOM", src: utf16("<p>正文</p>")[2:], err: ErrBinary},
		{name: "unclosed front matter", src: []byte("---\ntitle: x\n" + repeat("a: b\n", mb)), err: ErrUnclosedFrontMatter},
		{name: "non-YAML front matter", src: []byte("---\n" + repeat("{[: ,", mb/4) + "\n---\n<p>正文</p>"), want: warned("front-matter")},
		{name: "YAML alias bomb", src: []byte(aliasBomb), want: func(t *testing.T, doc *Document) {
			assert.Equal(t, []string{"正文"}, errTexts(doc))
		}},
		{name: "non-scalar title", src: []byte("---\ntitle: [甲, 乙]\nauthor: {a: 1}\n---\n<p>正文</p>"), want: warned("meta-value")},
		{name: "garbage dates", src: []byte("---\ndate: 2022-13-45 25:61\n---\n<p>正文</p>"), want: func(t *testing.T, doc *Document) {
			assert.True(t, doc.Meta.Date.IsZero())
			warned("meta-value")(t, doc)
		}},
		{name: "deep JSON front matter", src: []byte(";;;\n\"title\": " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n;;;\n<p>正文</p>"),
			want: texts("正文")},
		{name: "unclosed tags", src: []byte(repeat("<p><b><i><span><a href='/x'>字", mb))},
		{name: "unclosed comment", src: []byte("<p>前</p><!--" + repeat("注释", mb)), want: texts("前")},
		{name: "</p> inside <script>", src: []byte("<p>前</p><script>document.write('</p><p>假')</script><p>后</p>"), want: texts("前", "后")},
		{name: "CDATA", src: []byte("<p>前<![CDATA[<b>不是</b>]]>后</p><svg><![CDATA[甲]]></svg>")},
		{name: "bad entities", src: []byte("<p>&#0;&#xD800;&#x110000;&#99999999999;&bogus;&amp&lt;&#x41;&#65</p>")},
		{name: "giant attribute", src: []byte(`<p title="` + repeat("标", 4*mb) + `">正文</p>`), want: texts("正文")},
		{name: "giant paragraph", src: []byte("<p>" + repeat("长文", 4*mb) + "</p>"), want: paragraphs(1)},
		{name: "a million tiny paragraphs", src: []byte(strings.Repeat("<p>段</p>", 1<<20)), want: paragraphs(1 << 20)},
		{name: "100,000-deep nesting", src: []byte(strings.Repeat("<div>", 100000) + "深" + strings.Repeat("</div>", 100000)),
			want: warned("depth-limit")},
		{name: "100,000-deep nesting, limit raised", src: []byte(strings.Repeat("<div>", 100000) + "深" + strings.Repeat("</div>", 100000)),
			opts: []Option{WithMaxDepth(1 << 20)}, want: texts("深")},
		{name: "100,000 unclosed blocks, limit raised", src: []byte(strings.Repeat("<div><p>段", 100000)),
			opts: []Option{WithMaxDepth(1 << 20)}, want: paragraphs(100000)},
		{name: "3,000 nested tables", src: []byte(strings.Repeat("<table><tr><td>格", 3000) + strings.Repeat("</td></tr></table>", 3000))},
		{name: "3,000 nested tables, limit raised", src: []byte(strings.Repeat("<table><tr><td>格", 3000) + strings.Repeat("</td></tr></table>", 3000)),
			opts: []Option{WithMaxDepth(1 << 20)}},
		{name: "100 rows of rowspan=1000 colspan=1000", src: []byte("<table>" + spans.String() + "</table>"),
			want: func(t *testing.T, doc *Document) { tableCells(100, 100)(t, doc); warned("table-limit")(t, doc) }},
		{name: "one row of 8,000 colspan=1000 cells", src: []byte("<table><tr>" + strings.Repeat(`<td colspan="1000">x</td>`, 8000) + "</tr></table>"),
			want: func(t *testing.T, doc *Document) { tableCells(1, 8000)(t, doc); warned("table-limit")(t, doc) }},
		{name: "1,000 rows of rowspan=1000", src: []byte("<table>" + strings.Repeat(`<tr><td rowspan="1000">x</td><td>y</td></tr>`, 1000) + "</table>"),
			want: tableCells(1000, 2000)},
		{name: "a wide row and a long column", src: []byte("<table><tr>" + strings.Repeat("<td>x", 50000) + strings.Repeat("<tr><td>y", 50000) + "</table>"),
			want: tableCells(50001, 100000)},
		{name: "spans zero, negative and huge", src: []byte(`<table><tr><td rowspan="0" colspan="-5">a<td rowspan="99999999999999999999" colspan="1e9">b<td colspan=" 7 ">c<tr><td>d</table>`),
			want: tableCells(2, 4)},
		{name: "many tables at the document cap", src: []byte(strings.Repeat("<table>"+strings.Repeat(`<tr><td colspan="1000">x</td></tr>`, 60)+"</table>", 300)),
			want: func(t *testing.T, doc *Document) { assert.Len(t, doc.Paragraphs, 300); warned("table-limit")(t, doc) }},
		{name: "a hundred thousand marks", src: []byte("<p>" + strings.Repeat(`<b>粗</b><a href="https://x.cn/">链</a><span id="stock_sz000001">股</span>`, 100000) + "</p>"),
			want: paragraphs(1)},
		{name: "10,000 nested marks", src: []byte("<p>" + strings.Repeat(`<b><a href="/x"><span id="stock_sz1"><i>`, 10000) + "字</p>")},
		{name: "heading spam", src: []byte(strings.Repeat("<h2>标题</h2>", 200000))},
		{name: "numbered heading spam", src: []byte(strings.Repeat("<p>一、标题</p><p>正文。</p><p>（一）小标题。正文。</p>", 30000))},
		{name: "out-of-order numbers after many headings", src: []byte(strings.Repeat("<h2>标题</h2>", 30000) + strings.Repeat("<p>五、标题</p><p>正文正文正文。</p>", 30000))},
		{name: "the title repeated as heading spam", src: []byte("<h1>标题</h1>" + strings.Repeat("<h2>标题</h2><p><b>标题</b></p>", 100000))},
		{name: "sentence subhead spam", src: []byte(strings.Repeat("生态底色更加亮丽。\n"+strings.Repeat("正文正文正文正文正文，", 8)+"正文。\n", 20000)), opts: []Option{WithInput(InputBody), WithFormat(FormatText)}},
		{name: "captions and plain lines under images", src: []byte(strings.Repeat(`<p><b>粗体小标题</b></p><img src="a.jpg"><p>图片说明文字</p><p>正文正文正文正文正文正文正文正文正文正文正文正文。</p>`, 30000))},
		{name: "bold line spam", src: []byte(strings.Repeat("<p><b>粗体标题行</b></p><p>正文正文正文正文正文正文正文正文正文正文正文正文。</p>", 50000))},
		{name: "numbers in the billions", src: []byte("<p>第一千亿零一条 甲</p><p>9999999999999999999. 乙</p><p>（99999999999）丙</p><p>一万万万万万、丁</p><p>第二条 戊</p>")},
		{name: "unsafe URLs in any case and spacing", src: []byte(`<p><a href=" JaVaScRiPt:alert(1)">甲</a><a href="java&#x0A;script:x">乙</a>` +
			`<a href="&#x01;vbscript:x">丙</a><img src="DaTa:image/png;base64,AAAA" alt="图"><img src="  javascript:x"></p>`),
			opts: []Option{WithRemovals()}, want: func(t *testing.T, doc *Document) {
				for _, p := range doc.Paragraphs {
					assert.Empty(t, p.Marks)
					assert.Nil(t, p.Image)
				}
				assert.Len(t, removedRules(doc), 5)
			}},
		{name: "deep Markdown quotes", src: []byte(strings.Repeat("> ", 20000) + "引\n")},
		{name: "Markdown emphasis bomb", src: []byte("# 标题\n\n" + repeat("*a **b _c __d ", mb/4) + "\n")},
		{name: "Markdown bracket bomb", src: []byte("# 标题\n\n" + repeat("[", mb/4) + repeat("](", mb/4) + "\n")},
		{name: "a million lines of plain text", src: []byte(repeat("一行文字\n", 4*mb))},
		{name: "many attributes", src: []byte("<p" + repeat(` a="1" b='2' c=3`, 2*mb) + ">正文</p>"), want: texts("正文")},
		{name: "a long class list", src: []byte(`<p class="` + repeat("img_descr app-kaihu-qr x ", 2*mb) + `">正文</p>`)},
		{name: "<plaintext>", src: []byte("<p>前</p><plaintext><p>不是标签</p>")},
		{name: "unterminated attribute quote", src: []byte(`<p class="a>正文</p><p>后</p>`)},
		{name: "a million <br>", src: []byte("<p>" + strings.Repeat("字<br>", 1<<20) + "</p>")},
		{name: "comment spam", src: []byte(strings.Repeat("<!--x-->字", 1<<20)), opts: []Option{WithRemovals()}},
		{name: "credit line spam", src: []byte(strings.Repeat("<p>编辑：张三</p><p>正文。</p>", 100000))},
		{name: "caption spam", src: []byte(strings.Repeat(`<img src="https://x.cn/a.png"><p>图/新华社</p><p>来源/网络</p>`, 50000))},
		{name: "control and format characters", src: []byte("<p>\u200b\u200e\u202e正\u0007文\u00ad\ufeff</p>"), want: texts("正文")},
	}
}

// TestHostileInputs parses every input of the matrix and checks that it
// gives the typed error it should or a sane Document, and that Parse
// allocates at most 64 MiB + 24 bytes per input byte in all: no structure
// of the input makes the work more than linear in its size.
func TestHostileInputs(t *testing.T) {
	cases := hostileInputs()
	require.GreaterOrEqual(t, len(cases), 40)
	names := map[string]bool{}
	for _, tc := range cases {
		require.False(t, names[tc.name], "duplicate case %q", tc.name)
		names[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && len(tc.src) > 1<<20 {
				t.Skip("an input of more than 1 MiB: run without -short")
			}
			var doc *Document
			var err error
			allocated := allocatedBy(func() { doc, err = Parse(bytes.NewReader(tc.src), tc.opts...) })
			limit := uint64(64<<20 + 24*len(tc.src))
			assert.LessOrEqual(t, allocated, limit, "allocated %d MiB for %d KiB", allocated>>20, len(tc.src)>>10)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				assert.Nil(t, doc)
				assert.Equal(t, 1, strings.Count(err.Error(), "newsdoc:"), "one prefix: %v", err)
				return
			}
			require.NoError(t, err)
			if len(tc.src) < 1<<17 {
				// The invariants read the whole document several times:
				// check them on the smaller inputs.
				checkDocument(t, bodyOf(t, tc.src, tc.opts...), doc)
			} else {
				checkTree(t, doc)
			}
			if tc.want != nil {
				tc.want(t, doc)
			}
		})
	}
}

// allocatedBy returns the bytes f allocates on the heap.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestErrorsHaveOnePrefix checks that every error Parse returns names the
// package once.
func TestErrorsHaveOnePrefix(t *testing.T) {
	for _, src := range []string{"", "\x00", "---\ntitle: x\n", "---\ntitle: [\n---\n", "{\"a\":\n"} {
		for _, opts := range [][]Option{nil, {WithStrict()}, {WithMaxBytes(2)}} {
			_, err := Parse(strings.NewReader(src), opts...)
			if err == nil {
				continue
			}
			require.NotErrorIs(t, err, ErrInternal, "%q: %+v", src, err)
			assert.Equal(t, 1, strings.Count(err.Error(), "newsdoc:"), "%q: %v", src, err)
		}
	}
}

// TestInvalidOptionsAndRules checks that no option value or rule is taken
// silently: each is a typed error from Parse.
func TestInvalidOptionsAndRules(t *testing.T) {
	for name, opt := range map[string]Option{
		"WithMaxBytes(0)":   WithMaxBytes(0),
		"WithMaxBytes(-1)":  WithMaxBytes(-1),
		"WithMaxDepth(0)":   WithMaxDepth(0),
		"WithMaxDepth(-3)":  WithMaxDepth(-3),
		"WithFormat(99)":    WithFormat(Format(99)),
		"WithLocation(nil)": WithLocation(nil),
		"WithPolicy(nil)":   WithPolicy(nil),
		"nil Option":        nil,
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader("<p>正文</p>"), opt)
			assert.ErrorIs(t, err, ErrInvalidOption)
			assert.Nil(t, doc)
			assert.Equal(t, 1, strings.Count(err.Error(), "newsdoc:"), "%v", err)
		})
	}
	for name, rule := range map[string]Rule{
		"DropIf with a nil function":          DropIf("x", nil),
		"DropParagraphs with a nil pattern":   DropParagraphs("x", nil),
		"DropTail with a nil pattern":         DropTail("x", nil, 12),
		"DropParagraphs with a zero Regexp":   DropParagraphs("x", &regexp.Regexp{}),
		"DropTail with a zero Regexp":         DropTail("x", &regexp.Regexp{}, 12),
		"DropTail dropping nothing after":     DropTail("x", regexp.MustCompile(`^end$`), 0),
		"a rule with no name":                 DropTags("", "div"),
		"a rule with a blank name":            DropClasses(" ", "ad"),
		"DropTags with no tag":                DropTags("x"),
		"DropClasses with an empty class":     DropClasses("x", ""),
		"DropClasses with a space":            DropClasses("x", "a b"),
		"DropBetweenComments with no markers": DropBetweenComments("x", "", ""),
		"a Rule made by hand":                 {Name: "x"},
	} {
		t.Run(name, func(t *testing.T) {
			assert.NotPanics(t, func() {
				doc, err := Parse(strings.NewReader("<p>正文</p>"), WithRules(rule))
				assert.ErrorIs(t, err, ErrInvalidRule)
				assert.Nil(t, doc)
				assert.ErrorIs(t, NewPolicy().Add(rule).Err(), ErrInvalidRule)
				_, err = Parse(strings.NewReader("<p>正文</p>"), WithPolicy(NewPolicy().Add(rule)))
				assert.ErrorIs(t, err, ErrInvalidRule)
			})
		})
	}
	assert.NoError(t, DefaultPolicy().Err(), "the presets are valid")
}

// TestFrameSize: the frame of an open element stays small, as a page
// nested as deep as it is long holds one for each start tag (the peak
// memory of BenchmarkScaling/nesting).
func TestFrameSize(t *testing.T) {
	assert.LessOrEqual(t, unsafe.Sizeof(frame{}), uintptr(24))
}

// TestMarkdownLimits: Markdown past goldmark's limits (see
// markdownBounded) is read as plain text with a warning, at one delimiter
// or one container past them and not before; the count of delimiters
// starts again after a blank line.
func TestMarkdownLimits(t *testing.T) {
	delims := func(n int) string { return "正文" + strings.Repeat("a*", n) }
	assert.Empty(t, markdownBounded([]byte(delims(maxMarkdownDelims))))
	assert.Contains(t, markdownBounded([]byte(delims(maxMarkdownDelims+1))), "inline delimiters")
	assert.Contains(t, markdownBounded([]byte(delims(300)+"\n"+delims(300))), "inline delimiters", "one paragraph over two lines")
	assert.Empty(t, markdownBounded([]byte(delims(300)+"\n\n"+delims(300))), "two paragraphs")
	for _, c := range "*_[]`<!" {
		assert.Contains(t, markdownBounded([]byte(strings.Repeat(string(c)+"x", maxMarkdownDelims+1))), "inline delimiters", "%c", c)
	}
	assert.Empty(t, markdownBounded([]byte(strings.Repeat("x#-=（", maxMarkdownDelims+1))), "no delimiter among them")
	assert.Empty(t, markdownBounded([]byte(strings.Repeat("> ", maxMarkdownNesting)+"正文")))
	assert.Contains(t, markdownBounded([]byte(strings.Repeat("> ", maxMarkdownNesting+1)+"正文")), "nested deeper")

	doc, err := Parse(strings.NewReader(delims(maxMarkdownDelims+1)), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	require.Len(t, doc.Warnings, 1)
	assert.Equal(t, "markdown-limit", doc.Warnings[0].Code)
	require.Len(t, doc.Paragraphs, 1)
	assert.Equal(t, delims(maxMarkdownDelims+1), doc.Paragraphs[0].Text, "read as plain text, every delimiter kept")
}
