package newsdoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of bad input: Parse returns a typed error or a sane Document, and
// never panics.

// errParse parses src, which must not fail, and checks that the Document
// is sane: it encodes as JSON and Paragraphs is not nil.
func errParse(t *testing.T, src string, opts ...Option) *Document {
	t.Helper()
	var doc *Document
	var err error
	require.NotPanics(t, func() { doc, err = Parse(strings.NewReader(src), opts...) })
	require.NoError(t, err)
	require.NotNil(t, doc)
	assert.NotNil(t, doc.Paragraphs)
	_, err = json.Marshal(doc)
	require.NoError(t, err, "json.Marshal(doc)")
	return doc
}

func errTexts(doc *Document) []string {
	out := []string{}
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func errWarningMessages(doc *Document) []string {
	out := []string{}
	for _, w := range doc.Warnings {
		out = append(out, w.Message)
	}
	return out
}

// errStrings returns every string reachable from v through exported and
// unexported fields, slices, maps and pointers; values of type error are
// skipped.
func errStrings(v reflect.Value, out *[]string) {
	switch v.Kind() {
	case reflect.String:
		*out = append(*out, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() && v.Type() != reflect.TypeFor[error]() {
			errStrings(v.Elem(), out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).Type == reflect.TypeFor[error]() {
				continue
			}
			errStrings(v.Field(i), out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			errStrings(v.Index(i), out)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			errStrings(iter.Key(), out)
			errStrings(iter.Value(), out)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for name, src := range map[string]string{
		"nothing":            "",
		"a space":            " ",
		"line ends":          "\n\n\r\n",
		"ascii white space":  " \t\r\n\v\f ",
		"ideographic spaces": "　　\n　",
		"nbsp":               "\u00a0\n",
	} {
		t.Run(name, func(t *testing.T) {
			var doc *Document
			var err error
			require.NotPanics(t, func() { doc, err = Parse(strings.NewReader(src)) })
			assert.ErrorIs(t, err, ErrEmpty)
			assert.Nil(t, doc)
		})
	}
}

// A file holding only a UTF-8 BOM (and white space) is empty too: Parse
// drops the BOM, and nothing is left.
func TestParseEmptyWithBOM(t *testing.T) {
	for name, src := range map[string]string{
		"bom":                "\ufeff",
		"bom and line ends":  "\ufeff\r\n\r\n",
		"bom and blank text": "\ufeff \t\n",
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader(src))
			assert.ErrorIs(t, err, ErrEmpty)
			assert.Nil(t, doc)
		})
	}
}

func TestParseBinary(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
	for name, src := range map[string]string{
		"png header":              png,
		"a nul at the end":        "<p>正文</p>\x00",
		"a nul in front matter":   "---\ntitle: 标\x00题\n---\n<p>正文</p>",
		"utf-16le text":           "<\x00p\x00>\x00a\x00<\x00/\x00p\x00>\x00",
		"a nul after white space": "\n\n\x00",
	} {
		t.Run(name, func(t *testing.T) {
			var doc *Document
			var err error
			require.NotPanics(t, func() { doc, err = Parse(strings.NewReader(src)) })
			assert.ErrorIs(t, err, ErrBinary)
			assert.Nil(t, doc)
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	t.Run("longer than the limit", func(t *testing.T) {
		doc, err := Parse(strings.NewReader("<p>正文很长很长</p>"), WithMaxBytes(10))
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Nil(t, doc)
	})
	t.Run("one byte over the limit", func(t *testing.T) {
		doc, err := Parse(strings.NewReader("<p>0123</p>"), WithMaxBytes(10))
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Nil(t, doc)
	})
	t.Run("exactly the limit", func(t *testing.T) {
		doc := errParse(t, "<p>012</p>", WithMaxBytes(10))
		assert.Equal(t, []string{"012"}, errTexts(doc))
	})
	t.Run("an endless reader is not read to its end", func(t *testing.T) {
		r := &errCountingReader{r: errEndless{}}
		doc, err := Parse(r, WithMaxBytes(1<<10))
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Nil(t, doc)
		assert.LessOrEqual(t, r.n, int64(64<<10), "bytes read")
	})
	t.Run("zero and negative limits are refused", func(t *testing.T) {
		for _, n := range []int64{0, -1} {
			doc, err := Parse(strings.NewReader("<p>正文</p>"), WithMaxBytes(n))
			assert.ErrorIs(t, err, ErrInvalidOption)
			assert.Nil(t, doc)
		}
	})
	t.Run("the limit is checked before binary", func(t *testing.T) {
		_, err := Parse(strings.NewReader("\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"), WithMaxBytes(10))
		assert.ErrorIs(t, err, ErrTooLarge)
	})
}

type errEndless struct{}

func (errEndless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

type errCountingReader struct {
	r io.Reader
	n int64
}

func (c *errCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestParseReaderError(t *testing.T) {
	errBoom := errors.New("disk on fire")
	for name, r := range map[string]func() io.Reader{
		"at once": func() io.Reader { return iotest.ErrReader(errBoom) },
		"mid-way, in the front matter": func() io.Reader {
			return io.MultiReader(strings.NewReader("---\ntitle: 标题\n"), iotest.ErrReader(errBoom))
		},
		"mid-way, in the body": func() io.Reader {
			return io.MultiReader(strings.NewReader("<p>正文</p><p>第二"), iotest.ErrReader(errBoom))
		},
		"mid-way, one byte at a time": func() io.Reader {
			return iotest.OneByteReader(io.MultiReader(strings.NewReader("<p>正文</p>"), iotest.ErrReader(errBoom)))
		},
	} {
		t.Run(name, func(t *testing.T) {
			var doc *Document
			var err error
			require.NotPanics(t, func() { doc, err = Parse(r()) })
			assert.ErrorIs(t, err, errBoom)
			assert.Nil(t, doc)
			assert.NotErrorIs(t, err, ErrEmpty)
		})
	}
	t.Run("a timeout after the first read", func(t *testing.T) {
		doc, err := Parse(iotest.TimeoutReader(strings.NewReader("<p>正文</p>")))
		assert.ErrorIs(t, err, iotest.ErrTimeout)
		assert.Nil(t, doc)
	})
	t.Run("data returned with io.EOF is read", func(t *testing.T) {
		doc, err := Parse(iotest.DataErrReader(iotest.HalfReader(strings.NewReader("<p>正文</p><p>第二段</p>"))))
		require.NoError(t, err)
		assert.Equal(t, []string{"正文", "第二段"}, errTexts(doc))
	})
}

// TestParseFaultIsAnError holds Parse's guard to turning a fault of
// newsdoc's own into an *InternalError. No input is known to cause one,
// so the guard runs a parse of a config that Parse never builds: one
// without a Policy, which the first start tag reads.
func TestParseFaultIsAnError(t *testing.T) {
	cfg, err := newConfig(nil)
	require.NoError(t, err)
	cfg.policy = nil
	var cc callerCode
	cfg.caller = &cc
	var doc *Document
	require.NotPanics(t, func() {
		doc, err = guarded(&cc, func() (*Document, error) { return parse([]byte("<p>正文</p>"), cfg, passMode{lazy: true}) })
	})
	assert.Nil(t, doc)
	require.ErrorIs(t, err, ErrInternal)
	var ie *InternalError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "newsdoc: internal error: runtime error: invalid memory address or nil pointer dereference", err.Error())
	var re runtime.Error
	require.ErrorAs(t, err, &re, "the runtime's error is wrapped too")
	assert.Contains(t, string(ie.Stack), "newsdoc.(*parser).run(", "the stack is where it panicked")
	assert.Equal(t, err.Error()+"\n"+strings.TrimRight(string(ie.Stack), "\n"), fmt.Sprintf("%+v", err), "%+v prints the stack")
	assert.Equal(t, err.Error(), fmt.Sprintf("%v", err))
	assert.Equal(t, fmt.Sprintf("%-70q|", err.Error()), fmt.Sprintf("%-70q|", err), "other verbs as for the message")
	assert.Equal(t, "newsdoc: internal error: x", fmt.Sprintf("%+v", &InternalError{Value: "x"}), "no stack, no line for it")

	// The same config parses when it has its Policy back: the fault was
	// the missing Policy, not the input.
	cfg.policy = defaultPolicy()
	doc, err = guarded(&cc, func() (*Document, error) { return parse([]byte("<p>正文</p>"), cfg, passMode{lazy: true}) })
	require.NoError(t, err)
	assert.Equal(t, []string{"正文"}, errTexts(doc))
}

// panicReader panics in Read; panicLenReader in Len, which Parse asks
// first.
type panicReader struct{}

func (r panicReader) Read([]byte) (int, error) { panic("the caller's reader") }

type panicLenReader struct{ panicReader }

func (panicLenReader) Len() int { panic("the caller's Len") }

// A panic in the caller's code that Parse calls is the caller's: Parse
// does not turn it into an InternalError.
func TestParseLetsCallersPanicsGoOn(t *testing.T) {
	assert.PanicsWithValue(t, "the caller's reader", func() { _, _ = Parse(panicReader{}) })
	assert.PanicsWithValue(t, "the caller's Len", func() { _, _ = Parse(panicLenReader{}) })
	rule := DropIf("boom", func(el *Element) bool {
		if el.Tag() == "span" {
			panic("the caller's rule")
		}
		return false
	})
	assert.PanicsWithValue(t, "the caller's rule", func() {
		_, _ = Parse(strings.NewReader("<p>正文<span>甲</span></p>"), WithRules(rule))
	})
	// Asked of every element, the rule that does not panic parses as
	// before.
	doc, err := Parse(strings.NewReader("<p>正文<b>甲</b></p>"), WithRules(rule))
	require.NoError(t, err)
	assert.Equal(t, []string{"正文甲"}, errTexts(doc))
}

// After the caller's code returns, what marks it is undone: a fault of
// newsdoc's own after the reader or a DropIf function ran is still an
// InternalError, not a panic let go on as the caller's.
func TestCallerCodeEnds(t *testing.T) {
	var cc callerCode
	_, err := guarded(&cc, func() (*Document, error) {
		if _, err := readAll(strings.NewReader("<p>正文</p>"), DefaultMaxBytes, &cc); err != nil {
			return nil, err
		}
		panic("newsdoc's fault after the reader")
	})
	require.ErrorIs(t, err, ErrInternal)
	for _, drops := range []bool{false, true} {
		cfg, err := newConfig([]Option{WithPolicy(NewPolicy().Add(DropIf("x", func(*Element) bool { return drops })))})
		require.NoError(t, err)
		cc = callerCode{}
		cfg.caller = &cc
		_, err = guarded(&cc, func() (*Document, error) {
			p := newParser(cfg, &Document{})
			assert.Equal(t, map[bool]int{false: 0, true: 1}[drops], p.callerMatch(cfg.policy.ix.funcs))
			panic("newsdoc's fault after a DropIf function")
		})
		require.ErrorIs(t, err, ErrInternal, "drops %v", drops)
	}
}

// badCountReader returns n from every Read, a count no reader may give.
type badCountReader struct{ n int }

func (r badCountReader) Read([]byte) (int, error) { return r.n, nil }

// A reader that returns a count below zero or past the buffer is at
// fault: Parse returns an error for it, not an InternalError.
func TestParseReaderBadCount(t *testing.T) {
	for _, n := range []int{-1, 1 << 20} {
		doc, err := Parse(badCountReader{n})
		assert.Nil(t, doc)
		require.ErrorIs(t, err, errBadCount, "%d", n)
		assert.NotErrorIs(t, err, ErrInternal)
	}
}

// yamlSafely returns yaml.v3's error, or one for its panic.
func TestYAMLSafely(t *testing.T) {
	require.NoError(t, yamlSafely(func() error { return nil }))
	errYAML := errors.New("yaml: line 1: did not find expected key")
	require.ErrorIs(t, yamlSafely(func() error { return errYAML }), errYAML)
	assert.EqualError(t, yamlSafely(func() error { panic("reflect: bad kind") }), "yaml.v3 panicked: reflect: bad kind")
}

// negativeLenReader says its length is negative.
type negativeLenReader struct{ *strings.Reader }

func (negativeLenReader) Len() int { return -5 }

// readAll takes any limit and any length a reader gives: the greatest
// limit once overflowed to a negative buffer size and panicked.
func TestReadAllLimits(t *testing.T) {
	for _, limit := range []int64{math.MaxInt64, math.MaxInt64 - 1, 1 << 40} {
		doc, err := Parse(strings.NewReader("<p>正文</p>"), WithMaxBytes(limit))
		require.NoError(t, err, "limit %d", limit)
		assert.Equal(t, []string{"正文"}, errTexts(doc))
	}
	doc, err := Parse(negativeLenReader{strings.NewReader("<p>正文</p>")})
	require.NoError(t, err)
	assert.Equal(t, []string{"正文"}, errTexts(doc))
	_, err = Parse(negativeLenReader{strings.NewReader("<p>正文</p>")}, WithMaxBytes(4))
	require.ErrorIs(t, err, ErrTooLarge)
}

// TestFirstRead: the buffer sized from what a reader says of its length
// is at most maxFirstRead, whatever it says and whatever the limit, and
// no more than the read can fill, but for the bytes.MinRead it always
// has.
func TestFirstRead(t *testing.T) {
	for _, c := range []struct{ size, over, want int64 }{
		{4096, 1 << 20, 4096},
		{4096, 1000, 1000},
		{100, 1 << 20, bytes.MinRead},
		{math.MaxInt64, math.MaxInt64, maxFirstRead},
		{1<<30 + 1, math.MaxInt64, maxFirstRead},
		{1 << 40, 1 << 41, maxFirstRead},
		{-5, 1 << 20, bytes.MinRead},
		{0, 0, bytes.MinRead},
	} {
		assert.Equal(t, c.want, firstRead(c.size, c.over), "size %d, over %d", c.size, c.over)
	}
}

func TestParseInvalidUTF8(t *testing.T) {
	const warning = "invalid UTF-8 replaced by U+FFFD"
	t.Run("in the body", func(t *testing.T) {
		doc := errParse(t, "<p>正\xff文</p><p>断\xe4\xb8</p><p>\xc0\xaf尾</p>")
		texts := errTexts(doc)
		require.Len(t, texts, 3)
		for _, s := range texts {
			assert.True(t, utf8.ValidString(s), "invalid UTF-8 in %q", s)
		}
		assert.Equal(t, "正\ufffd文", texts[0])
		assert.Equal(t, []string{warning}, errWarningMessages(doc))
	})
	t.Run("in marks, links and images", func(t *testing.T) {
		doc := errParse(t, `<p><b>粗`+"\xff"+`</b><a href="https://a.cn/`+"\xfe"+`">链`+"\xff"+`接</a></p>`+
			`<img src="https://a.cn/`+"\xff"+`.png" alt="图`+"\xff"+`">`)
		var all []string
		errStrings(reflect.ValueOf(doc), &all)
		for _, s := range all {
			assert.True(t, utf8.ValidString(s), "invalid UTF-8 in %q", s)
		}
		assert.Equal(t, []string{warning}, errWarningMessages(doc))
	})
	t.Run("in the front matter", func(t *testing.T) {
		doc := errParse(t, "---\ntitle: 标\xff题\nthumbnail: //a.cn/\xff.png\nsource: 新\xff浪\n---\n<p>正文</p>")
		assert.Equal(t, "标\ufffd题", doc.Meta.Title)
		var all []string
		errStrings(reflect.ValueOf(doc), &all)
		for _, s := range all {
			assert.True(t, utf8.ValidString(s), "invalid UTF-8 in %q", s)
		}
		assert.Equal(t, []string{"正文"}, errTexts(doc))
		require.NotEmpty(t, doc.Warnings)
		assert.Equal(t, warning, doc.Warnings[0].Message)
	})
	t.Run("valid input has no warning", func(t *testing.T) {
		doc := errParse(t, "<p>正文\ufffd</p>")
		assert.Empty(t, doc.Warnings)
		assert.Equal(t, []string{"正文\ufffd"}, errTexts(doc))
	})
}

// TestParseBrokenHTML feeds markup a browser would repair. Each case has
// a clear outcome.
func TestParseBrokenHTML(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		paras []string
	}{
		{"p closed by the next p and by </div>", "<div><p>一<p>二</div>", []string{"一", "二"}},
		{"nothing closed", "<div><p>一<p>二<b>三", []string{"一", "二三"}},
		{"p closed by a block", "<p>一<div>二</div>三", []string{"一", "二", "三"}},
		{"stray end tags", "</p></div></b>一</span>二</table></td><p>三</p></html></body>四", []string{"一二", "三", "四"}},
		{"misnested inline tags", "<p><b><i>一</b>二</i>三</p>", []string{"一二三"}},
		{"end tag of an unknown element", "<p>一</foo>二</p>", []string{"一二"}},
		{"unclosed list items", "<ul><li>一<li>二</ul><p>三", []string{"一", "二", "三"}},
		{"</br> is a line break", "<p>一</br>二</p>", []string{"一\n二"}},
		{"tag cut at the end", "<p>一</p><p", []string{"一"}},
		{"end tag cut at the end", "<p>一</p", []string{"一"}},
		{"lone less-than sign", "<p>1 < 2 且 3 > 2</p>", []string{"1 < 2 且 3 > 2"}},
		{"comment never closed", "<p>前</p><!-- 注释从未闭合 <p>后</p>", []string{"前"}},
		{"comment never closed, nothing after it", "<p>前</p><!--", []string{"前"}},
		{"script never closed", "<p>前</p><script>document.write('<p>后</p>')", []string{"前"}},
		{"style never closed", "<p>前</p><style>p { color: red }", []string{"前"}},
		{"script end tag in a string", "<p>前</p><script>var s = '</scr' + 'ipt>';</script><p>后</p>", []string{"前", "后"}},
		{"title never closed", "<p>前</p><title>标题<p>后</p>", []string{"前"}},
		{"textarea never closed", "<p>前</p><textarea><p>后</p>", []string{"前"}},
		{"attribute quote never closed", `<p>前</p><p title="未闭合>后</p>`, []string{"前"}},
		{"only markup", "<div><span></span></div>", []string{}},
		{"doctype and head", "<!DOCTYPE html><html><head><title>页</title></head><body><p>正文</p></body></html>", []string{"正文"}},
		{"cdata", "<p>一<![CDATA[二]]>三</p>", []string{"一三"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := errParse(t, tc.src)
			assert.Equal(t, tc.paras, errTexts(doc))
		})
	}
}

func TestParseUnclosedBold(t *testing.T) {
	doc := errParse(t, "<div><p>一<p>二<b>三")
	require.Equal(t, []string{"一", "二三"}, errTexts(doc))
	assert.Equal(t, []Mark{{Kind: MarkBold, Text: "三", Start: len("二"), End: len("二三")}}, doc.Paragraphs[1].Marks)
	assert.Empty(t, doc.Paragraphs[0].Marks)
}

func TestParseUnclosedTable(t *testing.T) {
	doc := errParse(t, "<p>前</p><table><caption>表</caption><tr><th>甲</th><td>乙</td></tr><tr><td>丙</td><td>丁")
	require.Len(t, doc.Paragraphs, 2)
	assert.Equal(t, Paragraph{Kind: KindText, Text: "前"}, doc.Paragraphs[0])
	assert.Equal(t, Paragraph{
		Kind:    KindTable,
		Text:    "甲\t乙\n丙\t丁",
		Caption: "表",
		Rows:    [][]Cell{{{Text: "甲", Header: true}, {Text: "乙"}}, {{Text: "丙"}, {Text: "丁"}}},
	}, doc.Paragraphs[1])
}

func TestParseUnclosedTableCellOnly(t *testing.T) {
	doc := errParse(t, "<table><td>孤")
	require.Len(t, doc.Paragraphs, 1)
	assert.Equal(t, KindTable, doc.Paragraphs[0].Kind)
	assert.Equal(t, [][]Cell{{{Text: "孤"}}}, doc.Paragraphs[0].Rows)
}

func TestParseDeepNesting(t *testing.T) {
	const n = 100000
	deep := func(open, close, text string) string {
		return strings.Repeat(open, n) + text + strings.Repeat(close, n)
	}
	t.Run("divs, default depth", func(t *testing.T) {
		doc := errParse(t, "<p>前</p>"+deep("<div>", "</div>", "深")+"<p>后</p>")
		assert.Equal(t, []string{"前", "深", "后"}, errTexts(doc))
		assert.Equal(t, []string{"elements nested deeper than 512 were flattened"}, errWarningMessages(doc))
	})
	t.Run("divs, WithMaxDepth(10)", func(t *testing.T) {
		doc := errParse(t, deep("<div>", "</div>", "深"), WithMaxDepth(10))
		assert.Equal(t, []string{"深"}, errTexts(doc))
		assert.Equal(t, []string{"elements nested deeper than 10 were flattened"}, errWarningMessages(doc))
	})
	t.Run("never closed", func(t *testing.T) {
		doc := errParse(t, strings.Repeat("<div>", n)+"深")
		assert.Equal(t, []string{"深"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("inline elements", func(t *testing.T) {
		doc := errParse(t, "<p>"+deep("<b>", "</b>", "粗")+"</p>")
		assert.Equal(t, []string{"粗"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("tables", func(t *testing.T) {
		doc := errParse(t, deep("<table><tr><td>", "</td></tr></table>", "格"))
		assert.Equal(t, []string{"格"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("list items", func(t *testing.T) {
		doc := errParse(t, deep("<ul><li>", "</li></ul>", "项"))
		assert.Equal(t, []string{"项"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("blockquotes", func(t *testing.T) {
		doc := errParse(t, deep("<blockquote>", "</blockquote>", "引"))
		assert.Equal(t, []string{"引"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("paragraphs below the limit still split", func(t *testing.T) {
		doc := errParse(t, "<div><div><div><div><p>一</p><p>二</p></div></div></div></div>", WithMaxDepth(3))
		assert.Equal(t, []string{"一", "二"}, errTexts(doc))
		assert.Len(t, doc.Warnings, 1)
	})
	t.Run("no warning within the limit", func(t *testing.T) {
		doc := errParse(t, "<div><div><p>一</p></div></div>", WithMaxDepth(3))
		assert.Equal(t, []string{"一"}, errTexts(doc))
		assert.Empty(t, doc.Warnings)
	})
}

// Beyond the depth limit, elements the policy drops must still be dropped:
// deep nesting must not be a way to get a script's text, or a promotion
// the policy names, into the paragraphs.
func TestParseDeepNestingKeepsRemovals(t *testing.T) {
	for name, inner := range map[string]string{
		"script":  "<script>var x = 1;</script>",
		"style":   "<style>p { color: red }</style>",
		"hidden":  `<div style="display:none">隐藏</div>`,
		"sina qr": `<div class="app-kaihu-qr">扫二维码，3分钟极速开户</div>`,
		"comment": "<!-- 注释 -->",
		"nested":  `<div style="display:none"><div>隐<div>藏</div></div></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			src := strings.Repeat("<div>", 5) + inner + "<p>正文</p>" + strings.Repeat("</div>", 5)
			doc := errParse(t, src, WithMaxDepth(3))
			assert.Equal(t, []string{"正文"}, errTexts(doc))
		})
	}
	t.Run("never closed", func(t *testing.T) {
		// An unclosed <script> holds the rest of the input as its text, as
		// in a browser; none of it may become a paragraph.
		src := strings.Repeat("<div>", 5) + "<script>var x = 1;<p>正文</p>" + strings.Repeat("</div>", 5)
		doc := errParse(t, src, WithMaxDepth(3))
		assert.Equal(t, []string{}, errTexts(doc))
	})
	t.Run("ancestor closes", func(t *testing.T) {
		// </div> closes the unclosed hidden <span> with its parent.
		src := strings.Repeat("<div>", 5) + `<span style="display:none">藏</div>` + "<p>正文</p>" + strings.Repeat("</div>", 4)
		doc := errParse(t, src, WithMaxDepth(5))
		assert.Equal(t, []string{"正文"}, errTexts(doc))
	})
}

func TestParseHugeInput(t *testing.T) {
	t.Run("huge attribute", func(t *testing.T) {
		doc := errParse(t, `<p class="`+strings.Repeat("a ", 1<<19)+`" title="`+strings.Repeat("标", 1<<18)+`">正文</p>`)
		assert.Equal(t, []string{"正文"}, errTexts(doc))
	})
	t.Run("huge attribute never closed", func(t *testing.T) {
		doc := errParse(t, `<p>前</p><p title="`+strings.Repeat("标", 1<<18))
		assert.Equal(t, []string{"前"}, errTexts(doc))
	})
	t.Run("huge data url", func(t *testing.T) {
		doc := errParse(t, `<p>前</p><img src="data:image/png;base64,`+strings.Repeat("A", 1<<20)+`"><p>后</p>`)
		assert.Equal(t, []string{"前", "后"}, errTexts(doc))
	})
	t.Run("huge paragraph", func(t *testing.T) {
		text := strings.Repeat("长", 1<<18)
		doc := errParse(t, "<p>"+text+"</p>")
		assert.Equal(t, []string{text}, errTexts(doc))
	})
	t.Run("many attributes", func(t *testing.T) {
		var sb strings.Builder
		sb.WriteString("<p")
		for i := range 50000 {
			sb.WriteString(" a")
			sb.WriteString(strings.Repeat("x", i%7))
			sb.WriteString(`="1"`)
		}
		sb.WriteString(">正文</p>")
		doc := errParse(t, sb.String())
		assert.Equal(t, []string{"正文"}, errTexts(doc))
	})
	t.Run("many paragraphs", func(t *testing.T) {
		doc := errParse(t, strings.Repeat("<p>段", 100000))
		assert.Len(t, doc.Paragraphs, 100000)
	})
}

// errAllowed reports whether err is one Parse documents for bad input,
// with WithStrict or without.
func errAllowed(err error, strict bool) bool {
	if errors.Is(err, ErrInternal) {
		return false // whatever error its panic wraps
	}
	var fe *FrontMatterError
	if errors.As(err, &fe) {
		// Without WithStrict, front matter that does not parse is read
		// line by line: only an unclosed block is an error.
		return strict || errors.Is(err, ErrUnclosedFrontMatter)
	}
	return errors.Is(err, ErrEmpty) || errors.Is(err, ErrBinary) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrCharset)
}

// Every prefix of a post parses to a Document or a typed error.
func TestParseTruncated(t *testing.T) {
	src := "\n---\ntitle: '标题'\ncategories: \n    - 金融\n\nauthor: 新浪财经\ncomments: false\n" +
		"date: Mon, 22 Mar 2021 08:01:14 GMT\n---\n\n<div>\n<p>　　<strong>正文</strong>，" +
		`<a href="//finance.sina.com.cn/">链接</a></p><table><tr><td>甲</td></tr></table>` +
		"<!-- 注释 --><script>var a = 1;</script><p>尾</p>\n</div>\n"
	for _, strict := range []bool{false, true} {
		var opts []Option
		if strict {
			opts = append(opts, WithStrict())
		}
		for i := range len(src) + 1 {
			var doc *Document
			var err error
			require.NotPanics(t, func() { doc, err = Parse(strings.NewReader(src[:i]), opts...) }, "prefix %q", src[:i])
			if err != nil {
				assert.True(t, errAllowed(err, strict), "prefix %q: %+v", src[:i], err)
				assert.Nil(t, doc)
				continue
			}
			require.NotNil(t, doc, "prefix %q", src[:i])
			for _, p := range doc.Paragraphs {
				assert.True(t, utf8.ValidString(p.Text), "prefix %q: %q", src[:i], p.Text)
			}
			_, err = json.Marshal(doc)
			assert.NoError(t, err, "prefix %q", src[:i])
		}
	}
}

// Random damage to a post never panics.
func TestParseMutated(t *testing.T) {
	base := []byte("\n---\ntitle: '标题'\ncategories: \n - 金融\nheadimg: '//n.sinaimg.cn/a.png'\n" +
		"comments: false\ndate: Mon, 22 Mar 2021 08:01:14 GMT\n---\n\n<div>\n" +
		`<p>　　<strong>正文</strong>，<span id="stock_sz000931"><a class="keyword" href="https://a.cn/">中关村</a></span></p>` +
		`<table><tr><td rowspan="2">甲</td><th colspan="3">乙</th></tr></table><img src="//a.cn/b.png" alt="图">` +
		`<p class="img_descr">图注</p><ul><li>项</li></ul><blockquote>引</blockquote><h2>小标题</h2>` +
		"<!-- 开户二维码 start --><div>码</div><!-- 开户二维码 end --><p>责任编辑：李思阳</p>\n</div>\n")
	pieces := []string{"<", ">", "</", "<p>", "</div>", "<table>", "<td>", "<!--", "-->", "\"", "'", "\n", "---\n",
		";;;\n", "{", "}", ":", "- ", "&", "&amp;", "\x00", "\xff", "\r\n", "<script>", "<b>", "</b>"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		b := append([]byte(nil), base...)
		for range 1 + rng.IntN(4) {
			at := rng.IntN(len(b) + 1)
			switch rng.IntN(3) {
			case 0: // insert
				p := pieces[rng.IntN(len(pieces))]
				b = append(b[:at], append([]byte(p), b[at:]...)...)
			case 1: // delete
				end := min(len(b), at+rng.IntN(8))
				b = append(b[:at], b[end:]...)
			case 2: // flip a byte
				if at < len(b) {
					b[at] ^= byte(1 + rng.IntN(255))
				}
			}
		}
		var opts []Option
		if i%2 == 1 {
			opts = append(opts, WithStrict(), WithMaxDepth(4))
		}
		var doc *Document
		var err error
		require.NotPanics(t, func() { doc, err = Parse(strings.NewReader(string(b)), opts...) }, "input %q", b)
		if err != nil {
			assert.True(t, errAllowed(err, i%2 == 1), "input %q: %+v", b, err)
			continue
		}
		_, err = json.Marshal(doc)
		assert.NoError(t, err, "input %q", b)
	}
}
