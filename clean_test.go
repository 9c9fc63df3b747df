package newsdoc

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

func parseBody(t *testing.T, body string, opts ...Option) *Document {
	t.Helper()
	doc, err := Parse(strings.NewReader(body), opts...)
	require.NoError(t, err)
	return doc
}

func texts(doc *Document) []string {
	out := []string{}
	for _, p := range doc.Paragraphs {
		out = append(out, p.Kind.String()+":"+p.Text)
	}
	return out
}

func removedRules(doc *Document) []string {
	out := []string{}
	for _, r := range doc.Removed {
		out = append(out, r.Rule+":"+r.Text)
	}
	return out
}

// TestRules checks each rule of the default policy on the markup it was
// written for: what stays, and what is reported removed under its name.
func TestRules(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		removed    []string
	}{
		{"comment", `<p>正文<!-- news_keyword_pub,stock,sz000931 -->。</p>`,
			[]string{"text:正文。"}, []string{"comment:news_keyword_pub,stock,sz000931"}},
		{"script and noscript", `<p>甲</p><script>var a = "<p>乙</p>";</script><noscript><img src="x.png"></noscript>`,
			[]string{"text:甲"}, []string{`script:var a = "<p>乙</p>";`, `script:<img src="x.png">`}},
		{"style", `<style>.a{color:red}</style><p>甲</p>`, []string{"text:甲"}, []string{"style:.a{color:red}"}},
		{"embed", `<p>甲</p><iframe src="https://x">框</iframe><object>物</object><embed src="a.swf">`,
			[]string{"text:甲"}, []string{"embed:框", "embed:物", "embed:"}},
		{"template", `<template><p>模板</p></template><p>甲</p>`, []string{"text:甲"}, []string{"script:模板"}},
		{"hidden attribute", `<p>甲<a class="originUrl" hidden>查看知乎原文</a></p>`,
			[]string{"text:甲"}, []string{"hidden:查看知乎原文"}},
		{"display none", `<div style="display: none !important">藏</div><p>甲</p>`,
			[]string{"text:甲"}, []string{"hidden:藏"}},
		{"visibility hidden", `<span style="Visibility:Hidden;">藏</span><p>甲</p>`,
			[]string{"text:甲"}, []string{"hidden:藏"}},
		{"tracking pixel", `<p>甲<img src="https://t.example/p.gif" width="1" height="1"><img src="https://t.example/q.gif" style="width:1px;height:1px"></p>`,
			[]string{"text:甲"}, []string{"tracking-pixel:", "tracking-pixel:"}},
		{"data image", `<p>甲</p><img src="data:image/gif;base64,R0lGOD" alt="占位">`,
			[]string{"text:甲"}, []string{"unsafe-url:占位"}},
		{"lazy image behind a data placeholder", `<img src="data:image/gif;base64,R0lGOD" data-src="//n.sinaimg.cn/a.jpg">`,
			[]string{"image:"}, []string{}},
		{"javascript link keeps its text", `<p><a href="javascript:;">向前</a>看</p>`,
			[]string{"text:向前看"}, []string{"unsafe-url:javascript:;"}},
		{"form controls", `<label><input type="checkbox" checked>自动播放</label><button>按钮</button>`,
			[]string{"text:自动播放"}, []string{"form-control:", "form-control:按钮"}},
		{"sina account QR", `<p>甲</p><!-- 开户二维码 start --><style>.app-kaihu-qr{}</style><div class="app-kaihu-qr"><span>扫二维码，3分钟极速开户>></span><img src="https://n.sinaimg.cn/q.png"></div><!-- 开户二维码 end --><p>乙</p>`,
			[]string{"text:甲", "text:乙"}, []string{"sina-qr-region:.app-kaihu-qr{} 扫二维码，3分钟极速开户>>"}},
		{"sina app QR", `<p>甲</p><div class="clearfix appendQr_wrap"><div class="appendQr_normal"><img src="https://n.sinaimg.cn/q.png"></div><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>`,
			[]string{"text:甲"}, []string{"sina-qr:海量资讯、精准解读，尽在新浪财经APP"}},
		{"sina futures QR by id", `<div class="x" id="app-qihuo-kaihu-qr"><span>期货开户</span></div><p>甲</p>`,
			[]string{"text:甲"}, []string{"sina-qr-id:期货开户"}},
		{"sina quote placeholder", `<p>推出<span id="stock_sz000931"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml">中关村</a></span><span id="quote_sz000931">12.3</span>新一轮</p>`,
			[]string{"text:推出中关村新一轮"}, []string{"sina-quote:12.3"}},
		{"sina video player", `<div class="artical-player-wrap" style="display:block;"><div id="J_Article_Player">视频加载中，请稍候...</div></div><div class="video-2017" id="videoList0" style></div><p>甲</p>`,
			[]string{"text:甲"}, []string{"sina-video:视频加载中，请稍候...", "sina-video-list:"}},
		{"sina related links", `<blockquote class="fin_reference"><p>【相关报道】</p><p><a href="https://x">工信部：推进电子烟监管法治化</a></p></blockquote><p>甲</p>`,
			[]string{"text:甲"}, []string{"sina-related:【相关报道】工信部：推进电子烟监管法治化"}},
		{"sina research promo", `<blockquote><p class="jqlblock_cls"><a href="https://www.sinadaxue.cn/">投资研报</a></p></blockquote><p>甲</p>`,
			[]string{"text:甲"}, []string{"sina-research-promo:投资研报"}},
		{"sina jinqilin promo", `<blockquote><p>　　炒股就看<a href="https://finance.sina.com.cn/stock/reportch/jinqilin.shtml">金麒麟分析师研报</a>，权威，专业，及时，全面！</p></blockquote><p>甲</p>`,
			[]string{"text:甲"}, []string{"sina-jinqilin:炒股就看金麒麟分析师研报，权威，专业，及时，全面！"}},
		{"disclaimer", `<p>甲</p><p>声明：数据宝所有资讯内容不构成投资建议，股市有风险，投资需谨慎。</p>`,
			[]string{"text:甲"}, []string{"disclaimer:声明：数据宝所有资讯内容不构成投资建议，股市有风险，投资需谨慎。"}},
		{"a statement in the news stays", `<p>声明：公司将于明日复牌。</p>`, []string{"text:声明：公司将于明日复牌。"}, []string{}},
		{"stcn disclaimer and keywords", `<p>甲</p><div class="txt_zhu">注：本文系新闻报道，不构成投资建议。</div><div class="fenlei1">机构调研</div>`,
			[]string{"text:甲"}, []string{"stcn-disclaimer:注：本文系新闻报道，不构成投资建议。", "stcn-keywords:机构调研"}},
		{"zhihu chrome", `<strong><img class="avatar" src="https://pic/a.jpg"><span class="author">温戈，</span><span class="bio">数字芯片设计工程师</span></strong><p>甲</p><div class="view-more"><a href="https://www.zhihu.com/q">查看知乎讨论</a></div>`,
			[]string{"text:甲"}, []string{"zhihu-meta:", "zhihu-meta:数字芯片设计工程师", "zhihu-meta:查看知乎讨论", "zhihu-author:温戈，"}},
		{"repeated title", "---\ntitle: 22部门联合发文打击非法社会组织\n---\n<p><strong>22部门联合发文打击非法社会组织</strong></p><p>新华社北京3月22日电</p>",
			[]string{"text:新华社北京3月22日电"}, []string{"repeated-title:22部门联合发文打击非法社会组织"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBody(t, tt.body, WithRemovals())
			assert.Equal(t, tt.want, texts(doc))
			assert.Equal(t, tt.removed, removedRules(doc))
		})
	}
}

