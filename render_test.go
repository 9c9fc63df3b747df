package newsdoc

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// rtHostile is text that would be markup if it were not escaped.
const rtHostile = "*not bold* [x](javascript:alert(1)) <script>x</script> # not a heading 1. not a list | pipe"

func rtDoc(ps ...Paragraph) *Document { return &Document{Paragraphs: ps} }

func TestTextKinds(t *testing.T) {
	tests := []struct {
		name string
		doc  *Document
		want string
	}{
		{"nil", nil, ""},
		{"empty", &Document{}, ""},
		{"title only", &Document{Title: "标题"}, "标题"},
		{"title first", &Document{Title: "标题", Paragraphs: []Paragraph{{Text: "正文"}}}, "标题\n\n正文"},
		{"title already first", &Document{Title: "标题", Paragraphs: []Paragraph{{Kind: KindTitle, Text: "标题"}, {Text: "正文"}}}, "标题\n\n正文"},
		{"numbered title already first", &Document{Title: "一、标题", Paragraphs: []Paragraph{{Kind: KindHeading, Number: "一、", Text: "标题"}}}, "一、标题"},
		{"paragraphs", rtDoc(Paragraph{Text: "一"}, Paragraph{Text: "二\n三"}), "一\n\n二\n三"},
		{"marks ignored", rtDoc(Paragraph{Text: "推出中关村改革", Marks: []Mark{{Kind: MarkStock, Start: 6, End: 15, Code: "sz000931"}}}), "推出中关村改革"},
		{"heading chinese number", rtDoc(Paragraph{Kind: KindHeading, Level: 1, Number: "（一）", Text: "总体要求"}), "（一）总体要求"},
		{"heading ascii number", rtDoc(Paragraph{Kind: KindHeading, Level: 3, Number: "1.", Text: "Scope"}), "1. Scope"},
		{"heading full-width number", rtDoc(Paragraph{Kind: KindHeading, Number: "1．", Text: "范围"}), "1．范围"},
		{"heading number only", rtDoc(Paragraph{Kind: KindHeading, Number: "第三条", Text: ""}), "第三条"},
		{"list items", rtDoc(Paragraph{Kind: KindListItem, Text: "甲"}, Paragraph{Kind: KindListItem, Number: "2)", Text: "乙"}), "甲\n\n2) 乙"},
		{"quote", rtDoc(Paragraph{Kind: KindQuote, Text: "引文"}), "引文"},
		{"image caption", rtDoc(Paragraph{Kind: KindImage, Text: "图说", Image: &Image{Src: "https://a/b.jpg", Alt: "alt", Caption: "图说"}}), "图说"},
		{"image caption of Image", rtDoc(Paragraph{Kind: KindImage, Image: &Image{Src: "https://a/b.jpg", Alt: "alt", Caption: "图说"}}), "图说"},
		{"image alt", rtDoc(Paragraph{Kind: KindImage, Image: &Image{Src: "https://a/b.jpg", Alt: "替代"}}), "替代"},
		{"image bare", rtDoc(Paragraph{Text: "前"}, Paragraph{Kind: KindImage, Image: &Image{Src: "https://a/b.jpg"}}, Paragraph{Text: "后"}), "前\n\n后"},
		{"table", rtDoc(Paragraph{Kind: KindTable, Caption: "表1", Rows: [][]Cell{
			{{Text: "分组", RowSpan: 2}, {Text: "收入", ColSpan: 2}},
			{{Text: "金额"}, {Text: "同比\n增长"}},
			{},
			{{Text: "总计"}, {Text: "1\t2"}, {Text: "3"}},
		}}), "表1\n分组\t收入\n金额\t同比 增长\n总计\t1 2\t3"},
		{"table text only", rtDoc(Paragraph{Kind: KindTable, Text: "a\tb"}), "a\tb"},
		{"empty paragraphs skipped", rtDoc(Paragraph{Text: ""}, Paragraph{Text: "x"}, Paragraph{Kind: KindTable}), "x"},
		{"hostile", rtDoc(Paragraph{Text: rtHostile}), rtHostile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.doc.Text())
		})
	}
}

