package newsdoc

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdoc/newsdoc/internal/evaluate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extractionOf is what the page scores read of a Document: the title, the
// date, the authors, and every paragraph's text and caption, one a line.
// _benchmark/systems.go maps a Document the same way for the comparison
// with the peers.
func extractionOf(doc *Document) evaluate.Extraction {
	var lines []string
	for _, p := range doc.Paragraphs {
		if p.Caption != "" {
			lines = append(lines, p.Caption)
		}
		if p.Text != "" {
			lines = append(lines, p.Number+p.Text) // a heading or item with its number, as printed
		}
	}
	authors := slices.Clone(doc.Credits.Authors)
	for _, o := range doc.Credits.Others {
		if evaluate.AuthorRole(o.Label) {
			authors = append(authors, o.Name) // 本站讯（职工通讯员 李琴雯 刘会）: the gold counts correspondents
		}
	}
	return evaluate.Extraction{Title: doc.Title, Date: doc.Meta.Date, Authors: authors, Text: strings.Join(lines, "\n")}
}

// pageFloor is what a split of the page gold must reach. The goal is 0.95
// on every measure and 0.98 for body F1, on every split; a held-out split
// below it has a floor at its last measured figures (see the closing
// notes of the issues), so that no change makes it worse unseen.
type pageFloor struct {
	bodyF1, in, out, title, date, authors float64
}

var pageFloors = map[string]pageFloor{
	evaluate.SplitDev:      {bodyF1: 0.98, in: 0.98, out: 0.98, title: 0.98, date: 1.00, authors: 0.90},
	evaluate.SplitHeldout:  {bodyF1: 0.98, in: 0.99, out: 0.97, title: 1.00, date: 1.00, authors: 1.00},
	evaluate.SplitHeldout2: {bodyF1: 0.98, in: 0.98, out: 1.00, title: 1.00, date: 0.90, authors: 1.00},
	// Measured untouched: body F1 0.985, in 0.920, out 0.915, title 0.900,
	// date 0.900, authors 0.111.
	evaluate.SplitHeldout3: {bodyF1: 0.98, in: 0.96, out: 0.95, title: 0.90, date: 0.90, authors: 0.88},
	// Three pages, measured untouched at body F1 1.000, in 1.000, out 1.000,
	// title 1.000, date 0.667, authors 0.500 (see testdata/pages/README.md).
	evaluate.SplitHeldout4: {bodyF1: 1.00, in: 1.00, out: 1.00, title: 1.00, date: 0.66, authors: 1.00},
	// Five pages, measured untouched at body F1 0.994, in 0.960, out 0.960,
	// title 1.000, date 1.000, authors 0.600.
	evaluate.SplitHeldout5: {bodyF1: 0.99, in: 0.96, out: 1.00, title: 1.00, date: 1.00, authors: 1.00},
	// heldout6: measured untouched at body F1 0.990, in 0.967, out 1.000,
	// title 1.000, date 1.000, authors 0.500 (commit 0a3a757).
	evaluate.SplitHeldout6: {bodyF1: 0.99, in: 1.00, out: 1.00, title: 1.00, date: 1.00, authors: 1.00},
	// heldout7: five pages of five more sites (rfi, sspai, 021news,
	// mydrivers, cmse), measured untouched at body F1 0.997, in 1.000, out
	// 1.000, title 1.000, date 1.000, authors 1.000 (commit 4175fe3).
	evaluate.SplitHeldout7: {bodyF1: 0.99, in: 1.00, out: 1.00, title: 1.00, date: 1.00, authors: 1.00},
	// heldout8: three pages of three more sites (caijing, digitimes,
	// 1905), measured untouched at body F1 0.999, in 1.000, out 1.000,
	// title 1.000, date 1.000, authors 1.000 (commit 022c92b).
	evaluate.SplitHeldout8: {bodyF1: 0.99, in: 1.00, out: 1.00, title: 1.00, date: 1.00, authors: 1.00},
}

// pageDetail makes TestPageScores log each page's figures: body F1, the
// snippets missed and leaked, and whether title, date and authors are
// right (go test -run TestPageScores -v -pagedetail).
var pageDetail = flag.Bool("pagedetail", false, "log the scores of every page")

