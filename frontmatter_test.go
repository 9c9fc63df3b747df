package newsdoc

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the front matter: its dialects, its dates, its errors with
// line numbers of the whole input, and values YAML types oddly.

var (
	fmCST     = time.FixedZone("UTC+8", 8*3600)
	fmEastern = time.FixedZone("UTC-5", -5*3600)
)

func fmBool(b bool) *bool { return &b }

// fmParse parses src and fails the test on an error. The Document must
// always encode as JSON.
func fmParse(t *testing.T, src string, opts ...Option) *Document {
	t.Helper()
	doc, err := Parse(strings.NewReader(src), opts...)
	require.NoError(t, err)
	require.NotNil(t, doc)
	_, err = json.Marshal(doc)
	require.NoError(t, err, "json.Marshal(doc)")
	return doc
}

func fmTexts(doc *Document) []string {
	out := []string{}
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func fmWarningLines(doc *Document) []int {
	out := []int{}
	for _, w := range doc.Warnings {
		out = append(out, w.Line)
	}
	return out
}

// fmAssertTime checks that got is the instant want, in want's offset.
func fmAssertTime(t *testing.T, want, got time.Time) {
	t.Helper()
	assert.Truef(t, want.Equal(got), "time: want %v, got %v", want, got)
	_, wantOff := want.Zone()
	_, gotOff := got.Zone()
	assert.Equal(t, wantOff, gotOff, "zone offset of %v", got)
}

// fmAssertMeta compares meta with want, the date with time.Time.Equal and
// its offset, everything else with assert.Equal.
func fmAssertMeta(t *testing.T, want, got Meta) {
	t.Helper()
	wantDate, gotDate := want.Date, got.Date
	want.Date, got.Date = time.Time{}, time.Time{}
	assert.Equal(t, want, got)
	if wantDate.IsZero() {
		assert.True(t, gotDate.IsZero(), "date: want none, got %v", gotDate)
		return
	}
	fmAssertTime(t, wantDate, gotDate)
}

// A Sina Finance post as in /work/shared/corpus/hexo-sina: the post/…
// layout (categories indented four spaces, a blank line after them) and
// the source/_posts/… layout (indented one space, with headimg).
const (
	fmSinaFourSpaces = "\n---\n" +
		"title: '22部门联合发文打击非法社会组织'\n" +
		"categories: \n" +
		"    - 金融\n" +
		"    - 新浪财经\n" +
		"    - 新浪财经－国內\n" +
		"\n" +
		"author: 新浪财经\n" +
		"comments: false\n" +
		"date: Mon, 22 Mar 2021 08:01:14 GMT\n" +
		"thumbnail: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\n" +
		"---\n" +
		"\n" +
		"<div>   \n" +
		"<p>　　<strong>正文</strong></p>\n" +
		"</div>\n" +
		"            "
	fmSinaOneSpace = "\n---\n" +
		"title: '1-2月31个省市区一般公共预算收入全部正增长'\n" +
		"categories: \n" +
		" - 金融\n" +
		" - 新浪财经\n" +
		" - 新浪财经－国內\n" +
		"headimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\n" +
		"author: 新浪财经\n" +
		"comments: false\n" +
		"date: Sat, 27 Mar 2021 00:02:29 GMT\n" +
		"thumbnail: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'\n" +
		"---\n" +
		"\n" +
		"<div>   \n" +
		"<p>　　正文</p>\n" +
		"</div>\n" +
		"            "
)

func TestFrontMatterDialects(t *testing.T) {
	sinaCats := []string{"金融", "新浪财经", "新浪财经－国內"}
	sinaPNG := "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"
	tests := []struct {
		name  string
		src   string
		meta  Meta
		paras []string
	}{
		{
			name: "yaml sina post, categories indented four spaces, blank line after",
			src:  fmSinaFourSpaces,
			meta: Meta{Title: "22部门联合发文打击非法社会组织", Categories: sinaCats, Author: "新浪财经",
				Comments: fmBool(false), Date: time.Date(2021, 3, 22, 8, 1, 14, 0, time.UTC),
				Thumbnail: sinaPNG, FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name: "yaml sina post, categories indented one space, headimg",
			src:  fmSinaOneSpace,
			meta: Meta{Title: "1-2月31个省市区一般公共预算收入全部正增长", Categories: sinaCats, Author: "新浪财经",
				Comments: fmBool(false), Date: time.Date(2021, 3, 27, 0, 2, 29, 0, time.UTC),
				HeadImage: sinaPNG, Thumbnail: sinaPNG, FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name: "yaml tags as a single string, nested category lists, protocol-relative URLs, extra keys",
			src: "---\n" +
				"title: 标题\n" +
				"tags: 财经\n" +
				"categories:\n" +
				"  - [金融, 新浪财经]\n" +
				"  - - 国内\n" +
				"    - 要闻\n" +
				"headimg: //n.sinaimg.cn/head.png\n" +
				"thumbnail: //n.sinaimg.cn/thumb.png\n" +
				"comments: true\n" +
				"source:\n" +
				"  name: 新浪\n" +
				"  meta:\n" +
				"    id: 42\n" +
				"    ok: true\n" +
				"views: 100\n" +
				"---\n" +
				"<p>正文</p>",
			meta: Meta{Title: "标题", Tags: []string{"财经"}, Categories: []string{"金融", "新浪财经", "国内", "要闻"},
				HeadImage: "https://n.sinaimg.cn/head.png", Thumbnail: "https://n.sinaimg.cn/thumb.png",
				Comments: fmBool(true),
				Extra: map[string]any{
					"source": map[string]any{"name": "新浪", "meta": map[string]any{"id": 42.0, "ok": true}},
					"views":  100.0,
				},
				FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "yaml tags as a list, comments absent",
			src:   "---\ntitle: 标题\ntags:\n  - 股市\n  - 基金\n---\n<p>正文</p>",
			meta:  Meta{Title: "标题", Tags: []string{"股市", "基金"}, FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name: "hexo json with an opening ;;; line",
			src: ";;;\n" +
				"\"title\": \"标题\",\n" +
				"\"date\": \"2022/1/13 7:05\",\n" +
				"\"tags\": \"财经\",\n" +
				"\"categories\": [[\"金融\", \"国内\"]],\n" +
				"\"thumbnail\": \"//n.sinaimg.cn/a.png\",\n" +
				"\"comments\": true,\n" +
				"\"source\": {\"name\": \"新浪\", \"tags\": [\"x\"]}\n" +
				";;;\n" +
				"<p>正文</p>",
			meta: Meta{Title: "标题", Date: time.Date(2022, 1, 13, 7, 5, 0, 0, fmCST), Tags: []string{"财经"},
				Categories: []string{"金融", "国内"}, Thumbnail: "https://n.sinaimg.cn/a.png", Comments: fmBool(true),
				Extra:       map[string]any{"source": map[string]any{"name": "新浪", "tags": []any{"x"}}},
				FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name: "hexo json, canonical form without an opening line",
			src: "\"title\": \"标题\",\n" +
				"\"date\": \"2022-01-13 07:21:00\"\n" +
				";;;\n" +
				"<p>正文</p>",
			meta:  Meta{Title: "标题", Date: time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST), FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "hexo json between ;;; lines, with braces",
			src:   ";;;\n{\"title\": \"标题\", \"author\": \"新浪财经\"}\n;;;\n<p>正文</p>",
			meta:  Meta{Title: "标题", Author: "新浪财经", FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name: "json object on one line, body after it",
			src: "{\"title\": \"标题\", \"categories\": [\"金融\", \"国内\"], \"headimg\": \"//n.sinaimg.cn/h.png\", " +
				"\"comments\": false, \"date\": \"2022-01-13T07:21:00+08:00\"}\n<p>正文</p>",
			meta: Meta{Title: "标题", Categories: []string{"金融", "国内"}, HeadImage: "https://n.sinaimg.cn/h.png",
				Comments: fmBool(false), Date: time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST), FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "json object over several lines, body on the same line as the brace",
			src:   "{\n  \"title\": \"标题\",\n  \"author\": \"新浪财经\"\n}<p>正文</p>\n<p>第二段</p>",
			meta:  Meta{Title: "标题", Author: "新浪财经", FrontMatter: FrontMatterJSON},
			paras: []string{"正文", "第二段"},
		},
		{
			name:  "utf-8 BOM before yaml",
			src:   "\ufeff---\ntitle: 标题\nauthor: 新浪财经\n---\n<p>正文</p>",
			meta:  Meta{Title: "标题", Author: "新浪财经", FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "utf-8 BOM before a json object",
			src:   "\ufeff{\"title\": \"标题\"}\n<p>正文</p>",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "utf-8 BOM before a plain body",
			src:   "\ufeff<p>正文</p>",
			meta:  Meta{},
			paras: []string{"正文"},
		},
		{
			name: "CRLF line ends everywhere, yaml",
			src: "\r\n---\r\n" +
				"title: '标题'\r\n" +
				"categories: \r\n" +
				"    - 金融\r\n" +
				"    - 国内\r\n" +
				"\r\n" +
				"author: 新浪财经\r\n" +
				"comments: false\r\n" +
				"date: Wed, 12 Jan 2022 23:21:20 GMT\r\n" +
				"thumbnail: '//n.sinaimg.cn/a.png'\r\n" +
				"---\r\n" +
				"\r\n" +
				"<div>\r\n<p>正文</p>\r\n<p>第二段</p>\r\n</div>\r\n",
			meta: Meta{Title: "标题", Categories: []string{"金融", "国内"}, Author: "新浪财经", Comments: fmBool(false),
				Date: time.Date(2022, 1, 12, 23, 21, 20, 0, time.UTC), Thumbnail: "https://n.sinaimg.cn/a.png", FrontMatter: FrontMatterYAML},
			paras: []string{"正文", "第二段"},
		},
		{
			name:  "CRLF line ends everywhere, hexo json",
			src:   ";;;\r\n\"title\": \"标题\",\r\n\"author\": \"新浪财经\"\r\n;;;\r\n<p>正文</p>\r\n",
			meta:  Meta{Title: "标题", Author: "新浪财经", FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "CRLF line ends everywhere, hexo json without an opening line",
			src:   "\"title\": \"标题\"\r\n;;;\r\n<p>正文</p>\r\n",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "leading blank lines before yaml",
			src:   "\n\n  \n\t\n---\ntitle: 标题\n---\n<p>正文</p>",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "leading blank lines before hexo json",
			src:   "\n\n;;;\n\"title\": \"标题\"\n;;;\n<p>正文</p>",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name:  "closing ... line ends yaml",
			src:   "---\ntitle: 标题\n...\n<p>正文</p>",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "no front matter: html body",
			src:   "<p>正文</p>",
			meta:  Meta{},
			paras: []string{"正文"},
		},
		{
			name:  "no front matter: plain text body",
			src:   "\n\n正文第一段",
			meta:  Meta{},
			paras: []string{"正文第一段"},
		},
		{
			name:  "no front matter: body starting with a quote and no ;;; line",
			src:   "\"引号\"开头的正文",
			meta:  Meta{},
			paras: []string{"\"引号\"开头的正文"},
		},
		{
			name:  "empty yaml front matter",
			src:   "---\n---\n<p>正文</p>",
			meta:  Meta{FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "yaml front matter and no body",
			src:   "---\ntitle: 标题\n---\n",
			meta:  Meta{Title: "标题", FrontMatter: FrontMatterYAML},
			paras: []string{},
		},
		{
			name:  "null and empty values are absent",
			src:   "---\ntitle:\nauthor: ~\ntags:\ncategories: []\ndate: \nthumbnail: \n---\n<p>正文</p>",
			meta:  Meta{FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "title and author are normalized",
			src:   "---\ntitle: \"　　标题\u200b２０２２  年\"\nauthor: \" 新浪 财经 \"\n---\n<p>正文</p>",
			meta:  Meta{Title: "标题2022 年", Author: "新浪 财经", FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			name:  "a number as title keeps its source text",
			src:   "---\ntitle: 0x10\nauthor: 1e3\n---\n<p>正文</p>",
			meta:  Meta{Title: "0x10", Author: "1e3", FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, tc.src)
			fmAssertMeta(t, tc.meta, doc.Meta)
			assert.Equal(t, tc.paras, fmTexts(doc))
			assert.Empty(t, doc.Warnings)
			assert.Equal(t, tc.meta.Title, doc.Title)
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		loc  *time.Location
		want time.Time
	}{
		{"rfc1123 GMT", "Wed, 12 Jan 2022 23:21:20 GMT", fmCST, time.Date(2022, 1, 12, 23, 21, 20, 0, time.UTC)},
		{"rfc1123 UTC", "Wed, 12 Jan 2022 23:21:20 UTC", fmCST, time.Date(2022, 1, 12, 23, 21, 20, 0, time.UTC)},
		{"rfc1123 one-digit day", "Sun, 2 Jan 2022 23:21:20 GMT", fmCST, time.Date(2022, 1, 2, 23, 21, 20, 0, time.UTC)},
		{"rfc1123 numeric zone", "Wed, 12 Jan 2022 23:21:20 +0800", time.UTC, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
		{"rfc1123 numeric zone west", "Wed, 12 Jan 2022 23:21:20 -0500", fmCST, time.Date(2022, 1, 12, 23, 21, 20, 0, fmEastern)},
		{"rfc3339 with offset", "2022-01-13T07:21:00+08:00", time.UTC, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"rfc3339 Z", "2022-01-12T23:21:00Z", fmCST, time.Date(2022, 1, 12, 23, 21, 0, 0, time.UTC)},
		{"rfc3339 fraction dropped", "2022-01-13T07:21:00.5+08:00", time.UTC, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"fraction dropped", "2022-11-07 07:33:15.531880", nil, time.Date(2022, 11, 7, 7, 33, 15, 0, fmCST)},
		{"no zone, default UTC+8", "2022-05-12 06:14:46", fmCST, time.Date(2022, 5, 12, 6, 14, 46, 0, fmCST)},
		{"no zone, other location", "2022-05-12 06:14:46", fmEastern, time.Date(2022, 5, 12, 6, 14, 46, 0, fmEastern)},
		{"no zone, UTC", "2022-05-12 06:14:46", time.UTC, time.Date(2022, 5, 12, 6, 14, 46, 0, time.UTC)},
		{"space then numeric zone", "2022-05-12 06:14:46 +0900", fmCST, time.Date(2022, 5, 12, 6, 14, 46, 0, time.FixedZone("", 9*3600))},
		{"T without zone", "2022-05-12T06:14:46", fmCST, time.Date(2022, 5, 12, 6, 14, 46, 0, fmCST)},
		{"minutes only", "2022-05-12 06:14", fmCST, time.Date(2022, 5, 12, 6, 14, 0, 0, fmCST)},
		{"date only", "2022-05-12", fmCST, time.Date(2022, 5, 12, 0, 0, 0, 0, fmCST)},
		{"chinese with zero padding", "2022年01月13日 07:21", fmCST, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"chinese with seconds", "2022年1月13日 07:21:05", fmCST, time.Date(2022, 1, 13, 7, 21, 5, 0, fmCST)},
		{"chinese without space", "2022年1月13日07:21", fmCST, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"chinese date only", "2022年1月13日", fmCST, time.Date(2022, 1, 13, 0, 0, 0, 0, fmCST)},
		{"chinese date, other location", "2022年1月13日", fmEastern, time.Date(2022, 1, 13, 0, 0, 0, 0, fmEastern)},
		{"slashes with one-digit hour", "2022/1/13 7:05", fmCST, time.Date(2022, 1, 13, 7, 5, 0, 0, fmCST)},
		{"slashes, hexo default", "2022/01/13 07:05:09", fmCST, time.Date(2022, 1, 13, 7, 5, 9, 0, fmCST)},
		{"slashes, date only", "2022/1/13", fmCST, time.Date(2022, 1, 13, 0, 0, 0, 0, fmCST)},
		{"full-width digits", "２０２２年１月１３日", fmCST, time.Date(2022, 1, 13, 0, 0, 0, 0, fmCST)},
		{"surrounding and ideographic space", "　2022-05-12\u00a006:14:46 ", fmCST, time.Date(2022, 5, 12, 6, 14, 46, 0, fmCST)},
		{"CST is China Standard Time", "Wed, 12 Jan 2022 23:21:20 CST", fmCST, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
		{"CST is China Standard Time in any location", "Wed, 12 Jan 2022 23:21:20 CST", fmEastern, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
		{"a date inside a line", "2019-09-26 12:11来源：证券时报网作者：李在山", fmCST, time.Date(2019, 9, 26, 12, 11, 0, 0, fmCST)},
		{"unknown abbreviation read in the location", "Wed, 12 Jan 2022 23:21:20 XYZ", fmCST, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDate(tc.in, tc.loc)
			require.NoError(t, err)
			fmAssertTime(t, tc.want, got)
		})
	}
}

func TestParseDateBad(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"明天",
		"2022-13-45 10:00:00",
		"2022年13月45日",
		"Wed, 32 Jan 2022 23:21:20 GMT",
		"12/01/2022 extra",
	} {
		t.Run(in, func(t *testing.T) {
			got, err := ParseDate(in, fmCST)
			require.Error(t, err)
			assert.True(t, got.IsZero(), "time on error: %v", got)
		})
	}
}

// ParseDate is public: a nil location must not panic (time.Date panics on
// a nil *time.Location).
func TestParseDateNilLocation(t *testing.T) {
	for _, in := range []string{"2022-01-13 07:21:00", "2022年1月13日", "Wed, 12 Jan 2022 23:21:20 CST"} {
		t.Run(in, func(t *testing.T) {
			var got time.Time
			var err error
			require.NotPanics(t, func() { got, err = ParseDate(in, nil) })
			require.NoError(t, err)
			assert.Equal(t, 2022, got.Year())
			assert.Equal(t, time.January, got.Month())
		})
	}
}

func TestFrontMatterDate(t *testing.T) {
	tests := []struct {
		name  string
		value string
		opts  []Option
		want  time.Time
	}{
		{"rfc1123 GMT", "Wed, 12 Jan 2022 23:21:20 GMT", nil, time.Date(2022, 1, 12, 23, 21, 20, 0, time.UTC)},
		{"rfc1123 numeric zone", "Wed, 12 Jan 2022 23:21:20 +0800", nil, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
		{"rfc3339 with offset, unquoted yaml timestamp", "2022-01-13T07:21:00+08:00", nil, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"rfc3339 Z", "2022-01-12T23:21:00Z", nil, time.Date(2022, 1, 12, 23, 21, 0, 0, time.UTC)},
		{"no zone, unquoted, default UTC+8", "2022-05-12 06:14:46", nil, time.Date(2022, 5, 12, 6, 14, 46, 0, fmCST)},
		{"no zone, quoted, default UTC+8", "'2022-05-12 06:14:46'", nil, time.Date(2022, 5, 12, 6, 14, 46, 0, fmCST)},
		{"no zone, WithLocation", "2022-05-12 06:14:46", []Option{WithLocation(fmEastern)}, time.Date(2022, 5, 12, 6, 14, 46, 0, fmEastern)},
		{"zoned date ignores WithLocation", "2022-01-12T23:21:00Z", []Option{WithLocation(fmEastern)}, time.Date(2022, 1, 12, 23, 21, 0, 0, time.UTC)},
		{"yaml date only", "2022-05-12", nil, time.Date(2022, 5, 12, 0, 0, 0, 0, fmCST)},
		{"chinese", "2022年01月13日 07:21", nil, time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST)},
		{"chinese date only, WithLocation", "2022年1月13日", []Option{WithLocation(time.UTC)}, time.Date(2022, 1, 13, 0, 0, 0, 0, time.UTC)},
		{"slashes", "2022/1/13 7:05", nil, time.Date(2022, 1, 13, 7, 5, 0, 0, fmCST)},
		{"full-width digits", "２０２２年１月１３日", nil, time.Date(2022, 1, 13, 0, 0, 0, 0, fmCST)},
		{"CST", "Wed, 12 Jan 2022 23:21:20 CST", nil, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
		{"CST, WithLocation", "Wed, 12 Jan 2022 23:21:20 CST", []Option{WithLocation(fmEastern)}, time.Date(2022, 1, 12, 23, 21, 20, 0, fmCST)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, "---\ntitle: 标题\ndate: "+tc.value+"\n---\n<p>正文</p>", tc.opts...)
			assert.Empty(t, doc.Warnings)
			assert.Nil(t, doc.Meta.Extra)
			fmAssertTime(t, tc.want, doc.Meta.Date)
		})
		t.Run(tc.name+", json", func(t *testing.T) {
			v := strings.Trim(tc.value, "'")
			doc := fmParse(t, ";;;\n\"title\": \"标题\",\n\"date\": \""+v+"\"\n;;;\n<p>正文</p>", tc.opts...)
			assert.Empty(t, doc.Warnings)
			assert.Nil(t, doc.Meta.Extra)
			fmAssertTime(t, tc.want, doc.Meta.Date)
		})
	}
}

func TestFrontMatterBadDate(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		extra map[string]any
		lines []int
	}{
		{"words", "---\ntitle: 标题\ndate: 明天\n---\n<p>正文</p>", map[string]any{"date": "明天"}, []int{3}},
		{"impossible month, after blank lines", "\n\n---\ntitle: 标题\ndate: '2022-13-45 10:00:00'\n---\n<p>正文</p>",
			map[string]any{"date": "2022-13-45 10:00:00"}, []int{5}},
		{"a list", "---\ntitle: 标题\ndate:\n  - 2022-01-13\n---\n<p>正文</p>", nil, []int{4}},
		{"json", ";;;\n\"title\": \"标题\",\n\"date\": \"明天\"\n;;;\n<p>正文</p>", map[string]any{"date": "明天"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, tc.src)
			assert.Equal(t, "标题", doc.Meta.Title)
			assert.True(t, doc.Meta.Date.IsZero(), "date: %v", doc.Meta.Date)
			require.Len(t, doc.Warnings, 1)
			require.Contains(t, doc.Meta.Extra, "date")
			if tc.extra != nil {
				assert.Equal(t, tc.extra, doc.Meta.Extra)
			}
			if tc.lines != nil {
				assert.Equal(t, tc.lines, fmWarningLines(doc))
			}
			assert.Equal(t, []string{"正文"}, fmTexts(doc))
		})
	}
}

func TestFrontMatterUnclosed(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		line   int
		format string
	}{
		{"yaml", "---\ntitle: 标题\n<p>正文</p>", 1, "yaml"},
		{"yaml after blank lines", "\n\n\n---\ntitle: 标题\n\n<p>正文</p>\n", 4, "yaml"},
		{"yaml, BOM and CRLF", "\ufeff\r\n\r\n---\r\ntitle: 标题\r\n<p>正文</p>\r\n", 3, "yaml"},
		{"yaml, only the opening line", "\n---\n", 2, "yaml"},
		{"yaml, closing line of another length", "---\ntitle: 标题\n-----\n<p>正文</p>", 1, "yaml"},
		{"json", "\n;;;\n\"title\": \"标题\"\n<p>正文</p>", 2, "json"},
	}
	for _, tc := range tests {
		for _, strict := range []bool{false, true} {
			name := tc.name
			var opts []Option
			if strict {
				name += ", strict"
				opts = append(opts, WithStrict())
			}
			t.Run(name, func(t *testing.T) {
				doc, err := Parse(strings.NewReader(tc.src), opts...)
				require.Error(t, err)
				assert.Nil(t, doc)
				assert.ErrorIs(t, err, ErrUnclosedFrontMatter)
				var fe *FrontMatterError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tc.line, fe.Line)
				assert.Equal(t, tc.format, fe.Dialect.String())
				assert.ErrorIs(t, fe.Err, ErrUnclosedFrontMatter)
			})
		}
	}
}

// fmXueqiu is a real post whose title is an unquoted YAML scalar starting
// with "@" (see testdata/frontmatter/SOURCE.md).
func fmXueqiu(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "frontmatter", "xueqiu_at_title.md"))
	require.NoError(t, err)
	return string(b)
}

func TestFrontMatterXueqiuAtTitle(t *testing.T) {
	src := fmXueqiu(t)
	wantMeta := Meta{
		Title:       "@大道无形我有型 关注了股票 台积电",
		Categories:  []string{"金融", "雪球 - 用户自选动态"},
		Author:      "雪球 - 用户自选动态",
		Comments:    fmBool(false),
		Date:        time.Date(2020, 9, 9, 0, 45, 33, 0, time.UTC),
		FrontMatter: FrontMatterYAML,
	}
	for name, src := range map[string]string{
		"LF":   src,
		"CRLF": strings.ReplaceAll(src, "\n", "\r\n"),
	} {
		t.Run(name+", default recovers", func(t *testing.T) {
			doc := fmParse(t, src)
			fmAssertMeta(t, wantMeta, doc.Meta)
			assert.Equal(t, wantMeta.Title, doc.Title)
			assert.Equal(t, []string{"@大道无形我有型 在9/9/2020, 12:45:33 AM 关注了 台积电(NYSE:TSM)。"}, fmTexts(doc))
			require.Len(t, doc.Warnings, 1)
			w := doc.Warnings[0]
			assert.Equal(t, 3, w.Line)
			assert.Equal(t, "front-matter", w.Code)
			assert.Contains(t, w.Message, "yaml front matter does not parse")
		})
		t.Run(name+", strict fails", func(t *testing.T) {
			doc, err := Parse(strings.NewReader(src), WithStrict())
			require.Error(t, err)
			assert.Nil(t, doc)
			var fe *FrontMatterError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, 3, fe.Line)
			assert.Equal(t, FrontMatterYAML, fe.Dialect)
			assert.NotErrorIs(t, err, ErrUnclosedFrontMatter)
		})
	}
}

// TestFrontMatterSyntaxErrors checks front matter that does not parse: by
// default Parse reads the simple key: value lines and warns on the bad
// line; with WithStrict it returns a *FrontMatterError on that line of
// the whole input.
func TestFrontMatterSyntaxErrors(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		line   int    // line of the whole input where the front matter goes wrong
		format string // of the error
		meta   Meta   // recovered by default
		paras  []string
	}{
		{
			name: "yaml: @ on a later line, after a blank line",
			src: "\n---\n" +
				"title: 标题\n" +
				"categories:\n" +
				" - 金融\n" +
				" - 国内\n" +
				"author: @某人\n" +
				"comments: true\n" +
				"---\n<p>正文</p>",
			line: 7, format: "yaml",
			meta:  Meta{Title: "标题", Categories: []string{"金融", "国内"}, Author: "@某人", Comments: fmBool(true), FrontMatter: FrontMatterYAML},
			paras: []string{"正文"},
		},
		{
			// A scanner's "did not find expected …": counted from 1, unlike
			// the parser's (a crasher of FuzzFrontMatter).
			name:   "yaml: an alias with no name",
			src:    "---\na: 1\nb: *\n---\n<p>正文</p>",
			line:   3,
			format: "yaml",
			meta:   Meta{Extra: map[string]any{"a": float64(1), "b": "*"}, FrontMatter: FrontMatterYAML},
			paras:  []string{"正文"},
		},
		{
			name:   "yaml: a line without a colon",
			src:    "---\ntitle: 标题\nauthor: 新浪财经\n这一行不是键值\ncomments: false\n---\n<p>正文</p>",
			line:   4,
			format: "yaml",
			meta:   Meta{Title: "标题", Author: "新浪财经", Comments: fmBool(false), FrontMatter: FrontMatterYAML},
			paras:  []string{"正文"},
		},
		{
			name:   "yaml: unterminated quote",
			src:    "\n\n---\ntitle: 标题\ndate: 2022-01-13 07:21:00\nauthor: '新浪财经\n---\n<p>正文</p>",
			line:   6,
			format: "yaml",
			meta:   Meta{Title: "标题", Author: "'新浪财经", Date: time.Date(2022, 1, 13, 7, 21, 0, 0, fmCST), FrontMatter: FrontMatterYAML},
			paras:  []string{"正文"},
		},
		{
			name:   "yaml: unclosed flow list",
			src:    "---\ntitle: 标题\nauthor: 新浪财经\ntags: [金融, 国内\ncomments: false\n---\n<p>正文</p>",
			line:   4,
			format: "yaml",
			meta:   Meta{Title: "标题", Author: "新浪财经", Tags: []string{"[金融, 国内"}, Comments: fmBool(false), FrontMatter: FrontMatterYAML},
			paras:  []string{"正文"},
		},
		{
			name:   "yaml: a list, not a mapping",
			src:    "---\n- 标题\n- 正文\n---\n<p>正文</p>",
			line:   2,
			format: "yaml",
			meta:   Meta{FrontMatter: FrontMatterYAML},
			paras:  []string{"正文"},
		},
		{
			name: "hexo json with ;;; lines: a missing comma",
			src: "\n;;;\n" +
				"\"title\": \"标题\",\n" +
				"\"author\": \"新浪财经\"\n" +
				"\"tags\": [\"金融\"]\n" +
				";;;\n<p>正文</p>",
			line: 5, format: "json",
			meta:  Meta{Title: "标题", Author: "新浪财经", Tags: []string{"金融"}, FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name: "hexo json without an opening line: a missing comma",
			src: "\"title\": \"标题\",\n" +
				"\"author\": \"新浪财经\"\n" +
				"\"comments\": false\n" +
				";;;\n<p>正文</p>",
			line: 3, format: "json",
			meta:  Meta{Title: "标题", Author: "新浪财经", Comments: fmBool(false), FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
		{
			name: "hexo json without spaces after the colons",
			src: ";;;\n" +
				"\"author\":\"新浪财经\",\n" +
				"\"title\":\"标题\"\n" +
				"\"tags\":[\"金融\"]\n" +
				";;;\n<p>正文</p>",
			line: 4, format: "json",
			meta:  Meta{Title: "标题", Author: "新浪财经", Tags: []string{"金融"}, FrontMatter: FrontMatterJSON},
			paras: []string{"正文"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, tc.src)
			fmAssertMeta(t, tc.meta, doc.Meta)
			assert.Equal(t, tc.paras, fmTexts(doc))
			require.Len(t, doc.Warnings, 1, "warnings: %+v", doc.Warnings)
			w := doc.Warnings[0]
			assert.Equal(t, tc.line, w.Line, "warning line: %s", w.Message)
			assert.Equal(t, "front-matter", w.Code)
			assert.Contains(t, w.Message, tc.format+" front matter does not parse")
		})
		t.Run(tc.name+", strict", func(t *testing.T) {
			doc, err := Parse(strings.NewReader(tc.src), WithStrict())
			require.Error(t, err)
			assert.Nil(t, doc)
			var fe *FrontMatterError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.line, fe.Line, "error: %v", err)
			assert.Equal(t, tc.format, fe.Dialect.String())
			assert.NotErrorIs(t, err, ErrUnclosedFrontMatter)
		})
	}
}

// A leading "{" that does not open a JSON object is body by default.
func TestFrontMatterBraceNotJSON(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		line  int
		paras []string
	}{
		{"one line", "{这不是 JSON}\n<p>正文</p>", 1, []string{"{这不是 JSON}", "正文"}},
		{"after blank lines", "\n\n{这不是 JSON}\n<p>正文</p>", 3, []string{"{这不是 JSON}", "正文"}},
		{"bad value on a later line", "\n{\n\"title\": \"标题\",\n\"author\": 新浪财经\n}\n<p>正文</p>", 4,
			[]string{"{ \"title\": \"标题\", \"author\": 新浪财经 }", "正文"}},
		{"never closed", "{\"title\": \"标题\"\n<p>正文</p>", 2, []string{"{\"title\": \"标题\"", "正文"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, tc.src)
			fmAssertMeta(t, Meta{}, doc.Meta)
			assert.Equal(t, tc.paras, fmTexts(doc))
			require.Len(t, doc.Warnings, 1)
			assert.Equal(t, tc.line, doc.Warnings[0].Line)
			assert.Equal(t, "front-matter", doc.Warnings[0].Code)
			assert.Contains(t, doc.Warnings[0].Message, "not a JSON front matter")
		})
		t.Run(tc.name+", strict", func(t *testing.T) {
			doc, err := Parse(strings.NewReader(tc.src), WithStrict())
			require.Error(t, err)
			assert.Nil(t, doc)
			var fe *FrontMatterError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.line, fe.Line)
			assert.Equal(t, FrontMatterJSON, fe.Dialect)
		})
	}
}

// TestFrontMatterOddValues checks values of known keys that YAML types
// differently than Meta, and unknown keys whose values encoding/json
// cannot take as YAML gives them.
func TestFrontMatterOddValues(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string // between the --- lines; the first one is line 2
		meta  Meta
		lines []int // warning lines
	}{
		{
			name:  "comments: maybe",
			yaml:  "title: 标题\ncomments: maybe\n",
			meta:  Meta{Title: "标题", Extra: map[string]any{"comments": "maybe"}, FrontMatter: FrontMatterYAML},
			lines: []int{3},
		},
		{
			name:  "comments: a list",
			yaml:  "comments:\n  - true\n",
			meta:  Meta{Extra: map[string]any{"comments": []any{true}}, FrontMatter: FrontMatterYAML},
			lines: []int{3},
		},
		{
			name:  "comments: true",
			yaml:  "comments: true\n",
			meta:  Meta{Comments: fmBool(true), FrontMatter: FrontMatterYAML},
			lines: []int{},
		},
		{
			name:  "title: [a, b] is not a single value",
			yaml:  "author: 新浪财经\ntitle: [a, b]\n",
			meta:  Meta{Author: "新浪财经", Extra: map[string]any{"title": []any{"a", "b"}}, FrontMatter: FrontMatterYAML},
			lines: []int{3},
		},
		{
			name:  "author: a mapping",
			yaml:  "author:\n  name: 王琳\n",
			meta:  Meta{Extra: map[string]any{"author": map[string]any{"name": "王琳"}}, FrontMatter: FrontMatterYAML},
			lines: []int{3},
		},
		{
			name:  ".nan and infinities in an unknown key",
			yaml:  "score: .nan\nhigh: .inf\nlow: -.inf\nnested: [1.5, {x: .nan}]\n",
			meta:  Meta{Extra: map[string]any{"score": "NaN", "high": "+Inf", "low": "-Inf", "nested": []any{1.5, map[string]any{"x": "NaN"}}}, FrontMatter: FrontMatterYAML},
			lines: []int{},
		},
		{
			name: "a map with non-string keys in an unknown key",
			yaml: "ids: {1: a, true: b, 2.5: c}\nlist: [{3: d}]\ndeep: {k: {4: e}}\n",
			meta: Meta{Extra: map[string]any{
				"ids":  map[string]any{"1": "a", "true": "b", "2.5": "c"},
				"list": []any{map[string]any{"3": "d"}},
				"deep": map[string]any{"k": map[string]any{"4": "e"}},
			}, FrontMatter: FrontMatterYAML},
			lines: []int{},
		},
		{
			name:  "aliases to scalars and lists are resolved",
			yaml:  "source: &src 新浪财经\ncats: &cats [金融, 国内]\nauthor: *src\ncategories: *cats\ntags:\n  - *src\n",
			meta:  Meta{Author: "新浪财经", Categories: []string{"金融", "国内"}, Tags: []string{"新浪财经"}, Extra: map[string]any{"source": "新浪财经", "cats": []any{"金融", "国内"}}, FrontMatter: FrontMatterYAML},
			lines: []int{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := fmParse(t, "---\n"+tc.yaml+"---\n<p>正文</p>")
			fmAssertMeta(t, tc.meta, doc.Meta)
			assert.Equal(t, tc.lines, fmWarningLines(doc), "warnings: %+v", doc.Warnings)
			assert.Equal(t, []string{"正文"}, fmTexts(doc))
		})
	}
}

// Unknown keys from YAML must survive a JSON round trip of the Document.
func TestFrontMatterExtraJSON(t *testing.T) {
	doc := fmParse(t, "---\ntitle: 标题\nscore: .nan\nids: {1: a, 2: [b, {3: .inf}]}\nwhen: 2022-01-13\n---\n<p>正文</p>")
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var back struct {
		Meta struct {
			Extra map[string]any `json:"extra"`
		} `json:"meta"`
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, map[string]any{
		"score": "NaN",
		"ids":   map[string]any{"1": "a", "2": []any{"b", map[string]any{"3": "+Inf"}}},
		"when":  "2022-01-13T00:00:00Z",
	}, back.Meta.Extra)
}

// An alias bomb in the front matter must neither hang nor blow up memory.
func TestFrontMatterAliasBomb(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("---\ntitle: 标题\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		prev := fmt.Sprintf("*a%d", i-1)
		fmt.Fprintf(&sb, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(prev+", ", 10), ", "))
	}
	sb.WriteString("---\n<p>正文</p>")
	done := make(chan *Document, 1)
	go func() {
		doc, err := Parse(strings.NewReader(sb.String()))
		if err != nil {
			done <- nil
			return
		}
		done <- doc
	}()
	select {
	case doc := <-done:
		require.NotNil(t, doc)
		assert.Equal(t, "标题", doc.Meta.Title)
		assert.Equal(t, []string{"正文"}, fmTexts(doc))
	case <-time.After(20 * time.Second):
		t.Fatal("Parse hangs on a YAML alias bomb")
	}
}

func TestFrontMatterErrorMessage(t *testing.T) {
	fe := &FrontMatterError{Line: 3, Dialect: FrontMatterYAML, Err: errors.New("boom")}
	assert.Equal(t, "newsdoc: yaml front matter, line 3: boom", fe.Error())
	assert.Equal(t, fe.Err, errors.Unwrap(fe))
}