func TestMarkdownKinds(t *testing.T) {
	tests := []struct {
		name string
		doc  *Document
		want string
	}{
		{"nil", nil, ""},
		{"empty", &Document{}, ""},
		{"empty paragraphs", rtDoc(Paragraph{}, Paragraph{Kind: KindImage}, Paragraph{Kind: KindTable}, Paragraph{Kind: KindHeading}), ""},
		{"text", rtDoc(Paragraph{Text: "正文"}), "正文\n"},
		{"line breaks", rtDoc(Paragraph{Text: "\n一\n\n 二 \n"}), "一\\\n二\n"},
		{"title paragraph", rtDoc(Paragraph{Kind: KindTitle, Text: "北京市政府工作报告"}), "北京市政府工作报告\n"},
		{"heading", rtDoc(Paragraph{Kind: KindHeading, Level: 2, Number: "（一）", Text: "总体要求"}), "## （一）总体要求\n"},
		{"heading ascii number", rtDoc(Paragraph{Kind: KindHeading, Level: 1, Number: "1.", Text: "Scope"}), "# 1. Scope\n"},
		{"heading level clamped low", rtDoc(Paragraph{Kind: KindHeading, Text: "零"}), "# 零\n"},
		{"heading level clamped high", rtDoc(Paragraph{Kind: KindHeading, Level: 9, Text: "九"}), "###### 九\n"},
		{"heading line break", rtDoc(Paragraph{Kind: KindHeading, Level: 1, Text: "上\n下 #"}), "# 上 下 \\#\n"},
		{"list", rtDoc(Paragraph{Kind: KindListItem, Text: "甲"}, Paragraph{Kind: KindListItem, Text: "乙\n- 丙"}, Paragraph{Text: "正文"}),
			"- 甲\n- 乙\\\n  \\- 丙\n\n正文\n"},
		{"numbered list items", rtDoc(Paragraph{Kind: KindListItem, Number: "1.", Text: "甲"}, Paragraph{Kind: KindListItem, Number: "2)", Text: "乙"},
			Paragraph{Kind: KindListItem, Number: "3．", Text: "丙"}, Paragraph{Kind: KindListItem, Number: "（4）", Text: "丁"}),
			"1\\. 甲\n\n2\\) 乙\n\n3．丙\n\n（4）丁\n"},
		{"quote", rtDoc(Paragraph{Kind: KindQuote, Text: "第一行\n# 第二行"}), "> 第一行\\\n> \\# 第二行\n"},
		{"image", rtDoc(Paragraph{Kind: KindImage, Text: "图说*", Image: &Image{Src: "https://a.cn/b c(1).jpg", Alt: "替代]\n文字", Caption: "图说*"}}),
			"![替代\\] 文字](https://a.cn/b%20c\\(1\\).jpg)\n*图说\\**\n"},
		{"image no caption", rtDoc(Paragraph{Kind: KindImage, Image: &Image{Src: "//a.cn/b.jpg"}}), "![](//a.cn/b.jpg)\n"},
		{"image unsafe src", rtDoc(Paragraph{Kind: KindImage, Text: "图说", Image: &Image{Src: "javascript:alert(1)", Alt: "替代"}}), "*图说*\n"},
		{"image unsafe src alt", rtDoc(Paragraph{Kind: KindImage, Image: &Image{Src: "data:image/png;base64,AAAA", Alt: "替代"}}), "*替代*\n"},
		{"table", rtDoc(Paragraph{Kind: KindTable, Caption: "表1 收入", Rows: [][]Cell{
			{{Text: "分组", Header: true}, {Text: "收入|支出", Header: true}},
			{{Text: "总计\n合计"}, {Text: "1.5"}},
			{{Text: "- 3"}},
		}}), "*表1 收入*\n\n| 分组 | 收入\\|支出 |\n| --- | --- |\n| 总计<br>合计 | 1.5 |\n| - 3 |  |\n"},
		{"table spans", rtDoc(Paragraph{Kind: KindTable, Rows: [][]Cell{
			{{Text: "分组", RowSpan: 2}, {Text: "收入", ColSpan: 2}},
			{{Text: "金额"}, {Text: "同比"}},
		}}), "| 分组 | 收入 |  |\n| --- | --- | --- |\n|  | 金额 | 同比 |\n"},
		{"table text only", rtDoc(Paragraph{Kind: KindTable, Text: "a\tb\nc\td"}), "a\tb\\\nc\td\n"},
		{"blocks", rtDoc(Paragraph{Kind: KindHeading, Level: 1, Text: "标题"}, Paragraph{Text: "正文"}, Paragraph{Kind: KindQuote, Text: "引文"}),
			"# 标题\n\n正文\n\n> 引文\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.doc.Markdown()
			assert.Equal(t, tt.want, got)
			if tt.doc != nil {
				rtCheckMarkdown(t, tt.doc, got)
			}
		})
	}
}