// TestPageScores parses every page with gold (the shared corpus's pages
// with the peers' expected outputs, and testdata/pages with hand gold)
// and scores the extraction: body F1, snippets in and out, title, date,
// authors. No page may fail or come out garbled; each split must reach
// its floor. The development pages are those the rules were written on;
// the held-out ones are of sites no rule names, their gold made before
// any tuning.
func TestPageScores(t *testing.T) {
	golds, err := evaluate.LoadGold(filepath.Join(corpusDir(t), "html"), filepath.Join("testdata", "pages"))
	require.NoError(t, err)
	require.NotEmpty(t, golds)
	var scores []evaluate.PageScore
	splits := map[string]bool{}
	for _, g := range golds {
		splits[g.Split] = true
		src, err := os.ReadFile(g.Path)
		require.NoError(t, err)
		var opts []Option
		if u := g.BaseURL(); u != "" {
			opts = append(opts, WithBaseURL(u))
		}
		doc, err := Parse(bytes.NewReader(src), opts...)
		if !assert.NoError(t, err, "%s/%s", g.Dir, g.Page) {
			continue
		}
		s := evaluate.Score(g, extractionOf(doc))
		if *pageDetail {
			right := func(m evaluate.Measure) string {
				switch {
				case !m.Applies:
					return "-"
				case m.Value == 1:
					return "ok"
				}
				return "WRONG"
			}
			t.Logf("%-8s %s: body F1 %.3f (P %.3f R %.3f), title %s, date %s, authors %s %q, missed %q, leaked %q",
				g.Split, g.Page, s.Body.Value, s.BodyPrecision, s.BodyRecall, right(s.Title), right(s.Date), right(s.Authors),
				doc.Credits.Authors, s.Missed, s.Leaked)
		}
		assert.False(t, s.Garbled, "%s/%s comes out garbled", g.Dir, g.Page)
		scores = append(scores, s)
	}
	for _, split := range splitOrder(splits) {
		s := evaluate.Summarize(split, scores)
		if s.Pages == 0 {
			continue
		}
		share := func(hit, n int) float64 {
			if n == 0 {
				return 1
			}
			return float64(hit) / float64(n)
		}
		in, out := share(s.InFound, s.InTotal), share(s.OutKept, s.OutTotal)
		title, date, authors := share(s.TitleRight, s.TitleN), share(s.DateRight, s.DateN), share(s.AuthorsRight, s.AuthorsN)
		t.Logf("%-8s %2d pages: body F1 %.3f, in %.3f, out %.3f, title %.3f, date %.3f (day %.3f), authors %.3f",
			split, s.Pages, s.BodyF1, in, out, title, date, share(s.DateDayRight, s.DateN), authors)
		f, ok := pageFloors[split]
		what := fmt.Sprintf("split %s", split)
		assert.True(t, ok, "%s has no floors: measure it untouched and set them", what)
		assert.Zero(t, s.Failed, what)
		assert.Zero(t, s.Garbled, what)
		assert.GreaterOrEqual(t, s.BodyF1, f.bodyF1, "%s: body F1", what)
		assert.GreaterOrEqual(t, in, f.in, "%s: snippets in", what)
		assert.GreaterOrEqual(t, out, f.out, "%s: snippets out", what)
		assert.GreaterOrEqual(t, title, f.title, "%s: titles", what)
		assert.GreaterOrEqual(t, date, f.date, "%s: dates", what)
		assert.GreaterOrEqual(t, authors, f.authors, "%s: authors", what)
	}
}

// testPage is a full page with the given article paragraphs (HTML) in
// div.article, a navigation bar before it and what follows after it.
func testPage(article, after string) string {
	return `<!DOCTYPE html><html><head><title>测试新闻标题_测试网</title></head><body>` +
		`<div class="nav"><a href="/">首页</a> <a href="/a">国内</a> <a href="/b">国际</a></div>` +
		`<h1>测试新闻标题</h1><div class="article">` + article + `</div>` + after + `</body></html>`
}

// testArticle is the text of a test article: paragraphs of sentences.
var testArticle = []string{
	"监管方从年初就在酝酿针对数据公司的整顿清理，这次应该是大动作，多家公司的负责人已被带走调查。",
	"大数据对于现金贷而言是命门，没有了数据做支撑，他们就无法放贷，整个行业因此受到很大的影响。",
	"每个数据源的价格在几毛钱到几块钱不等，最终算下来一个借款用户的数据成本普遍在两元到十元之间。",
	"转型之路，道阻且长。在严厉的表态下，可以预见的是，第三方数据行业的整顿仍将持续一段时间。",
}