func TestRemovalsOnlyWhenAsked(t *testing.T) {
	doc := parseBody(t, `<p>甲<!-- c --></p><script>x</script>`)
	assert.Empty(t, doc.Removed)
}

func TestBlocks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []Paragraph
	}{
		{"headings", `<p>导语</p><h1>标题</h1><h3>小标题</h3><p>正文</p>`, []Paragraph{{Kind: KindText, Text: "导语"},
			{Kind: KindHeading, Text: "标题", Level: 1, Section: "1"}, {Kind: KindHeading, Text: "小标题", Level: 2, Section: "1.1"}, {Kind: KindText, Text: "正文"}}},
		{"list items and quote", `<ul><li>一</li><li>二<li>三</ul><blockquote>　　◎引文</blockquote>`, []Paragraph{
			{Kind: KindListItem, Text: "一"}, {Kind: KindListItem, Text: "二"}, {Kind: KindListItem, Text: "三"}, {Kind: KindQuote, Text: "◎引文"}}},
		{"bare text in a div", "<div>   \n【322家上市公司年报亮相】财联社3月22日讯  \n</div>", []Paragraph{
			{Kind: KindText, Text: "【322家上市公司年报亮相】财联社3月22日讯"}}},
		{"unclosed paragraphs", `<div><p>一<p>二</div>三`, []Paragraph{
			{Kind: KindText, Text: "一"}, {Kind: KindText, Text: "二"}, {Kind: KindText, Text: "三"}}},
		{"line break", `<p>第一行<br>第二行<br></p>`, []Paragraph{{Kind: KindText, Text: "第一行\n第二行"}}},
		{"two breaks split", `<p>第一段<br><br>第二段</p>`, []Paragraph{{Kind: KindText, Text: "第一段"}, {Kind: KindText, Text: "第二段"}}},
		{"sina image with caption", `<div class="img_wrapper"><img id="0" src="https://n.sinaimg.cn/a.jpg" alt="陈吉宁同志作政府工作报告。"><span class="img_descr">陈吉宁同志作政府工作报告。</span></div>`,
			[]Paragraph{{Kind: KindImage, Text: "陈吉宁同志作政府工作报告。", Image: &Image{Src: "https://n.sinaimg.cn/a.jpg", Alt: "陈吉宁同志作政府工作报告。", Caption: "陈吉宁同志作政府工作报告。"}}}},
		{"empty caption", `<div class="img_wrapper"><img src="//n.sinaimg.cn/a.jpg" alt><span class="img_descr"></span></div>`,
			[]Paragraph{{Kind: KindImage, Image: &Image{Src: "https://n.sinaimg.cn/a.jpg"}}}},
		{"figure", `<figure><img class="content-image" src="https://pic2.zhimg.com/a.jpg"><figcaption>图片来源于网络</figcaption></figure>`,
			[]Paragraph{{Kind: KindImage, Text: "图片来源于网络", Image: &Image{Src: "https://pic2.zhimg.com/a.jpg", Caption: "图片来源于网络"}}}},
		{"caption without an image stays as text", `<p>甲</p><span class="img_descr">图为会场</span>`,
			[]Paragraph{{Kind: KindText, Text: "甲"}, {Kind: KindText, Text: "图为会场"}}},
		{"image inside text", `<p>前文<img src="https://a/b.png">后文</p>`, []Paragraph{
			{Kind: KindText, Text: "前文"}, {Kind: KindImage, Image: &Image{Src: "https://a/b.png"}}, {Kind: KindText, Text: "后文"}}},
		{"srcset", `<img srcset="https://a/320.jpg 320w, https://a/640.jpg 640w">`,
			[]Paragraph{{Kind: KindImage, Image: &Image{Src: "https://a/320.jpg"}}}},
		{"table", `<p>前</p><table><caption>表1 指标</caption><tr><th>名称</th><th>数值<br>（元）</th></tr><tr><td>　　　制造业</td><td>     26.39</td></tr></table><p>后</p>`,
			[]Paragraph{{Kind: KindText, Text: "前"},
				{Kind: KindTable, Text: "名称\t数值（元）\n制造业\t26.39", Caption: "表1 指标",
					Rows: [][]Cell{{{Text: "名称", Header: true}, {Text: "数值（元）", Header: true}}, {{Text: "制造业"}, {Text: "26.39"}}}},
				{Kind: KindText, Text: "后"}}},
		{"table spans and implied ends", `<table><tr><td rowspan="2">分组<td colspan="2">营业收入<tr><td>亿元<td>%</table>`,
			[]Paragraph{{Kind: KindTable, Text: "分组\t营业收入\t\n\t亿元\t%",
				Rows: [][]Cell{{{Text: "分组", RowSpan: 2}, {Text: "营业收入", ColSpan: 2}}, {{Text: "亿元"}, {Text: "%"}}}}}},
		{"a table in a cell makes a layout table", `<table><tr><td>外<table><tr><td>内一</td><td>内二</td></tr></table></td><td>旁</td></tr></table>`,
			[]Paragraph{{Kind: KindText, Text: "外"}, {Kind: KindTable, Text: "内一\t内二", Rows: [][]Cell{{{Text: "内一"}, {Text: "内二"}}}},
				{Kind: KindText, Text: "旁"}}},
		{"paragraphs in a cell make a layout table", `<table><tr><td>导航</td></tr><tr><td><p>第一段</p><p>第二段</p></td></tr></table>`,
			[]Paragraph{{Kind: KindText, Text: "导航"}, {Kind: KindText, Text: "第一段"}, {Kind: KindText, Text: "第二段"}}},
		{"unclosed table", `<table><tr><td>甲`, []Paragraph{{Kind: KindTable, Text: "甲", Rows: [][]Cell{{{Text: "甲"}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBody(t, tt.body)
			assert.Equal(t, tt.want, doc.Paragraphs)
		})
	}
}

func TestMarks(t *testing.T) {
	tests := []struct {
		name, body string
		text       string
		marks      []Mark
	}{
		{"sina bold font", `<p>　　要求<font cms-style="strong-Bold font-L"><font cms-style="font-L strong-Bold">全面自查</font></font>，并报送。</p>`,
			"要求全面自查，并报送。", []Mark{{Kind: MarkBold, Text: "全面自查", Start: 6, End: 18}}},
		{"bold paragraph", `<p cms-style="font-L strong-Bold">　　房贷占比提升异常</p>`,
			"房贷占比提升异常", []Mark{{Kind: MarkBold, Text: "房贷占比提升异常", Start: 0, End: 24}}},
		{"b strong and font-weight, adjacent runs merged", `<p><b>甲</b>乙<strong>丙</strong><span style="font-weight: 700">丁</span></p>`,
			"甲乙丙丁", []Mark{{Kind: MarkBold, Text: "甲", Start: 0, End: 3}, {Kind: MarkBold, Text: "丙丁", Start: 6, End: 12}}},
		{"links: protocol-relative, relative, mailto; unsafe schemes in any case and spacing lose the mark",
			`<p><a href="//x.cn/a">甲</a><a href="/rel">乙</a><a href="mailto:a@b.c">丙</a>` +
				`<a href=" JavaScript:alert(1)">丁</a><a href="java&#x09;script:x">戊</a><a href="jav&#10;ascript:x">己</a>` +
				"<a href=\"\x01vbscript:x\">庚</a>" + `<a href="DATA:text/html,x">辛</a></p>`,
			"甲乙丙丁戊己庚辛", []Mark{
				{Kind: MarkLink, Text: "甲", Start: 0, End: 3, Href: "https://x.cn/a"},
				{Kind: MarkLink, Text: "乙", Start: 3, End: 6, Href: "/rel"},
				{Kind: MarkLink, Text: "丙", Start: 6, End: 9, Href: "mailto:a@b.c"}}},
		{"sina stock", `<p>推出<span id="stock_sz000931"><a href="https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml" class="keyword">中关村</a></span><span id="quote_sz000931"></span>新一轮</p>`,
			"推出中关村新一轮", []Mark{{Kind: MarkStock, Text: "中关村", Start: 6, End: 15, Code: "sz000931", Href: "https://finance.sina.com.cn/realstock/company/sz000931/nc.shtml"}}},
		{"stock inside bold", `<p><font cms-style="strong-Bold">洛阳钼业<span id="stock_sh603993"><a href="https://x/sh603993">洛阳钼业</a></span></font></p>`,
			"洛阳钼业洛阳钼业", []Mark{{Kind: MarkBold, Text: "洛阳钼业洛阳钼业", Start: 0, End: 24}, {Kind: MarkStock, Text: "洛阳钼业", Start: 12, End: 24, Code: "sh603993", Href: "https://x/sh603993"}}},
		{"stcn hot word", `<p><a class="trsHotWords" href="http://info.stcn.com/dc/stock/?stockcode=SS600507" code="600507">方大特钢</a>发布年报</p>`,
			"方大特钢发布年报", []Mark{{Kind: MarkStock, Text: "方大特钢", Start: 0, End: 12, Code: "sh600507", Href: "http://info.stcn.com/dc/stock/?stockcode=SS600507"}}},
		{"xueqiu cashtag", `<p>你看好<a href="http://xueqiu.com/S/YI" target="_blank">$1药网(YI)$</a>吗？</p>`,
			"你看好$1药网(YI)$吗？", []Mark{{Kind: MarkStock, Text: "$1药网(YI)$", Start: 9, End: 22, Code: "YI", Href: "http://xueqiu.com/S/YI"}}},
		{"mark across a line break", `<p><b>甲<br>乙</b></p>`, "甲\n乙", []Mark{{Kind: MarkBold, Text: "甲\n乙", Start: 0, End: 7}}},
		{"space before a mark is outside it", `<p>Dow <b> Jones </b>Futures</p>`, "Dow Jones Futures", []Mark{{Kind: MarkBold, Text: "Jones", Start: 4, End: 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseBody(t, tt.body)
			require.Len(t, doc.Paragraphs, 1)
			assert.Equal(t, tt.text, doc.Paragraphs[0].Text)
			assert.Equal(t, tt.marks, doc.Paragraphs[0].Marks)
		})
	}
}

// TestMarksOwnTheirSlices: the paragraphs' marks share arrays (a few
// chunks for a document, not an array a paragraph), each paragraph's
// slice capped at its length: an append to one leaves the next
// paragraph's marks as they are. Two allocations a paragraph are left in
// a document of bold one-character paragraphs, its text and its
// section's id; there were four.
func TestMarksOwnTheirSlices(t *testing.T) {
	body := strings.Repeat(`<p>正文<b>甲</b>与<a href="/x">乙</a></p>`, 40)
	doc := parseBody(t, body)
	require.Len(t, doc.Paragraphs, 40)
	for i := range doc.Paragraphs {
		require.Len(t, doc.Paragraphs[i].Marks, 2)
		require.Equal(t, 2, cap(doc.Paragraphs[i].Marks), "paragraph %d", i)
	}
	want := slices.Clone(doc.Paragraphs[1].Marks)
	_ = append(doc.Paragraphs[0].Marks, Mark{Kind: MarkBold, Text: "x", End: 1})
	assert.Equal(t, want, doc.Paragraphs[1].Marks)

	tiny := []byte(strings.Repeat("<p><b>字</b></p>", 1000))
	allocs := testing.AllocsPerRun(3, func() { _, _ = ParseBytes(tiny) })
	assert.Less(t, allocs/1000, 2.5, "allocations a paragraph")
}

func TestBoldRunsOnAcrossParagraphs(t *testing.T) {
	doc := parseBody(t, `<b><p>一</p><p>二</p></b>`)
	require.Len(t, doc.Paragraphs, 2)
	for _, p := range doc.Paragraphs {
		assert.Equal(t, []Mark{{Kind: MarkBold, Text: p.Text, Start: 0, End: len(p.Text)}}, p.Marks)
	}
}

func TestPolicyBuilder(t *testing.T) {
	p := NewPolicy().Add(DropTags("a", "aside"), DropClasses("b", "ad"))
	assert.Equal(t, []string{"a: elements aside", "b: class ad"}, ruleStrings(p))

	p.Add(DropClasses("a", "promo")) // same name: replaced in place
	assert.Equal(t, []string{"a: class promo", "b: class ad"}, ruleStrings(p))

	c := p.Clone().Remove("b")
	assert.Equal(t, []string{"a: class promo"}, ruleStrings(c))
	assert.Equal(t, []string{"a: class promo", "b: class ad"}, ruleStrings(p), "Clone is independent")

	d1, d2 := DefaultPolicy(), DefaultPolicy()
	d1.Remove("comment")
	assert.NotEqual(t, len(d1.Rules()), len(d2.Rules()), "presets are fresh values")

	names := map[string]bool{}
	for _, r := range DefaultPolicy().Rules() {
		assert.False(t, names[r.Name], "duplicate rule %s", r.Name)
		names[r.Name] = true
		assert.NotEmpty(t, r.Doc, "rule %s has no Doc", r.Name)
	}
}

func ruleStrings(p *Policy) []string {
	var out []string
	for _, r := range p.Rules() {
		out = append(out, r.String())
	}
	return out
}

// An empty policy drops nothing a reader sees, and still never takes a
// comment, a script or a style sheet for text.
func TestZeroPolicyKeepsEverything(t *testing.T) {
	body := `<p>甲<!--注-->乙</p><style>.a{}</style><script>var a=1;track()</script>` +
		`<div style="display:none">藏</div><img src="https://x/p.gif" width="1" height="1"><p class="app-kaihu-qr">扫码</p>`
	doc := parseBody(t, body, WithPolicy(&Policy{}), WithRemovals())
	assert.Equal(t, []string{"text:甲乙", "text:藏", "image:", "text:扫码"}, texts(doc))
	assert.Empty(t, doc.Removed)
}

func TestWithRulesAddsToDefault(t *testing.T) {
	extra := []Rule{
		DropIf("ad-link", func(e *Element) bool {
			href, _ := e.Attr("href")
			return e.Tag() == "a" && strings.Contains(href, "ad.example")
		}),
		DropIDs("banner", "top-banner"),
	}
	body := `<div id="top-banner">广告</div><p>正文<a href="https://ad.example/x">点我</a>。<!-- c --></p>`
	doc := parseBody(t, body, WithRules(extra...), WithRemovals())
	assert.Equal(t, []string{"text:正文。"}, texts(doc))
	assert.Equal(t, []string{"banner:广告", "ad-link:点我", "comment:c"}, removedRules(doc))
	pol := GenericPolicy()
	n := len(pol.Rules())
	parseBody(t, body, WithPolicy(pol), WithRules(extra...))
	assert.Len(t, pol.Rules(), n, "WithRules does not change the policy it adds to")
}

func TestRemoveCredits(t *testing.T) {
	body := `<p>来源：北京日报</p><p class="article-editor">责任编辑：李思阳</p>`
	doc := parseBody(t, body, WithPolicy(DefaultPolicy().Remove("credits")))
	assert.Equal(t, []string{"text:来源：北京日报"}, texts(doc), "without the credits rule only credit classes are lifted")
	assert.Equal(t, []string{"李思阳"}, doc.Credits.ResponsibleEditors)
}

// TestManyParagraphRules: with more paragraph rules than the 64 the
// rules' text mask tells apart, each rule still drops its paragraphs, the
// first that matches names the removal, and the others are kept.
func TestManyParagraphRules(t *testing.T) {
	pol := DefaultPolicy()
	for i := range 80 {
		pol.Add(DropParagraphs(fmt.Sprintf("promo-%02d", i), regexp.MustCompile(fmt.Sprintf(`^推广%02d号`, i))))
	}
	pol.Add(DropParagraphs("promo-any", regexp.MustCompile(`^推广`)))
	body := `<p>正文第一段。</p><p>推广03号链接</p><p>推广70号链接</p><p>推广99号链接</p><p>正文第二段。</p>`
	doc, err := Parse(strings.NewReader(body), WithPolicy(pol), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, []string{"text:正文第一段。", "text:正文第二段。"}, texts(doc))
	var rules []string
	for _, r := range doc.Removed {
		rules = append(rules, r.Rule+":"+r.Text)
	}
	assert.Equal(t, []string{"promo-03:推广03号链接", "promo-70:推广70号链接", "promo-any:推广99号链接"}, rules)
}

// TestConcurrentParse shares one policy between goroutines (run with -race).
func TestConcurrentParse(t *testing.T) {
	pol := DefaultPolicy().Add(DropParagraphs("x", regexp.MustCompile(`^广告`)))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := fmt.Sprintf(`<p>第%d段<b>粗</b></p><p>广告</p><!-- c -->`, i)
			doc, err := Parse(strings.NewReader(body), WithPolicy(pol), WithRemovals())
			assert.NoError(t, err)
			assert.Equal(t, []string{fmt.Sprintf("text:第%d段粗", i)}, texts(doc))
		}()
	}
	wg.Wait()
}

func TestAnchoredStarts(t *testing.T) {
	tests := []struct {
		re   string
		want []string
	}{
		{`^炒股就看金麒麟分析师研报`, []string{"炒股就看金麒麟分析师研报"}},
		{`^(?:免责)?声明：.*(?:投资建议|入市需谨慎)`, []string{"免责声明：", "声明："}},
		{`^(?:欢迎|请)关注.{0,20}公众号`, []string{"欢迎关注", "请关注"}},
		{`^(?i)abc`, nil},
		{`声明`, nil},
		{`^.*声明`, nil},
		{`^(?:声明)?`, nil},
	}
	for _, tt := range tests {
		got := anchoredStarts(regexp.MustCompile(tt.re))
		assert.ElementsMatch(t, tt.want, got, tt.re)
	}
	r := DropParagraphs("d", disclaimerRe)
	assert.True(t, r.matchText("免责声明：内容不构成投资建议。"))
	assert.True(t, r.matchText("声明：数据宝所有资讯内容不构成投资建议"))
	assert.False(t, r.matchText("本报声明：内容不构成投资建议"))
}

// TestSplitBranchesAgree: a paragraph rule whose alternatives run apart
// (splitBranches) drops exactly the texts its whole pattern matches, over
// every paragraph and removed text of the golden inputs and of the
// corpus pages and posts, and the texts of the rule tests.
func TestSplitBranchesAgree(t *testing.T) {
	var rules []Rule
	for _, pol := range []*Policy{DefaultPolicy(), PortalPolicy(), SinaPolicy(), GenericPolicy()} {
		for _, r := range pol.rules {
			if r.kind == ruleText && r.re != nil {
				rules = append(rules, r)
			}
		}
	}
	split := 0
	for _, r := range rules {
		if r.branches != nil {
			split++
		}
	}
	require.NotZero(t, split, "no rule runs its alternatives apart")
	texts := []string{"免责声明：内容不构成投资建议。", "声明：数据宝所有资讯内容不构成投资建议", "本报声明：内容不构成投资建议",
		"本文仅代表作者个人观点，不代表本站立场。", "未经许可，不得转载。", "本文为作者上传并发布，仅代表作者观点。",
		"更多内容，点击下方关注", "关注它，看新鲜热辣的财经讯息", "欢迎读者继续关注我们的后续报道。", "扫描下方二维码关注苹果汇官方微信"}
	var inputs []string
	for _, pattern := range []string{"testdata/golden/*/input.*", "testdata/pages/heldout*/*.html",
		filepath.Join(corpusDirOrEmpty(), "hexo-*", "*.md"), filepath.Join(corpusDirOrEmpty(), "html", "*.html")} {
		found, _ := filepath.Glob(pattern)
		inputs = append(inputs, found...)
	}
	for _, path := range inputs {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := Parse(bytes.NewReader(src), WithRemovals())
		if err != nil {
			require.NotErrorIs(t, err, ErrInternal, "%s: %+v", path, err)
			continue
		}
		for _, p := range doc.Paragraphs {
			texts = append(texts, p.Text)
		}
		for _, r := range doc.Removed {
			texts = append(texts, r.Text)
		}
	}
	for _, r := range rules {
		for _, s := range texts {
			if r.needs != nil && !r.needs.in(s) {
				continue
			}
			if want := r.re.MatchString(s) && (r.max == 0 || utf8.RuneCountInString(s) <= r.max); want != r.matchText(s) {
				t.Errorf("rule %s on %q: the pattern says %v", r.Name, s, want)
			}
		}
	}
}

// corpusDirOrEmpty is corpusDir for a test that also runs without the
// corpus: "" when there is none.
func corpusDirOrEmpty() string {
	if dir := os.Getenv("NEWSDOC_CORPUS"); dir != "" {
		return dir
	}
	if dir := filepath.Join("..", "shared", "corpus"); exists(dir) {
		return dir
	}
	return ""
}

// TestTopLevel: a pattern splits at the | outside groups and classes, and
// a flag group holds for the alternatives after it.
func TestTopLevel(t *testing.T) {
	assert.Equal(t, []string{"a", "[|]b", "(c|d)", `\|e`, "[]|]f", "[[:alpha:]|]g"}, topLevel(`a|[|]b|(c|d)|\|e|[]|]f|[[:alpha:]|]g`))
	assert.Equal(t, []string{"x"}, topLevel("x"))
	assert.Equal(t, "(?s)", flagGroups("(?s)^.*(?:a|b)"))
	assert.Empty(t, flagGroups("(?:a|b)(?P<n>c)"))
	for _, tc := range []struct {
		re   string
		text string
	}{
		{`^(?:a.|(?s)b.|c.)$`, "c\n"}, // (?s) holds for c. too
		{`^(?:a.|(?s)b.|c.)$`, "a\n"},
		{`(?i)^(?:ab|cd)$`, "CD"},
		{`^(?:x)|(?:y)$`, "x1"},
		{`^(?:[^。]*关注|更多)$`, "更多"},
	} {
		re := regexp.MustCompile(tc.re)
		branches, _ := splitBranches(re)
		got := false
		for _, b := range branches {
			got = got || b.MatchString(tc.text)
		}
		if branches == nil {
			got = re.MatchString(tc.text)
		}
		assert.Equal(t, re.MatchString(tc.text), got, "%s on %q", tc.re, tc.text)
	}
}

// TestPOSIXPatterns: what is read from a rule's pattern to spare running
// it (the texts a match starts with, the most runes it spans, the head of
// the text it can lie in) is read as regexp.Compile reads the pattern; a
// pattern compiled with CompilePOSIX, whose ^ and $ also match at line
// breaks, still matches a line of a paragraph.
func TestPOSIXPatterns(t *testing.T) {
	pol := NewPolicy().Add(
		DropTail("tail", regexp.MustCompilePOSIX(`^预览时标签不可点$`), 12),
		DropParagraphs("line", regexp.MustCompilePOSIX(`^免责声明$`)),
	)
	body := strings.Repeat("正文", 20)
	doc, err := Parse(strings.NewReader("<p>"+body+"。<br>预览时标签不可点</p><p>阅读原文</p><p>"+body+"。<br>免责声明</p><p>"+body+"。</p>"),
		WithPolicy(pol), WithRemovals())
	require.NoError(t, err)
	var rules []string
	for _, r := range doc.Removed {
		rules = append(rules, r.Rule)
	}
	assert.Equal(t, []string{"tail", "tail", "line"}, rules)
	require.Len(t, doc.Paragraphs, 1)
	assert.Equal(t, body+"。", doc.Paragraphs[0].Text)
}

// TestDropTagsByAtom: a DropTags rule drops an element of HTML's (its name
// an atom) and one of a name of its own, and where two rules name the same
// tag the first one does.
func TestDropTagsByAtom(t *testing.T) {
	pol := NewPolicy().Add(DropTags("first", "aside", "mip-ad"), DropTags("second", "aside", "nav", "x-promo"))
	doc, err := Parse(strings.NewReader(`<p>正文一</p><aside>侧栏</aside><mip-ad>广告</mip-ad><nav>导航</nav><x-promo>推广</x-promo><p>正文二</p>`),
		WithInput(InputBody), WithPolicy(pol), WithRemovals())
	require.NoError(t, err)
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, p.Text)
	}
	assert.Equal(t, []string{"正文一", "正文二"}, texts)
	dropped := map[string]string{}
	for _, r := range doc.Removed {
		dropped[r.Text] = r.Rule
	}
	assert.Equal(t, map[string]string{"侧栏": "first", "广告": "first", "导航": "second", "推广": "second"}, dropped)
	// The bits read before the map hold every atom of the map, and leave
	// out the elements of most text.
	ix := &DefaultPolicy().ix
	for a := range ix.tagAtoms {
		assert.True(t, ix.tagAtomBits.may(a), "%s", a)
	}
	for _, a := range []atom.Atom{atom.P, atom.Span, atom.Div, atom.Img, atom.A, atom.Strong, atom.Br, atom.Font} {
		assert.False(t, ix.tagAtomBits.may(a), "%s", a)
	}
}