func TestMarkdownMarks(t *testing.T) {
	const href = "https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml"
	bold := func(s, e int) Mark { return Mark{Kind: MarkBold, Start: s, End: e} }
	link := func(s, e int, h string) Mark { return Mark{Kind: MarkLink, Start: s, End: e, Href: h} }
	stock := func(s, e int, h string) Mark {
		return Mark{Kind: MarkStock, Start: s, End: e, Code: "sz000931", Href: h}
	}
	at := func(text, sub string) (int, int) {
		i := strings.Index(text, sub)
		if i < 0 {
			panic(sub)
		}
		return i, i + len(sub)
	}
	span := func(kind MarkKind, text, sub string) Mark {
		s, e := at(text, sub)
		switch kind {
		case MarkLink:
			return link(s, e, href)
		case MarkStock:
			return stock(s, e, href)
		}
		return bold(s, e)
	}
	tests := []struct {
		name  string
		p     Paragraph
		want  string
		bolds int // <strong> elements expected
		links int // <a> elements expected
	}{
		{"bold", Paragraph{Text: "一是加快建设。", Marks: []Mark{bold(0, 21)}}, "**一是加快建设。**", 1, 0},
		{"bold inside", Paragraph{Text: "推出中关村改革", Marks: []Mark{bold(6, 15)}}, "推出**中关村**改革", 1, 0},
		{"bold in quotes", Paragraph{Text: "北京“冬奥”开幕", Marks: []Mark{span(MarkBold, "北京“冬奥”开幕", "“冬奥”")}}, "北京“**冬奥**”开幕", 1, 0},
		{"bold after space", Paragraph{Text: "a “b” c", Marks: []Mark{bold(1, 10)}}, "a **“b”** c", 1, 0},
		{"bold spaces trimmed", Paragraph{Text: "a  b  c", Marks: []Mark{bold(1, 6)}}, "a  **b**  c", 1, 0},
		{"bold punctuation only", Paragraph{Text: "甲“”乙", Marks: []Mark{span(MarkBold, "甲“”乙", "“”")}}, "甲“”乙", 0, 0},
		{"bold with ascii punctuation", Paragraph{Text: "价格*上涨*了", Marks: []Mark{span(MarkBold, "价格*上涨*了", "*上涨*")}}, "价格\\***上涨**\\*了", 1, 0},
		{"bold across break", Paragraph{Text: "甲\n乙", Marks: []Mark{bold(0, 7)}}, "**甲\\\n乙**", 1, 0},
		{"bolds touching merged", Paragraph{Text: "甲乙丙", Marks: []Mark{bold(0, 3), bold(3, 6)}}, "**甲乙**丙", 1, 0},
		{"bolds overlapping merged", Paragraph{Text: "甲乙丙", Marks: []Mark{bold(0, 6), bold(3, 9)}}, "**甲乙丙**", 1, 0},
		{"bold in heading left out", Paragraph{Kind: KindHeading, Level: 1, Text: "标题", Marks: []Mark{bold(0, 6)}}, "# 标题", 0, 0},
		{"link", Paragraph{Text: "见报道全文", Marks: []Mark{link(3, 15, "https://a.cn/x_(1)?a=1&b=2")}}, "见[报道全文](https://a.cn/x_\\(1\\)?a=1\\&b=2)", 0, 1},
		{"link relative", Paragraph{Text: "见全文", Marks: []Mark{link(3, 9, "/a b")}}, "见[全文](/a%20b)", 0, 1},
		{"link unsafe", Paragraph{Text: "点击这里", Marks: []Mark{link(6, 12, "javascript:alert(1)")}}, "点击这里", 0, 0},
		{"link unsafe spaced", Paragraph{Text: "点击这里", Marks: []Mark{link(6, 12, " JavaScript:alert(1)")}}, "点击这里", 0, 0},
		{"link vbscript", Paragraph{Text: "点击这里", Marks: []Mark{link(6, 12, "vbscript:x")}}, "点击这里", 0, 0},
		{"link in heading", Paragraph{Kind: KindHeading, Level: 2, Text: "标题", Marks: []Mark{link(0, 6, "https://a.cn/")}}, "## [标题](https://a.cn/)", 0, 1},
		{"stock with href", Paragraph{Text: "推出中关村改革", Marks: []Mark{stock(6, 15, href)}}, "推出[中关村](" + href + ")改革", 0, 1},
		{"stock without href", Paragraph{Text: "推出中关村改革", Marks: []Mark{stock(6, 15, "")}}, "推出中关村改革", 0, 0},
		{"stock inside bold", Paragraph{Text: "推出中关村改革", Marks: []Mark{bold(0, 21), stock(6, 15, href)}}, "**推出[中关村](" + href + ")改革**", 1, 1},
		{"bold inside link", Paragraph{Text: "推出中关村改革", Marks: []Mark{link(0, 21, href), bold(6, 15)}}, "[推出**中关村**改革](" + href + ")", 1, 1},
		{"bold and link same range", Paragraph{Text: "推出中关村改革", Marks: []Mark{bold(6, 15), stock(6, 15, href)}}, "推出[**中关村**](" + href + ")改革", 1, 1},
		{"bold at link start", Paragraph{Text: "推出中关村改革", Marks: []Mark{bold(6, 21), stock(6, 15, href)}}, "推出[中关村](" + href + ")改革", 0, 1},
		{"crossing marks", Paragraph{Text: "甲乙丙丁", Marks: []Mark{bold(0, 6), link(3, 9, "https://a.cn/")}}, "**甲乙**丙丁", 1, 0},
		{"crossing links", Paragraph{Text: "甲乙丙丁", Marks: []Mark{link(0, 6, "https://a.cn/"), link(3, 9, "https://b.cn/")}}, "[甲乙](https://a.cn/)丙丁", 0, 1},
		{"link in link", Paragraph{Text: "甲乙丙丁", Marks: []Mark{link(0, 12, "https://a.cn/"), link(3, 9, "https://b.cn/")}}, "[甲乙丙丁](https://a.cn/)", 0, 1},
		{"marks out of order", Paragraph{Text: "甲乙丙丁", Marks: []Mark{link(6, 9, "https://a.cn/"), bold(0, 3)}}, "**甲**乙[丙](https://a.cn/)丁", 1, 1},
		{"marks not well formed", Paragraph{Text: "甲乙", Marks: []Mark{bold(-1, 3), bold(1, 3), bold(3, 9), bold(3, 3), bold(6, 3), {Kind: MarkKind(9), Start: 0, End: 3}}}, "甲乙", 0, 0},
		{"task list", Paragraph{Kind: KindListItem, Text: "x 项", Marks: []Mark{link(0, 1, "https://a.cn/")}}, "- x 项", 0, 0},
		{"not a task list", Paragraph{Kind: KindListItem, Text: "xy 项", Marks: []Mark{link(0, 2, "https://a.cn/")}}, "- [xy](https://a.cn/) 项", 0, 1},
		{"URL before link", Paragraph{Text: "www.a.cn?甲", Marks: []Mark{link(9, 12, "https://b.cn/")}}, "www\\.a.cn?[甲](https://b.cn/)", 0, 1},
		{"URL before bold", Paragraph{Text: "http://a.cn/甲", Marks: []Mark{bold(12, 15)}}, "http:\\//a.cn/**甲**", 1, 0},
		{"URL with bold", Paragraph{Text: "www.a.cn", Marks: []Mark{bold(3, 5)}}, "www\\.**a**.cn", 1, 0},
		{"number before marks", Paragraph{Kind: KindListItem, Number: "1.", Text: "甲乙", Marks: []Mark{bold(0, 3)}}, "1\\. **甲**乙", 1, 0},
		{"bold after hostile", Paragraph{Text: rtHostile + "甲", Marks: []Mark{bold(len(rtHostile), len(rtHostile)+3)}},
			"\\*not bold\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\<script\\>x\\</script\\> \\# not a heading 1. not a list \\| pipe**甲**", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := rtDoc(tt.p)
			got := doc.Markdown()
			assert.Equal(t, tt.want+"\n", got)
			h := rtCheckMarkdown(t, doc, got)
			assert.Equal(t, tt.bolds, strings.Count(h, "<strong>"), h)
			assert.Equal(t, tt.links, strings.Count(h, "<a "), h)
		})
	}
}