func articleHTML() string {
	var b strings.Builder
	for _, p := range testArticle {
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

func removalsBy(doc *Document, rule string) []string {
	var out []string
	for _, r := range doc.Removed {
		if r.Rule == rule {
			out = append(out, r.Text)
		}
	}
	return out
}

// TestPageClosingCredits: a credit line just after the article, outside
// its container, is read into the credits and dropped under the credits
// rule; a line with no label there gives no name.
func TestPageClosingCredits(t *testing.T) {
	page := testPage(articleHTML(), `<div class="info">责任编辑：张珺</div><div class="x">【熱門點閱】</div><div>校对：刘威</div>`)
	doc, err := Parse(strings.NewReader(page), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, []string{"张珺"}, doc.Credits.ResponsibleEditors)
	assert.Equal(t, []Credit{{Label: "校对", Name: "刘威"}}, doc.Credits.Others)
	assert.Empty(t, doc.Credits.Authors)
	assert.Subset(t, removalsBy(doc, "credits"), []string{"责任编辑：张珺", "校对：刘威"})
	assert.Equal(t, testArticle, paraTextsOf(doc))
}

// TestPageFurnitureImages: icons, logos, a pager's or slideshow's
// controls and a plugin's spinner and star are dropped under
// page-furniture-image; pictures stay.
func TestPageFurnitureImages(t *testing.T) {
	imgs := `<p><img src="https://img.example.com/2020/0901/a8f3c2.jpg"></p>` +
		`<p><img src="/img/next_page.jpg"></p><p><img src="_system_images/dot1.png"></p>` +
		`<p><img src="https://x.example.com/a/204c4338size1_w16_h16.png"></p>` +
		`<p><img class="icon" src="https://s.example.com/css/img/end_news.png" alt="杜硕" width="13" height="12"></p>` +
		`<p><img src="https://img.example.com/pic/content_logo.png"></p><p><img src="/images/enlarge.gif" alt="放大圖片"></p>` +
		`<p><img src="//mat1.example.com/img/favicon.ico"></p>` +
		`<p><img src="https://m.example.com/plugins/fav/img/star.png?x1" alt="Favorite"><img src="https://m.example.com/plugins/fav/img/loading.gif" alt="Loading"></p>` +
		`<p><img class="rich_pages img_loading" src="data:image/gif;base64,R0lGOD" data-src="https://mmbiz.example.com/abc/640?wx_fmt=jpeg"></p>`
	doc, err := Parse(strings.NewReader(testPage(articleHTML()+imgs, "")), WithRemovals())
	require.NoError(t, err)
	var srcs []string
	for _, p := range doc.Paragraphs {
		if p.Kind == KindImage {
			srcs = append(srcs, p.Image.Src)
		}
	}
	assert.Equal(t, []string{"https://img.example.com/2020/0901/a8f3c2.jpg", "https://mmbiz.example.com/abc/640?wx_fmt=jpeg"}, srcs)
	assert.Len(t, removalsBy(doc, "page-furniture-image"), 9)
}

// TestPageNavLink: a link back to the site that ends a paragraph is cut
// under nav-link; the paragraph keeps its text.
func TestPageNavLink(t *testing.T) {
	last := testArticle[len(testArticle)-1]
	article := strings.Replace(articleHTML(), last+"</p>", last+`<a href="http://www.sohu.com/?from=x">返回搜狐，查看更多</a></p>`, 1)
	doc, err := Parse(strings.NewReader(testPage(article, "")), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, testArticle, paraTextsOf(doc))
	assert.Equal(t, []string{"返回搜狐，查看更多"}, removalsBy(doc, "nav-link"))
}

// TestPageSummaryBox: a summary box that opens the article and that the
// article restates is dropped under summary-box; one that says more
// stays.
func TestPageSummaryBox(t *testing.T) {
	box := `<p>划重点：</p><ol><li>监管方从年初就在酝酿针对数据公司的整顿清理，这次应该是大动作。</li>` +
		`<li>大数据对于现金贷而言是命门，没有了数据做支撑，他们就无法放贷。</li></ol>`
	doc, err := Parse(strings.NewReader(testPage(box+articleHTML(), "")), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, testArticle, paraTextsOf(doc))
	assert.Len(t, removalsBy(doc, "summary-box"), 3)

	intro := `<div class="introduction">国庆长假期间，全市共接待游客八百万人次，旅游收入同比增长两成，创下历史新高。</div>`
	doc, err = Parse(strings.NewReader(testPage(intro+articleHTML(), "")), WithRemovals())
	require.NoError(t, err)
	assert.Empty(t, removalsBy(doc, "summary-box"))
	assert.Len(t, paraTextsOf(doc), len(testArticle)+1)
}

// TestNoticeAndWidgetRules: the paragraph rules for suicide-prevention
// notices, editors' end marks and widgets' labels drop whole paragraphs
// only.
func TestNoticeAndWidgetRules(t *testing.T) {
	cases := []struct {
		text, rule string
	}{
		{"《蘋果》關心你\n自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。\n自殺防治諮詢安心專線：0800-788995（24小時）\n生命線協談專線：1995", "suicide-notice"},
		{"●《ETNEWS新聞雲》提醒您，請給自己機會：\n自殺防治諮詢安心專線：0800-788995；\n生命線協談專線：1995", "suicide-notice"},
		{"（節錄）", "end-mark"},
		{"（完）", "end-mark"},
		{"- THE END -", "end-mark"}, // pages heldout7 mydrivers
		{"—END—", "end-mark"},
		{"下載法廣應用程序跟蹤國際時事", "app-promo"}, // pages heldout7 rfi
		{"扫一扫在手机打开当前页", "page-widget"},  // sections heldout15 gov-plain-xinjiang (a government site's widget)
		{"-3-", "page-number"},          // sections heldout14 rule-plain-cccc (a PDF copy)
		{"第 3 页 共 12 页", "page-number"},
		{"+1", "page-widget"},
		{"图集", "page-widget"},
		{"转播到腾讯微博", "page-widget"},
		{"相关资讯请关注:逆水寒专区", "app-promo"},
		{"想生活更精明，請讚好TOPick Facebook", "app-promo"},
		{"更多内容，点击下方关注", "app-promo"},    // a WeChat footer (heldout2 wechat-cubox-latepost)
		{"关注它，看新鲜热辣的财经讯息", "app-promo"}, // heldout3 wechat-yancaijing
		{"喜欢这篇文章？去 App 商店搜 好奇心日报，每天看点不一样的。", "app-promo"}, // pages heldout3 qdaily
		{"↓点击下方图片购买卢克文新书《风云录二〇二二》↓ 卢克文的店", "app-promo"},   // heldout3 wechat-lukewen
		{"相关日志", "list-header"},
		{"大家都在看", "list-header"},                  // sections heldout10 news-md-sanlian
		{"点点 在看，做自己生活的大甲方👇", "app-promo"},         // sections heldout7 wechat-knowyourself
		{"*公众号懒人搜索 | 点击跳转专题 | 欢迎订阅", "app-promo"}, // sections heldout7 wechat-lanren
		{"本期更多精彩", "list-header"},                 // sections heldout6 wechat-sanlian
		{"返回列表页", "list-header"},                  // sections heldout6 wechat-sanlian
		{"猜妳喜歡", "list-header"},                   // pages heldout5 mamaclub
		{"這篇文章對您是否有幫助？", "feedback-widget"},       // pages heldout5 mamaclub
		{"感謝您提供寶貴的意見！", "feedback-widget"},
		{"[SURVEY-Y]%有幫助", "feedback-widget"},
		{"顶一下", "feedback-widget"}, // pages heldout6 cnbeta
		{"踩(12)", "feedback-widget"},
		{"观看更多精彩视频", "list-header"}, // sections heldout13 wechat-geekpark
		{"预览时标签不可点", "wechat-tail"},
		{"轻触阅读原文", "wechat-ui"},
		{"，轻点两下取消在看", "wechat-ui"},
		{"微信扫一扫可打开此内容，", "wechat-ui"},
	}
	for _, c := range cases {
		body := "<p>" + strings.ReplaceAll(c.text, "\n", "<br>") + "</p><p>" + creditBodySentence + "</p>"
		doc, err := Parse(strings.NewReader(body), WithInput(InputBody), WithRemovals())
		require.NoError(t, err)
		assert.Equal(t, []string{creditBodySentence}, paraTextsOf(doc), "%q", c.text)
		// A removal's text is the paragraph's text without its line breaks.
		assert.Equal(t, []string{strings.ReplaceAll(c.text, "\n", "")}, removalsBy(doc, c.rule), "%q", c.text)
	}
	for _, text := range []string{
		"他因工作壓力輕生未遂，家人呼籲社會重視心理健康，並感謝醫護人員的救治。",
		"全文完成后，作者又修改了三次。",
		"（完）本报记者在现场看到，工人们仍在忙碌。",
		"用户点击下方按钮进入支付页面后，系统会再次核对身份。",
		"欢迎读者继续关注我们的后续报道。",
		"顶一下，再顶一下，球队终于守住了比分。",
		"用户下载该应用程序后，可在首页查看当日的空气质量。",
		"END",
	} {
		doc, err := Parse(strings.NewReader("<p>"+text+"</p>"), WithInput(InputBody), WithRemovals())
		require.NoError(t, err)
		assert.Equal(t, []string{text}, paraTextsOf(doc), "%q", text)
	}
}

// TestStripSiteName: the site's name goes, the headline stays, whichever
// way a <title> sets them.
func TestStripSiteName(t *testing.T) {
	for title, want := range map[string]string{
		"22部门联合发文打击非法社会组织_新浪财经_新浪网":           "22部门联合发文打击非法社会组织",
		"北京狂风暴雨突至 局地小时雨量达暴雨级别-中新网":            "北京狂风暴雨突至 局地小时雨量达暴雨级别",
		"成報新聞(美國擴「潔淨網絡」中國不可信程式須下架 限制華企雲端服務 )": "美國擴「潔淨網絡」中國不可信程式須下架 限制華企雲端服務",
		"新闻(图)": "新闻(图)", // a short headline with a bracket of its own
		// White space before the headline once moved the cuts off their
		// separators (a panic): titles Parse reads never open so.
		"\u3000一二三四||五": "一二三四",
		"\u3000北京狂风暴雨突至 局地小时雨量达暴雨级别-中新网": "北京狂风暴雨突至 局地小时雨量达暴雨级别",
	} {
		assert.Equal(t, want, stripSiteName(title, ""), title)
	}
}

// TestScriptDateValue reads the dates scripts set, and nothing else.
func TestScriptDateValue(t *testing.T) {
	for script, want := range map[string]string{
		`var DATA = {pubtime: "2019-09-07 19:02:26", title: "x"}`: "2019-09-07 19:02:26",
		`var ct = "1581517074"; var t = 1`:                        "1581517074",
		`{"publish_time":"2021-03-22T08:01:00"}`:                  "2021-03-22T08:01:00",
		`var act = "1581517074"; function select(){}`:             "",
		`x.ct=12; y = "2021-03-22 08:01"`:                         "",
	} {
		assert.Equal(t, want, string(scriptDateValue([]byte(script))), script)
	}
}

// TestPageHeadlineAndUpdate: a page whose <title> names only its column
// and whose <h1> is the site's logo takes the line above the article,
// past its date line, for its headline; a date labelled as an update is
// the modified time, not the publication's; reporters named by the
// description's wire dateline are the authors where the page shows none.
func TestPageHeadlineAndUpdate(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>新闻动态-中国地理学会</title>` +
		`<meta name="description" content="（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火。">` +
		`<meta itemprop="datePublished" content="2016/03/19 08:15"></head><body>` +
		`<h1><a href="/">中国地理学会</a></h1><div class="nav"><a href="/">首页</a> <a href="/a">新闻动态</a></div>` +
		`<h5>2019年中国人文地理学术年会在重庆成功举行！</h5><div>最新更新：2016/03/19 10:48</div>` +
		`<div class="article">` + articleHTML() + `</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "2019年中国人文地理学术年会在重庆成功举行！", doc.Title)
	assert.Equal(t, "2016-03-19T08:15:00+08:00", doc.Meta.Date.Format(time.RFC3339))
	assert.Equal(t, "2016-03-19T10:48:00+08:00", doc.Meta.Modified.Format(time.RFC3339))
	assert.Equal(t, []string{"邱俊欽"}, doc.Credits.Authors)
	assert.Equal(t, testArticle, paraTextsOf(doc))

	// Without the published time, the update is the nearest date the page
	// gives: Date takes it, and Modified holds it too.
	doc, err = Parse(strings.NewReader(strings.Replace(page, `<meta itemprop="datePublished" content="2016/03/19 08:15">`, "", 1)))
	require.NoError(t, err)
	assert.Equal(t, "2016-03-19T10:48:00+08:00", doc.Meta.Date.Format(time.RFC3339))
	assert.Equal(t, "2016-03-19T10:48:00+08:00", doc.Meta.Modified.Format(time.RFC3339))
}

// TestNameOverRoleLine: a name alone on the line under the headline,
// over a reporter's label that names no one (関谷智 / 国際部記者), is the
// author, and neither line stays in the article.
func TestNameOverRoleLine(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>面臨半導體人才短缺 台灣開設職業訓練課程</title></head><body>` +
		`<h1>面臨半導體人才短缺 台灣開設職業訓練課程</h1><div>関谷智</div><div>国際部記者</div>` +
		`<div class="article">` + articleHTML() + `</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"関谷智"}, doc.Credits.Authors)
	assert.Equal(t, testArticle, paraTextsOf(doc))
}