func TestMarkdownEscaping(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"hostile", rtHostile, `\*not bold\* \[x\]\(javascript:alert\(1\)\) \<script\>x\</script\> \# not a heading 1. not a list \| pipe`},
		{"every special", "\\`*_{}[]()#+-.!|<>~&$", "\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#+-.\\!\\|\\<\\>\\~\\&\\$"},
		{"list number", "1. 甲", `1\. 甲`},
		{"list number paren", "12) 甲", `12\) 甲`},
		{"not a list number", "1.5亿元", `1\.5亿元`},
		{"decimal mid-line", "增长1.5%", `增长1.5%`},
		{"dash", "- 甲", `\- 甲`},
		{"dash mid-line", "2022-01-13", `2022-01-13`},
		{"plus", "+ 甲", `\+ 甲`},
		{"thematic break", "---", `\---`},
		{"setext", "甲\n===", "甲\\\n\\==="},
		{"quote marker", "> 甲", `\> 甲`},
		{"heading marker", "## 甲", `\#\# 甲`},
		{"fence", "```go\nx\n```", "\\`\\`\\`go\\\nx\\\n\\`\\`\\`"},
		{"tilde fence", "~~~", `\~\~\~`},
		{"indented code", "甲\n    code", "甲\\\ncode"},
		{"html block", "<div>x</div>", `\<div\>x\</div\>`},
		{"html comment", "<!-- x -->", `\<\!-- x --\>`},
		{"entity", "&amp; &#60;", `\&amp; \&\#60;`},
		{"autolink", "<https://a.cn>", `\<https:\//a.cn\>`},
		{"link reference", "[a]: https://a.cn", `\[a\]: https:\//a.cn`},
		{"image syntax", "![a](https://a.cn/x.png)", `\!\[a\]\(https:\//a.cn/x.png\)`},
		{"bare URL", "见http://a.cn/x和WWW.b.cn", `见http:\//a.cn/x和WWW\.b.cn`},
		{"email", "投稿邮箱：tougao@a.cn", `投稿邮箱：tougao\@a.cn`},
		{"table delimiter row", "甲\n:-\n:---:", "甲\\\n\\:-\\\n\\:---:"},
		{"strikethrough", "~~删~~", `\~\~删\~\~`},
		{"table row", "| a | b |\n|---|---|", "\\| a \\| b \\|\\\n\\|---\\|---\\|"},
		{"backslash at end of line", "甲\\\n乙\\", "甲&#92;\\\n乙\\\\"},
		{"emphasis underscores", "__init__", `\_\_init\_\_`},
		{"math", "$x$", `\$x\$`},
		{"carriage return", "甲\r\n- 乙\r丙", "甲\\\n\\- 乙\\\n丙"},
		{"bare URLs among dots", "见www.a.cn/x.y和http://b.cn.和www.c...www.d", `见www\.a.cn/x.y和http:\//b.cn.和www\.c...www\.d`},
		{"slash before dot", "甲://乙/.www/.x", `甲:\//乙/.www/.x`},
		{"Han text then spaces at a line end", "甲乙  \n丙", "甲乙\\\n丙"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := rtDoc(Paragraph{Text: tt.text})
			got := doc.Markdown()
			assert.Equal(t, tt.want+"\n", got)
			rtCheckMarkdown(t, doc, got)
		})
	}
	// The same text in every kind of block, and in every place.
	for _, text := range []string{rtHostile, "1. 甲\n- 乙\n> 丙\n# 丁\n===\n<b>戊</b>", "|\\|", "\\"} {
		doc := &Document{Title: text, Meta: Meta{Description: text, Tags: []string{text}}, Credits: Credits{Others: []Credit{{Label: text, Name: text}}}, Paragraphs: []Paragraph{
			{Kind: KindText, Text: text},
			{Kind: KindTitle, Text: text},
			{Kind: KindHeading, Level: 2, Number: "1.", Text: text},
			{Kind: KindListItem, Text: text},
			{Kind: KindListItem, Number: "1.", Text: text},
			{Kind: KindQuote, Text: text},
			{Kind: KindImage, Text: text, Image: &Image{Src: "https://a.cn/x.png", Alt: text, Caption: text}},
			{Kind: KindTable, Caption: text, Rows: [][]Cell{{{Text: text}, {Text: text}}, {{Text: text}}}},
			{Kind: KindText, Text: text, Marks: []Mark{{Kind: MarkLink, Start: 0, End: len(text), Href: "https://a.cn/" + text}}},
		}}
		md := doc.Markdown()
		h := rtCheckMarkdown(t, doc, md)
		assert.NotContains(t, h, "<script")
		assert.NotContains(t, h, "<b>")
		assert.NotContains(t, h, "<em>not bold")
		assert.NotContains(t, h, "<ol")
		assert.NotContains(t, h, `href="javascript`)
		rtCheckFrontMatter(t, doc, md)
	}
}