// TestDateAboveHeadline: a line that is only a date, right above the
// headline, is the page's date, and no part of the article.
func TestDateAboveHeadline(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>新竹尖石_美樹營地賞楓 (2)</title></head><body>` +
		`<ul><li>Dec 28 Sat 2013 00:28</li></ul><h2>新竹尖石_美樹營地賞楓 (2)</h2>` +
		`<div class="article">` + articleHTML() + `</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "2013-12-28T00:28:00+08:00", doc.Meta.Date.Format(time.RFC3339))
	assert.Equal(t, testArticle, paraTextsOf(doc))
}

// TestAltCaption: an image with no caption takes an alt text that reads
// as one; not a plain alt, and not where the page prints its own caption
// under the image.
func TestAltCaption(t *testing.T) {
	captions := func(body string) []string {
		doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
		require.NoError(t, err)
		var out []string
		for _, p := range doc.Paragraphs {
			if p.Kind == KindImage {
				out = append(out, p.Image.Caption)
			}
		}
		return out
	}
	assert.Equal(t, []string{"紅磡街市：昨日重開的紅磡街市已現鼠蹤。（李華輝攝）", "", ""},
		captions(`<p><img src="a.jpg" alt="紅磡街市：昨日重開的紅磡街市已現鼠蹤。（李華輝攝）"></p><p>`+creditBodySentence+`</p>`+
			`<p><img src="b.jpg" alt="紅磡街市"></p><p>`+creditBodySentence+`</p>`+
			`<p><img src="c.jpg" alt="▲台南市警永康分局指出，實無此事。（圖／記者林悅翻攝）"></p><p>▲台南市永康分局報請檢察官相驗。（圖／記者林悅翻攝）</p>`))
}