// TestMarkdownMarksRandom renders paragraphs of markup characters with
// marks placed at random, well formed or not, and checks that what a
// CommonMark reader makes of the Markdown is the text, every character
// of it and nothing else, in elements the renderer writes.
func TestMarkdownMarksRandom(t *testing.T) {
	atoms := []string{"北", "京", "“", "”", "，", "。", "（", "）", "a", "B", "1", "2.", ".", "*", "**", "_", "[", "]", "(", ")",
		" ", "  ", "\n", "<", ">", "#", "-", "+", "=", "!", "|", "\\", "`", "&", "~", "$", "x:", "&amp;", "1) ", "- ", "\t"}
	kinds := []Kind{KindText, KindTitle, KindHeading, KindListItem, KindQuote}
	numbers := []string{"", "", "1.", "（一）", "2)", "第三条"}
	hrefs := []string{"https://a.cn/x", "https://a.cn/(x)*_[y]", "", "javascript:x", "/rel path"}
	rng := rand.New(rand.NewPCG(9, 1))
	for i := range 3000 {
		var text strings.Builder
		var cuts []int
		for range 1 + rng.IntN(14) {
			cuts = append(cuts, text.Len())
			text.WriteString(atoms[rng.IntN(len(atoms))])
		}
		cuts = append(cuts, text.Len())
		p := Paragraph{Kind: kinds[rng.IntN(len(kinds))], Text: text.String(), Level: rng.IntN(8), Number: numbers[rng.IntN(len(numbers))]}
		for range rng.IntN(5) {
			a, b := cuts[rng.IntN(len(cuts))], cuts[rng.IntN(len(cuts))]
			if rng.IntN(10) == 0 {
				b += rng.IntN(3) - 1 // sometimes not well formed
			}
			m := Mark{Kind: MarkKind(rng.IntN(3)), Start: min(a, b), End: max(a, b), Href: hrefs[rng.IntN(len(hrefs))]}
			p.Marks = append(p.Marks, m)
		}
		doc := rtDoc(p)
		md := doc.Markdown()
		h := rtCheckMarkdown(t, doc, md)
		got, _ := rtHTMLText(t, h)
		if want := rtSqueeze(textWithNumber(p.Number, p.Text)); rtSqueeze(got) != want {
			t.Fatalf("case %d: %#v\nmarkdown: %q\nhtml: %s\ngot  %q\nwant %q", i, p, md, h, rtSqueeze(got), want)
		}
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	date := time.Date(2022, 1, 13, 7, 21, 0, 0, time.FixedZone("", 8*3600))
	doc := &Document{
		Title: "重磅！北京市政府工作报告全文发布",
		Meta: Meta{Title: "重磅！北京市政府工作报告全文发布", Date: date, Author: "新浪财经", Categories: []string{"金融", "新浪财经"},
			Tags: []string{"#报告", "- 列表"}, URL: "https://finance.sina.com.cn/a.shtml", SiteName: "新浪财经",
			Description: "第一行\n---\ntitle: 伪造\n...", Language: "zh-CN", HeadImage: "https://a.cn/h.jpg"},
		Credits: Credits{OriginalTitle: "原标题", Source: "北京日报", Authors: []string{"包兴安"}, Editors: []string{"辛婧"},
			ResponsibleEditors: []string{"刘万里"}, Others: []Credit{{Label: "校对", Name: "王琳"}}},
		Paragraphs: []Paragraph{{Text: "正文"}},
	}
	md := doc.Markdown()
	want := `---
title: 重磅！北京市政府工作报告全文发布
date: "2022-01-13T07:21:00+08:00"
author: 新浪财经
categories:
  - 金融
  - 新浪财经
tags:
  - '#报告'
  - '- 列表'
url: https://finance.sina.com.cn/a.shtml
site_name: 新浪财经
description: |-
  第一行
  ---
  title: 伪造
  ...
language: zh-CN
credits:
  original_title: 原标题
  source: 北京日报
  authors:
    - 包兴安
  editors:
    - 辛婧
  responsible_editors:
    - 刘万里
  others:
    - label: 校对
      name: 王琳
---

正文
`
	assert.Equal(t, want, md)
	rtCheckFrontMatter(t, doc, md)

	// Parse reads the front matter back.
	back, err := Parse(strings.NewReader(md))
	require.NoError(t, err)
	assert.Equal(t, doc.Meta.Title, back.Meta.Title)
	assert.True(t, doc.Meta.Date.Equal(back.Meta.Date), back.Meta.Date)
	assert.Equal(t, doc.Meta.Author, back.Meta.Author)
	assert.Equal(t, doc.Meta.Categories, back.Meta.Categories)
	assert.Equal(t, doc.Meta.Tags, back.Meta.Tags)
	assert.Equal(t, []string{"正文"}, rtParagraphTexts(back))

	t.Run("only what is set", func(t *testing.T) {
		assert.Equal(t, "---\ntitle: 标题\n---\n", (&Document{Title: "标题"}).Markdown())
		assert.Equal(t, "---\ntitle: 标题\n---\n", (&Document{Meta: Meta{Title: "标题"}}).Markdown())
		assert.Equal(t, "---\ncredits:\n  source: 新华社\n---\n\n正文\n",
			(&Document{Credits: Credits{Source: "新华社"}, Paragraphs: []Paragraph{{Text: "正文"}}}).Markdown())
		assert.Equal(t, "正文\n", (&Document{Meta: Meta{HeadImage: "https://a.cn/h.jpg", FrontMatter: FrontMatterYAML}, Paragraphs: []Paragraph{{Text: "正文"}}}).Markdown())
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		md := (&Document{Title: "标\xff题"}).Markdown()
		assert.Equal(t, "---\ntitle: 标\uFFFD题\n---\n", md)
	})
}

// TestRenderKeepsEveryWord checks, on every golden and section input,
// that Text and Markdown keep every paragraph's number and text, every
// caption and every table cell, in order: Text as it is, Markdown as a
// CommonMark reader renders it.
func TestRenderKeepsEveryWord(t *testing.T) {
	var inputs []string
	for _, pat := range []string{"testdata/golden/*/input.*", "testdata/sections/*/input.*"} {
		m, err := filepath.Glob(pat)
		require.NoError(t, err)
		inputs = append(inputs, m...)
	}
	require.GreaterOrEqual(t, len(inputs), 30)
	for _, in := range inputs {
		t.Run(filepath.Base(filepath.Dir(filepath.Dir(in)))+"/"+filepath.Base(filepath.Dir(in)), func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			doc, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			text := doc.Text()
			if doc.Title != "" {
				assert.True(t, strings.HasPrefix(text, doc.Title), "the title first")
			}
			rtAssertInOrder(t, "Text", text, doc)
			md := doc.Markdown()
			rtCheckMarkdown(t, doc, md)
			rtCheckFrontMatter(t, doc, md)
			// Without the markup of marks, the Markdown holds every word
			// as it is, once escapes are taken out.
			plain := *doc
			plain.Paragraphs = make([]Paragraph, len(doc.Paragraphs))
			for i, p := range doc.Paragraphs {
				p.Marks = nil
				plain.Paragraphs[i] = p
			}
			raw := strings.NewReplacer("<br>", "\n", "\n> ", "\n").Replace(plain.Markdown())
			rtAssertInOrder(t, "Markdown", rtUnescape(raw), doc)
		})
	}
}