// TestSentFrom: a byline of a reporter and the place the report is sent
// from names the reporter; a sentence does not.
func TestSentFrom(t *testing.T) {
	for s, want := range map[string]string{"李明 发自 北京": "李明", "王小丽發自台北": "王小丽", "消息发自北京": "", "这封信发自北京，寄到上海。": ""} {
		got, _ := sentFrom(s)
		assert.Equal(t, want, got, s)
	}
}

// TestMetaByline: a page's declared byline (<meta name="byl">) names the
// authors where the page gives none otherwise; a meta author does not,
// as many sites put there the editor who posted the page.
func TestMetaByline(t *testing.T) {
	page := func(meta string) string {
		return `<!DOCTYPE html><html><head><title>测试新闻标题_测试网</title>` + meta + `</head><body><h1>测试新闻标题</h1>` +
			`<div class="article">` + articleHTML() + `</div></body></html>`
	}
	doc, err := Parse(strings.NewReader(page(`<meta name="byl" content="By TRIPP MICKLE and 张三">`)))
	require.NoError(t, err)
	assert.Equal(t, []string{"TRIPP MICKLE", "张三"}, doc.Credits.Authors)
	doc, err = Parse(strings.NewReader(page(`<meta name="author" content="马娟">`)))
	require.NoError(t, err)
	assert.Empty(t, doc.Credits.Authors)
	assert.Equal(t, "马娟", doc.Meta.Author)
}

// TestRelAuthor: a page whose byline names nobody takes its author from
// the link the HTML marks as the author's (<a rel="author">), not from a
// <link rel="author"> or an empty link.
func TestRelAuthor(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>测试新闻标题_测试网</title><link rel="author" href="https://plus.google.com/1"></head><body>` +
		`<div class="article"><h1>测试新闻标题</h1><span class="author"><a href="/author/xifeng" rel="author">` + "\n  " + `<span>西风</span></a></span>` +
		`<p>` + creditBodySentence + `</p><p>` + creditBodySentence + `</p></div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"西风"}, doc.Credits.Authors)

	empty := strings.Replace(strings.Replace(page, "<span>西风</span>", `<img src="a.png">`, 1), "<p>"+creditBodySentence, "<p>张伟</p><p>"+creditBodySentence, 1)
	doc, err = Parse(strings.NewReader(empty))
	require.NoError(t, err)
	assert.Empty(t, doc.Credits.Authors, "a link with no text gives no author")
}

// TestLeadPhoto: a captioned photo between the headline and the article's
// container is the article's lead photo and stays; a QR code's short line
// there does not.
func TestLeadPhoto(t *testing.T) {
	long := "<p>这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情，记者在现场看到了许多细节。</p>"
	page := `<!DOCTYPE html><html><head><title>测试新闻标题_测试网</title></head><body>` +
		`<div class="nav"><a href="/">首页</a> <a href="/a">国内</a> <a href="/b">国际</a></div>` +
		`<h1>测试新闻标题</h1><div class="photo"><img src="/a.jpg"><p>台中市一名女子从五楼坠落身亡。</p></div>` +
		`<div class="qr"><img src="/qr.jpg"><p>关注测试网</p></div>` +
		`<div class="article-content">` + long + long + long + long + `</div><div class="footer">Copyright © 测试网</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	texts := paraTextsOf(doc)
	assert.Contains(t, texts, "台中市一名女子从五楼坠落身亡。")
	assert.NotContains(t, texts, "关注测试网")

	// A slideshow's item, the image and a sentence under it, is the lead
	// photo; an author's avatar with the name and title is not.
	for _, c := range []struct {
		item string
		kept bool
	}{
		{`<ul class="slides"><li><a href="/b.jpg"><img src="/b.jpg"></a><div class="slideTitle">香港航空宣布，昨日延誤的4班航班將改為今日出發。（港台圖片）</div></li></ul>`, true},
		{`<ul class="author"><li><img src="/avatar.png" width="45"><p><a href="/wangwen">王文</a><span>中国人民大学重阳金融研究院执行院长</span></p></li></ul>`, false},
	} {
		page := strings.Replace(page, `<div class="photo"><img src="/a.jpg"><p>台中市一名女子从五楼坠落身亡。</p></div>`, c.item, 1)
		doc, err := Parse(strings.NewReader(page))
		require.NoError(t, err)
		caption := "香港航空宣布，昨日延誤的4班航班將改為今日出發。（港台圖片）"
		if !c.kept {
			caption = "王文中国人民大学重阳金融研究院执行院长"
		}
		assert.Equal(t, c.kept, slices.Contains(paraTextsOf(doc), caption), c.item)
	}
}

// TestLede: the article's first paragraph set between the headline and
// the article's container is kept; a promo with a link there is not.
func TestLede(t *testing.T) {
	body := []string{
		"近日紅磡街市及土瓜灣街市均出現確診個案，需暫停營運大清洗，兩街市停市三天後昨早重開，本報記者到紅磡街市視察，發現人流不多。",
		"重開首日營業的檔舖不多，只有數海鮮檔及乾貨店，不少市民購物後趕快離開，並即時消毒全身，亦有檔主指生意大跌一半，情況令人擔憂。",
		"議員斥食物環境衞生署工作疏懶，擔心街市成播毒溫床，各區街市疫情隨時大爆發，要求當局加強清潔及滅鼠工作，以免疫情擴散至其他地區。",
		"食環署回應指，已安排承辦商加密清潔次數，並會繼續密切留意街市的衞生情況，如有需要會採取進一步行動，呼籲市民保持個人衞生。",
	}
	article := "<p>" + strings.Join(body, "</p><p>") + "</p>"
	lede := "大鼠戊肝和新冠肺炎夾擊，家庭主婦到街市買餸高危，隨時連菜帶毒回家傳家人！出現多宗確診個案的紅磡及土瓜灣街市停市三日大清洗後昨重開，但衞生環境仍然嚇人。"
	for _, c := range []struct {
		above, text string
		kept        bool
	}{
		{`<div class="leadin"><p>` + lede + `</p></div>`, lede, true},
		{`<div class="promo"><p>一张榜单尽显中国经济的大事与大势！十大经济年度人物评选火热进行中！<a href="/vote">【点击投票】</a>Pick你心目中的商业领袖</p></div>`,
			"一张榜单尽显中国经济的大事与大势！十大经济年度人物评选火热进行中！【点击投票】Pick你心目中的商业领袖", false},
	} {
		page := `<!DOCTYPE html><html><head><title>街市重開 鼠患不改_東方日報</title></head><body>` +
			`<div class="nav"><a href="/">首頁</a> <a href="/a">港聞</a></div><h1>街市重開 鼠患不改</h1>` + c.above +
			`<div class="article-content">` + article + `</div><div class="footer">Copyright © 東方日報</div></body></html>`
		doc, err := Parse(strings.NewReader(page))
		require.NoError(t, err)
		assert.Equal(t, c.kept, slices.Contains(paraTextsOf(doc), c.text), c.above)
		assert.Contains(t, paraTextsOf(doc), body[3], c.above)
	}
	// Four paragraphs of a lede: the three nearest the article are kept.
	ledes := []string{
		"大鼠戊肝和新冠肺炎夾擊，家庭主婦到街市買餸高危，隨時連菜帶毒回家傳家人，議員促請當局盡快處理衞生問題，記者連日走訪多個街市，發現情況大同小異。",
		"出現多宗確診個案的紅磡及土瓜灣街市停市三日大清洗後昨重開，但衞生環境仍然嚇人，恍如沒有清洗過一樣，記者連日走訪多個街市，發現情況大同小異。",
		"內臟和爛蔬果一地，更再有老鼠、曱甴，而沙田街市亦有類似情況，多隻老鼠入夜後出來開餐，檔主叫苦連天，記者連日走訪多個街市，發現情況大同小異。",
		"有市民表示以後不敢再到街市買菜，寧願多花錢到超級市場購物，亦有長者無奈表示別無選擇，只能繼續光顧，記者連日走訪多個街市，發現情況大同小異。",
	}
	page := `<!DOCTYPE html><html><head><title>街市重開 鼠患不改_東方日報</title></head><body>` +
		`<div class="nav"><a href="/">首頁</a> <a href="/a">港聞</a></div><h1>街市重開 鼠患不改</h1>` +
		`<div class="leadin"><p>` + strings.Join(ledes, "</p><p>") + `</p></div>` +
		`<div class="article-content">` + article + article + `</div><div class="footer">Copyright © 東方日報</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	texts := paraTextsOf(doc)
	if slices.Contains(texts, ledes[1]) { // the page's own container did not take them all
		assert.NotContains(t, texts, ledes[0], "at most maxLede paragraphs of a lede")
	}
	assert.Contains(t, texts, ledes[3])
}