func TestRenderConcurrent(t *testing.T) {
	src, err := os.ReadFile("testdata/golden/seed-beijing-report/input.md")
	require.NoError(t, err)
	doc, err := Parse(bytes.NewReader(src))
	require.NoError(t, err)
	text, md := doc.Text(), doc.Markdown()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			assert.Equal(t, text, doc.Text())
			assert.Equal(t, md, doc.Markdown())
		})
	}
	wg.Wait()
}

// rtKeep lists what of a paragraph a renderer must keep, in order.
func rtKeep(p *Paragraph) []string {
	switch p.Kind {
	case KindImage:
		if c := textImageCaption(p); c != "" {
			return []string{c}
		}
		if p.Image != nil {
			return []string{p.Image.Alt}
		}
		return nil
	case KindTable:
		out := []string{p.Caption}
		for _, row := range p.Rows {
			for _, c := range row {
				out = append(out, c.Text)
			}
		}
		if len(p.Rows) == 0 {
			out = append(out, p.Text)
		}
		return out
	}
	return []string{p.Number, p.Text}
}

// rtAssertInOrder checks that out holds what the document's paragraphs
// must keep, in order, white space aside.
func rtAssertInOrder(t *testing.T, what, out string, doc *Document) {
	t.Helper()
	flat := rtSqueeze(out)
	at := 0
	for i := range doc.Paragraphs {
		for _, k := range rtKeep(&doc.Paragraphs[i]) {
			k = rtSqueeze(k)
			j := strings.Index(flat[at:], k)
			if !assert.GreaterOrEqual(t, j, 0, "%s lost %q of paragraph %d", what, k, i) {
				return
			}
			at += j + len(k)
		}
	}
}