// TestTitleAuthor: a person's name between the headline and the site's
// name in a <title> is the author; a column's or a channel's is not.
func TestTitleAuthor(t *testing.T) {
	for title, want := range map[string]string{
		"內地客經港轉機恢復 空服員憂播毒 - 紀曉風 - 信報網站 hkej.com": "紀曉風",
		"标题-张伟-某某网":      "张伟",
		"美联储加息_财经频道_新浪网": "",
		"标题 - 信報網站":      "",
		"标题 | 独眼香江 | 信报": "",
	} {
		assert.Equal(t, want, titleAuthor(title), title)
	}
}

// TestClassAuthor: with no other author, the first text of an element
// whose class or id names the author gives it when it is a Han name or an
// author's label; an editor's label there gives none.
func TestClassAuthor(t *testing.T) {
	body := `<p>` + creditBodySentence + `</p><p>` + creditBodySentence + `</p>`
	page := func(author string) string {
		return `<!DOCTYPE html><html><head><title>测试新闻标题_测试网</title></head><body><div class="article"><h1>测试新闻标题</h1>` +
			author + body + `</div></body></html>`
	}
	for html, want := range map[string][]string{
		`<div class="author"><span class="name">谢若含</span><span class="date">2017-03-01</span></div>`: {"谢若含"},
		`<p class="show_author">责任编辑：张申 </p>`:                                                         nil,
		`<div class="article-author">作者：王小明</div>`:                                                    {"王小明"},
		`<div class="meta"><span id="author_baidu">王帆</span></div>`:                                   {"王帆"},
	} {
		doc, err := Parse(strings.NewReader(page(html)))
		require.NoError(t, err)
		assert.Equal(t, want, doc.Credits.Authors, html)
	}
	// The source and the author in spans side by side, no space between:
	// the source holds no author's name.
	doc, err := Parse(strings.NewReader(page(`<div class="meta"><span class="pub_time">2023-06-15 08:10</span>` +
		`<span id="source_baidu">来源：中国新闻网</span><span id="author_baidu">王帆</span></div>`)))
	require.NoError(t, err)
	assert.Equal(t, []string{"王帆"}, doc.Credits.Authors)
	assert.Equal(t, "中国新闻网", doc.Credits.Source)
}

// TestSiteRootURL: a canonical or og:url that is only the site's root
// (as some pages set og:url) is no article's URL; the next one is taken.
func TestSiteRootURL(t *testing.T) {
	page := func(head string) string {
		return "<!DOCTYPE html><html><head><title>古北水镇推出文旅系列</title>" + head + "</head><body><h1>古北水镇推出文旅系列</h1>" +
			"<p>" + strings.Repeat("5月18日晚，古北水镇文旅融合系列活动正式启动，各方嘉宾共同点亮光之城。", 4) + "</p></body></html>"
	}
	for head, want := range map[string]string{
		`<meta property="og:url" content="http://www.china.com.cn/">`:                                                      "",
		`<meta property="og:url" content="http://www.china.com.cn">`:                                                       "",
		`<link rel="canonical" href="http://www.china.com.cn/"><meta property="og:url" content="http://a.cn/2024/x.html">`: "http://a.cn/2024/x.html",
		`<link rel="canonical" href="http://a.cn/?p=12">`:                                                                  "http://a.cn/?p=12",
		`<meta property="og:url" content="https://m.a.cn/#/detail?id=123">`:                                                "https://m.a.cn/#/detail?id=123",
	} {
		doc, err := Parse(strings.NewReader(page(head)), WithInput(InputPage))
		require.NoError(t, err)
		assert.Equal(t, want, doc.Meta.URL, head)
	}
}