// rtSqueeze drops white space.
func rtSqueeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// rtUnescape takes out Markdown backslash escapes and hard line breaks.
func rtUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\n", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// rtSplitFrontMatter splits Markdown into its front matter and body.
func rtSplitFrontMatter(t *testing.T, md string) (fm, body string) {
	t.Helper()
	if !strings.HasPrefix(md, "---\n") {
		return "", md
	}
	end := strings.Index(md, "\n---\n")
	require.GreaterOrEqual(t, end, 0, "front matter closed")
	return md[4 : end+1], md[end+5:]
}

// rtMarkdownHTML renders Markdown as a GFM reader does, raw HTML allowed
// so that any that got through would show.
func rtMarkdownHTML(t *testing.T, body string) string {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(ghtml.WithUnsafe()))
	var b bytes.Buffer
	require.NoError(t, md.Convert([]byte(body), &b))
	return b.String()
}

// rtAllowed are the elements the renderer's Markdown may make.
var rtAllowed = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"strong": true, "em": true, "a": true, "img": true, "br": true, "ul": true, "li": true, "blockquote": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true}

// rtHTMLText returns the text of rendered HTML, image alt text included,
// and the elements in it.
func rtHTMLText(t *testing.T, h string) (string, []html.Token) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(h))
	var b strings.Builder
	var tags []html.Token
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String(), tags
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			tags = append(tags, tok)
			for _, a := range tok.Attr {
				if tok.Data == "img" && a.Key == "alt" {
					b.WriteString(a.Val)
				}
			}
		case html.CommentToken:
			t.Errorf("comment in the HTML: %s", z.Raw())
		}
	}
}

// rtCheckMarkdown renders md's body and checks that it has only the
// elements the renderer writes, links only to http, https or relative
// URLs, and every word the document's paragraphs must keep, in order. It
// returns the HTML.
func rtCheckMarkdown(t *testing.T, doc *Document, md string) string {
	t.Helper()
	_, body := rtSplitFrontMatter(t, md)
	h := rtMarkdownHTML(t, body)
	text, tags := rtHTMLText(t, h)
	for _, tok := range tags {
		assert.True(t, rtAllowed[tok.Data], "element %s in\n%s", tok.Data, h)
		for _, a := range tok.Attr {
			if a.Key == "href" || a.Key == "src" {
				v := strings.ToLower(a.Val)
				assert.True(t, strings.HasPrefix(v, "https://") || strings.HasPrefix(v, "http://") || !strings.Contains(v, ":"), "URL %s", a.Val)
			}
		}
	}
	rtAssertInOrder(t, "Markdown", text, doc)
	return h
}

// rtCheckFrontMatter decodes md's front matter and compares it with the
// document.
func rtCheckFrontMatter(t *testing.T, doc *Document, md string) {
	t.Helper()
	fm, body := rtSplitFrontMatter(t, md)
	assert.False(t, strings.HasPrefix(body, "---\n"))
	var got struct {
		Title       string   `yaml:"title"`
		Date        string   `yaml:"date"`
		Author      string   `yaml:"author"`
		Categories  []string `yaml:"categories"`
		Tags        []string `yaml:"tags"`
		URL         string   `yaml:"url"`
		SiteName    string   `yaml:"site_name"`
		Description string   `yaml:"description"`
		Language    string   `yaml:"language"`
		Credits     struct {
			OriginalTitle      string   `yaml:"original_title"`
			Source             string   `yaml:"source"`
			Authors            []string `yaml:"authors"`
			Editors            []string `yaml:"editors"`
			ResponsibleEditors []string `yaml:"responsible_editors"`
			Others             []Credit `yaml:"others"`
		} `yaml:"credits"`
	}
	require.NoError(t, yaml.Unmarshal([]byte(fm), &got), fm)
	title := doc.Title
	if title == "" {
		title = doc.Meta.Title
	}
	assert.Equal(t, title, got.Title)
	if doc.Meta.Date.IsZero() {
		assert.Empty(t, got.Date)
	} else {
		d, err := time.Parse(time.RFC3339, got.Date)
		require.NoError(t, err)
		assert.True(t, d.Equal(doc.Meta.Date.Truncate(time.Second)))
	}
	m, c := doc.Meta, doc.Credits
	assert.Equal(t, fmt.Sprint(m.Author, m.Categories, m.Tags, m.URL, m.SiteName, m.Description, m.Language),
		fmt.Sprint(got.Author, got.Categories, got.Tags, got.URL, got.SiteName, got.Description, got.Language))
	assert.Equal(t, fmt.Sprint(c.OriginalTitle, c.Source, c.Authors, c.Editors, c.ResponsibleEditors, c.Others),
		fmt.Sprint(got.Credits.OriginalTitle, got.Credits.Source, got.Credits.Authors, got.Credits.Editors,
			got.Credits.ResponsibleEditors, got.Credits.Others))
}

func rtParagraphTexts(doc *Document) []string {
	var out []string
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// TestNumberSeparator: a space follows a number that ends in ASCII and a
// plan's code that ends with its separator (阶段 A ·, J0 —), none a
// Chinese number.
func TestNumberSeparator(t *testing.T) {
	for number, want := range map[string]string{
		"1.":     "1. 标题",
		"阶段 A ·": "阶段 A · 标题",
		"J0 —":   "J0 — 标题",
		"一、":     "一、标题",
		"（1）":    "（1）标题",
	} {
		assert.Equal(t, want, textWithNumber(number, "标题"), number)
	}
}