// TestPageTagsNoByline: the story's tags listed under the byline
// (標籤： / 連戰 / 馬英九) name whom it is about, not who wrote it.
func TestPageTagsNoByline(t *testing.T) {
	page := `<html><head><title>昔笑談連勝文</title></head><body><article><h1>昔笑談連勝文、今尷尬迴避！　馬連會微妙</h1>` +
		`<div class="meta-data"><p>時間：2014/01/31 18:32</p><p>記者：邱婉柔</p>` +
		`<ul class="tags"><li>標籤：</li><li><a href="x">連戰</a></li><li><a href="y">馬英九</a></li></ul></div>` +
		`<div class="content"><p>大年初一，馬總統照往例總是會到國民黨榮譽主席連戰家走一趟，只不過今年氣氛有些微妙，這是一段很長的正文內容。</p>` +
		`<p>一前一後互相請來請去，馬總統照例初一向連戰請益，去年歷經政爭，這是一段很長的正文內容。</p></div></article></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"邱婉柔"}, doc.Credits.Authors)
}

// TestPageLeadPhotoHeadingCaption: a lead photo set between the headline
// and the article's container, its caption in a heading's element ending
// with the photographer's credit, is the article's, as text; the image's
// URL is PageSpeed's lazy one, not its placeholder.
func TestPageLeadPhotoHeadingCaption(t *testing.T) {
	body := `<p>青年占領立法院反服貿活動持續進行，學生代表林飛帆21日晚間召開記者會表示，他已經接到許多訊息。</p>` +
		`<p>學生的消息來源之一，可能是來自台北地檢署檢察官劉承武、警聲會會長陳明怡等人的說法。</p>`
	page := `<html><head><title>軍警強攻立院傳聞四起</title></head><body><h1>軍警強攻立院傳聞四起 總統府：不可能！</h1>` +
		`<div class="story_photo"><ul><li><a href="/p/1"><img pagespeed_lazy_src="http://img.example.com/a.jpg" src="http://img.example.com/1.gif"></a>` +
		`<h3 class="img_desc">反服貿學生代表林飛帆召開記者會表示將擴大抗爭。（記者林調遜／攝影）</h3></li></ul></div>` +
		`<div class="story_content">` + body + `</div></body></html>`
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	var kinds []string
	for _, p := range doc.Paragraphs {
		kinds = append(kinds, p.Kind.String())
	}
	require.Equal(t, []string{"image", "text", "text", "text"}, kinds)
	assert.Equal(t, "http://img.example.com/a.jpg", doc.Paragraphs[0].Image.Src)
	assert.Equal(t, "反服貿學生代表林飛帆召開記者會表示將擴大抗爭。（記者林調遜／攝影）", doc.Paragraphs[1].Text)
	assert.Empty(t, doc.Sections)
}

// TestScriptDateNamesEnd: scriptDateValue skips a name whose last letter
// is not e, d or t, so every name it knows must end so.
func TestScriptDateNamesEnd(t *testing.T) {
	for name := range scriptDateNames {
		assert.Contains(t, "edt", name[len(name)-1:], name)
	}
}

// TestWeChatTail: what follows WeChat's end mark on a copied page goes
// under wechat-tail, short line by short line, up to a sentence, which
// stays.
func TestWeChatTail(t *testing.T) {
	body := "<p>" + creditBodySentence + "</p><p>预览时标签不可点</p><p>阅读原文</p><p>安全内参</p><p>知道了</p><p>取消</p>" +
		"<p>允许</p><p>，</p><p>视频</p><p>小程序</p><p>赞</p><p>这一段是页面之后的正文。</p><p>在看</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, []string{creditBodySentence, "这一段是页面之后的正文。", "在看"}, paraTextsOf(doc))
	assert.Equal(t, []string{"预览时标签不可点", "阅读原文", "安全内参", "知道了", "取消", "允许", "，", "视频", "小程序", "赞"},
		removalsBy(doc, "wechat-tail"))
	var tail string
	for _, r := range DefaultPolicy().Rules() {
		if r.Name == "wechat-tail" {
			tail = r.String()
		}
	}
	assert.Contains(t, tail, "lines of text of at most 12 characters after them")

	// A credit line or a heading ends the run and stays (the credit line
	// is then read as credits); a policy may hold several DropTail rules.
	doc, err = Parse(strings.NewReader("<p>"+creditBodySentence+"</p><p>预览时标签不可点</p><p>取消</p><p>责任编辑：张三</p><p>允许</p>"+
		"<h2>第二篇</h2><p>允许</p>"), WithInput(InputBody), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, []string{"预览时标签不可点", "取消"}, removalsBy(doc, "wechat-tail"))
	assert.Equal(t, []string{"张三"}, doc.Credits.ResponsibleEditors)
	assert.Contains(t, paraTextsOf(doc), "第二篇")
	pol := DefaultPolicy().Add(DropTail("site-tail", regexp.MustCompile(`^本文结束$`), 8))
	require.NoError(t, pol.Err())
	doc, err = Parse(strings.NewReader("<p>"+creditBodySentence+"</p><p>本文结束</p><p>返回顶部</p>"), WithInput(InputBody), WithPolicy(pol), WithRemovals())
	require.NoError(t, err)
	assert.Equal(t, []string{"本文结束", "返回顶部"}, removalsBy(doc, "site-tail"))
}

// TestClosingLinks: after a page's article, a credit line whose name is a
// link is read; a bar of links (the site's footer) is not.
func TestClosingLinks(t *testing.T) {
	page := testPage(articleHTML(), `<p>作者：<a href="/author/1">欧阳振华</a></p>`+
		`<p><a href="/about">关于我们</a>|<a href="/map">网站地图</a>|<a href="/jobs">诚聘英才</a>|<a href="/contact">联系我们</a></p>`)
	doc, err := Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, []string{"欧阳振华"}, doc.Credits.Authors)
	assert.Empty(t, doc.Credits.Others)
}

// TestCentredCaptions: a short line centred right under a centred image is
// its caption, but not a byline, a line of a centred passage, or a bold
// line where bold centred lines elsewhere are subheads.
func TestCentredCaptions(t *testing.T) {
	img := `<p style="text-align:center"><img src="https://example.com/a.jpg"></p>`
	centred := func(s string) string { return `<p style="text-align:center">` + s + `</p>` }
	body := articleHTML() + img + centred("长征五号B运载火箭正在测试") + articleHTML()
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	var captions []string
	for _, p := range doc.Paragraphs {
		if p.Kind == KindImage {
			captions = append(captions, p.Image.Caption)
		}
	}
	assert.Equal(t, []string{"长征五号B运载火箭正在测试"}, captions)
	for _, c := range []struct{ body, line string }{
		{articleHTML() + img + centred("记者 张三 李四") + articleHTML(), ""},
		{articleHTML() + img + centred("这两间是民宿房间") + centred("一楼则是餐厅和厨房") + articleHTML(), "这两间是民宿房间"},
		{articleHTML() + centred("<b>第一个小标题在此</b>") + articleHTML() + img + centred("<b>坚持创新驱动发展</b>") + articleHTML() +
			centred("<b>第三个小标题在此</b>") + articleHTML(), "坚持创新驱动发展"},
	} {
		doc, err := Parse(strings.NewReader(c.body), WithInput(InputBody))
		require.NoError(t, err)
		for _, p := range doc.Paragraphs {
			if p.Kind == KindImage {
				assert.Empty(t, p.Image.Caption, c.body)
			}
		}
		if c.line != "" {
			assert.Contains(t, paraTextsOf(doc), c.line)
		}
	}
}
