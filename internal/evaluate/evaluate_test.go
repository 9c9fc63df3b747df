package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestFold(t *testing.T) {
	assert.Equal(t, "新华社GDP2022，增长", Fold(" 新华社\u3000ＧＤＰ２０２２\n，\t增\u00a0长\u200b "))
	assert.Equal(t, "café", Fold("cafe\u0301"), "NFC")
	assert.Equal(t, "（一）：“”", Fold("（一）：“”"), "full-width punctuation is kept")
	assert.Equal(t, "iPhone", Fold("iPhone"), "case is kept")
	assert.Equal(t, "约定无期限", foldName(" 《约定无期限》 "))
}

func TestTokens(t *testing.T) {
	assert.Equal(t, map[string]int{"新": 1, "华": 2, "2022": 1, "年": 1, "GDP": 1, "5": 1, "2": 1},
		Tokens("新华华 2022年ＧＤＰ，5.2%"))
	assert.Empty(t, Tokens("，。！ ——"))
	assert.Equal(t, map[string]int{"ab1": 1, "①": 1, "中": 1}, Tokens("ab1①中"))
}

func TestScoreSnippets(t *testing.T) {
	g := Gold{
		In:  []string{"一个约定，信守15年", "ＡＢＣ 新闻", "没有这句"},
		Out: []string{"ICP证010042号", "copyright (c) 2000", "   "},
	}
	s := Score(g, Extraction{Text: "一个约定，\n信守 15 年。\nABC新闻\ncopyright (c) 2000"})
	assert.True(t, s.In.Applies)
	assert.Equal(t, 2, s.In.Hit)
	assert.Equal(t, 3, s.In.Total)
	assert.InDelta(t, 2.0/3, s.In.Value, 1e-9)
	assert.Equal(t, []string{"没有这句"}, s.Missed)
	assert.Equal(t, 1, s.Out.Hit, "one of the two Out snippets is kept out; the blank one is not counted")
	assert.Equal(t, 2, s.Out.Total)
	assert.Equal(t, []string{"copyright (c) 2000"}, s.Leaked)

	s = Score(g, Extraction{Text: "Copyright (C) 2000"})
	assert.Equal(t, 0, s.In.Hit)
	assert.Equal(t, 2, s.Out.Hit, "case matters")

	s = Score(Gold{}, Extraction{Text: "x"})
	assert.False(t, s.In.Applies)
	assert.False(t, s.Out.Applies)
}

func TestScoreTitle(t *testing.T) {
	g := Gold{Title: "话剧《约定无期限》河北各市巡演结束 "}
	assert.Equal(t, check(true), Score(g, Extraction{Title: "话剧《约定无期限》 河北各市巡演结束。"}).Title)
	assert.Equal(t, check(true), Score(Gold{Title: "苹果发布新iPhone 11"}, Extraction{Title: "苹果发布新ｉＰｈｏｎｅ １１"}).Title)
	assert.Equal(t, check(false), Score(g, Extraction{Title: "话剧《约定无期限》河北各市巡演结束_新华网"}).Title)
	assert.Equal(t, check(false), Score(g, Extraction{}).Title)
	assert.False(t, Score(Gold{}, Extraction{Title: "x"}).Title.Applies)
}

func TestScoreDate(t *testing.T) {
	day := Gold{Date: "2021-03-22"}
	// 17:30 UTC on the 21st is 01:30 on the 22nd in UTC+8.
	assert.Equal(t, check(true), Score(day, Extraction{Date: time.Date(2021, 3, 21, 17, 30, 0, 0, time.UTC)}).Date)
	assert.Equal(t, check(true), Score(day, Extraction{Date: time.Date(2021, 3, 22, 0, 0, 0, 0, time.UTC)}).Date)
	assert.Equal(t, check(false), Score(day, Extraction{Date: time.Date(2021, 3, 22, 16, 0, 0, 0, time.UTC)}).Date, "00:00 on the 23rd in UTC+8")
	assert.Equal(t, check(false), Score(day, Extraction{}).Date)

	withTime := Gold{Date: "2021-03-22T08:01:00+08:00"}
	assert.Equal(t, check(true), Score(withTime, Extraction{Date: time.Date(2021, 3, 22, 0, 1, 59, 0, time.UTC)}).Date)
	assert.Equal(t, check(false), Score(withTime, Extraction{Date: time.Date(2021, 3, 22, 0, 2, 0, 0, time.UTC)}).Date)
	assert.Equal(t, check(false), Score(withTime, Extraction{Date: time.Date(2021, 3, 22, 8, 1, 0, 0, time.UTC)}).Date, "same clock, wrong zone")

	// A system that finds only the day (midnight UTC) misses a gold time
	// but is on the right day.
	s := Score(withTime, Extraction{Date: time.Date(2021, 3, 22, 0, 0, 0, 0, time.UTC)})
	assert.Equal(t, check(false), s.Date)
	assert.Equal(t, check(true), s.DateDay)
	s = Score(withTime, Extraction{Date: time.Date(2021, 3, 22, 16, 0, 0, 0, time.UTC)})
	assert.Equal(t, check(false), s.DateDay, "the 23rd in UTC+8")
	assert.Equal(t, check(false), Score(withTime, Extraction{}).DateDay)
	assert.Equal(t, check(true), Score(day, Extraction{Date: time.Date(2021, 3, 21, 17, 30, 0, 0, time.UTC)}).DateDay)

	noZone := Gold{Date: "2021-03-22 08:01"}
	assert.Equal(t, check(true), Score(noZone, Extraction{Date: time.Date(2021, 3, 22, 8, 1, 0, 0, cst)}).Date)

	assert.False(t, Score(Gold{}, Extraction{Date: time.Now()}).Date.Applies)
}

func TestParseGoldDate(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    time.Time
		hasTime bool
	}{
		{"2021-03-22", time.Date(2021, 3, 22, 0, 0, 0, 0, cst), false},
		{"2021-03-22T08:01:00+08:00", time.Date(2021, 3, 22, 0, 1, 0, 0, time.UTC), true},
		{"2021-03-22T00:01:00Z", time.Date(2021, 3, 22, 0, 1, 0, 0, time.UTC), true},
		{"2021-03-22 08:01:00", time.Date(2021, 3, 22, 0, 1, 0, 0, time.UTC), true},
		{"2021-03-22T08:01", time.Date(2021, 3, 22, 0, 1, 0, 0, time.UTC), true},
	} {
		got, hasTime, err := ParseGoldDate(c.in)
		require.NoError(t, err, c.in)
		assert.True(t, c.want.Equal(got), "%s: %v", c.in, got)
		assert.Equal(t, c.hasTime, hasTime, c.in)
	}
	for _, bad := range []string{"", "2021年3月22日", "22/03/2021"} {
		_, _, err := ParseGoldDate(bad)
		assert.Error(t, err, bad)
	}
}

// TestAuthorRole: a correspondent counts among the gold's authors, in
// either script and with a word before the label; an intern or an editor
// does not.
func TestAuthorRole(t *testing.T) {
	assert.True(t, AuthorRole("通讯员"))
	assert.True(t, AuthorRole("通訊員"))
	assert.True(t, AuthorRole("职工通讯员"))
	assert.False(t, AuthorRole("实习生"))
	assert.False(t, AuthorRole("编辑"))
}

func TestScoreAuthors(t *testing.T) {
	g := Gold{Authors: []string{"叨叨姐", "胡一刀"}}
	assert.Equal(t, check(true), Score(g, Extraction{Authors: []string{"胡一刀", " 叨叨姐 ", "李小飞刀"}}).Authors, "extra names are not penalised")
	assert.Equal(t, check(false), Score(g, Extraction{Authors: []string{"叨叨姐"}}).Authors)
	assert.Equal(t, check(false), Score(g, Extraction{Authors: []string{"叨叨姐、胡一刀"}}).Authors, "names are compared whole")
	assert.Equal(t, check(true), Score(Gold{Authors: []string{"Ｊｏｈｎ Smith"}}, Extraction{Authors: []string{"John Smith"}}).Authors)
	assert.False(t, Score(Gold{}, Extraction{Authors: []string{"责任编辑"}}).Authors.Applies,
		"a page with no hand gold whose peers name no author is not scored")
	nobody := Gold{AuthorsSource: SourceHand}
	assert.Equal(t, check(false), Score(nobody, Extraction{Authors: []string{"崔宁宁"}}).Authors, "hand gold credits nobody: an author found is wrong")
	assert.Equal(t, check(true), Score(nobody, Extraction{}).Authors, "hand gold credits nobody: none found is right")
}

func TestScoreBody(t *testing.T) {
	g := Gold{Body: "新华社北京电 GDP增长。"}
	s := Score(g, Extraction{Text: "新华社北京电\nGDP 增长"})
	assert.True(t, s.Body.Applies)
	assert.InDelta(t, 1, s.Body.Value, 1e-9)

	// want: 新 华 社 北 京 电 GDP 增 长 (9 tokens); got: 新 华 社 广 告 (5 tokens), 3 shared.
	s = Score(g, Extraction{Text: "新华社 广告"})
	p, r := 3.0/5, 3.0/9
	assert.InDelta(t, p, s.BodyPrecision, 1e-9)
	assert.InDelta(t, r, s.BodyRecall, 1e-9)
	assert.InDelta(t, 2*p*r/(p+r), s.Body.Value, 1e-9)

	s = Score(g, Extraction{Text: "新新新新"})
	assert.InDelta(t, 2*(1.0/4)*(1.0/9)/(1.0/4+1.0/9), s.Body.Value, 1e-9, "a multiset: 新 counts once")

	s = Score(g, Extraction{})
	assert.True(t, s.Body.Applies)
	assert.Zero(t, s.Body.Value)

	assert.False(t, Score(Gold{Body: "，。"}, Extraction{Text: "x"}).Body.Applies)
}

const sample = "新华社北京11月17日电 记者17日从国家卫生健康委获悉，近阶段，相关部门持续依托短缺药品供应保障工作会商联动机制，" +
	"深入优化短缺药品实时监测预警与分级应对体系，全力保障人民群众临床用药需求。据了解，短缺药品信息监测共享正在多维度推进。" +
	"国家卫生健康委依托全国公立医疗卫生机构短缺药品信息直报系统开展短缺药品监测预警与分级应对。"

func TestGarbledSound(t *testing.T) {
	for name, text := range map[string]string{
		"simplified":  sample,
		"traditional": "香港行政長官梁振英在各方壓力下就其大宅的違章建築問題到立法會接受質詢，並向香港民眾道歉。",
		"punctuation": "他说：“好。”“真的？”——是的……①②③ 10°C、3×4、￥5、℃ 😀 ★",
		"english":     "Café society: naïve résumé, ÖBB and São Paulo.",
		"c1 quotes":   "\u0093梁振英\u0094在星期二道歉\u0093不是\u0094" + sample,
		"icon font":   "\ue617\ue609\ue608\ue60e\ue614" + string([]rune(sample)[:20]),
		"empty":       "",
	} {
		assert.False(t, Garbled(text), name)
	}
}

func TestGarbledMisdecoded(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(sample)
	require.NoError(t, err)

	// A GBK page read as Latin-1 or Windows-1252: "ÐÂ»ªÉç…".
	latin1, _ := charmap.ISO8859_1.NewDecoder().String(gbk)
	assert.True(t, Garbled(latin1), latin1)
	cp1252, _ := charmap.Windows1252.NewDecoder().String(gbk)
	assert.True(t, Garbled(cp1252), cp1252)

	// A GBK page read as UTF-8: invalid bytes become U+FFFD.
	assert.True(t, Garbled(strings.ToValidUTF8(gbk, "\uFFFD")))

	// A UTF-8 page read as GBK: "鏂板崕绀惧寳浜…". With the replacement
	// characters dropped, the rare Han characters and kana still give it
	// away.
	asGBK, _ := simplifiedchinese.GBK.NewDecoder().String(sample)
	assert.True(t, Garbled(asGBK))
	noFFFD := strings.ReplaceAll(asGBK, "\uFFFD", "")
	assert.True(t, Garbled(noFFFD), noFFFD)

	// UTF-8 double-encoded through Latin-1: "æ–°åŽç¤¾…".
	double, _ := charmap.Windows1252.NewDecoder().String(sample)
	assert.True(t, Garbled(strings.ReplaceAll(double, "\uFFFD", "")))

	// GBK read as Big5, and Big5 read as GBK.
	asBig5, _ := traditionalchinese.Big5.NewDecoder().String(gbk)
	assert.True(t, Garbled(strings.ReplaceAll(asBig5, "\uFFFD", "")))
	big5, _ := traditionalchinese.Big5.NewEncoder().String("香港行政長官梁振英在各方壓力下就其大宅的違章建築問題到立法會接受質詢，並向香港民眾道歉。")
	b5gbk, _ := simplifiedchinese.GBK.NewDecoder().String(big5)
	assert.True(t, Garbled(strings.ReplaceAll(b5gbk, "\uFFFD", "")))

	// The threshold: under three suspects is never garbled; then more than
	// 1% of Han plus suspects.
	assert.False(t, Garbled("Ã©"+sample), "two suspects")
	hundred := strings.Repeat("中", 297)
	assert.False(t, Garbled(hundred+"ぁぃぅ"), "3 of 300 is 1%, not more")
	assert.True(t, Garbled(hundred[:len(hundred)-3]+"ぁぃぅ"), "3 of 299 is more than 1%")
	assert.True(t, Garbled("话\uFFFD"))
}

func TestScoreGarbled(t *testing.T) {
	assert.False(t, Score(Gold{}, Extraction{Title: "标题", Text: sample}).Garbled)
	assert.True(t, Score(Gold{}, Extraction{Title: "标题", Text: "ÐÂ»ªÉç±±¾©11ÔÂ17ÈÕµç"}).Garbled)
	assert.True(t, Score(Gold{}, Extraction{Title: "标\uFFFD题", Text: sample}).Garbled)
	// U+FFFD that the page itself holds is faithful, not a decoding error.
	assert.False(t, Score(Gold{PageHasFFFD: true}, Extraction{Text: "登船路线\uFFFD\uFFFD" + sample}).Garbled)
	assert.True(t, Score(Gold{PageHasFFFD: true}, Extraction{Text: "ÐÂ»ªÉç±±¾©\uFFFD"}).Garbled)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
}

func TestLoadGold(t *testing.T) {
	root := t.TempDir()
	corpus := filepath.Join(root, "corpus", "html")
	pages := filepath.Join(root, "pages")
	writeFile(t, filepath.Join(root, "corpus", "MANIFEST.tsv"),
		"local_path\tsource_repo\tpath_in_repo\tcommit\tlicense\tencoding\tnotes\n"+
			"html/trafilatura_a.html\tx\ty\tz\tApache-2.0\tGB2312/GBK (bytes)\tn\n")
	for _, p := range []string{"trafilatura_a", "htmldate_b", "readability_c", "newspaper4k_d", "newspaper4k_e", "gne_f"} {
		writeFile(t, filepath.Join(corpus, p+".html"), "<html></html>")
	}
	writeFile(t, filepath.Join(corpus, "htmldate_b.html"), "<p>登船路线\uFFFD\uFFFD</p>")
	writeFile(t, filepath.Join(corpus, "trafilatura_a.expected.json"), `{
		"url": "https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/1.htm",
		"author": "孔德明; 李四,王五", "title": "话剧结束 ", "date": "2012-06-04",
		"with": ["一个约定", "共有"], "without": ["ICP证"]}`)
	writeFile(t, filepath.Join(corpus, "htmldate_b.expected.json"), `{"url": "https://www.sohu.com/a/1", "file": "b.html", "date": "2023-11-02"}`)
	writeFile(t, filepath.Join(corpus, "readability_c.expected-metadata.json"),
		`{"title": "DeepMind新电脑_科技_腾讯网", "byline": null, "publishedTime": null, "readerable": true}`)
	writeFile(t, filepath.Join(corpus, "readability_c.expected.html"),
		`<div id="readability-page-1"><p>第一段。</p><p>第二<b>段</b>。<script>x()</script></p></div>`)
	writeFile(t, filepath.Join(corpus, "newspaper4k_d.expected.txt"), "正文。\n\n第二段。")
	writeFile(t, filepath.Join(corpus, "newspaper4k_d.expected-metadata.json"),
		`{"url": "http://www.news.cn/x.htm", "title": "短缺药品", "authors": ["甲"], "publish_date": "2023-11-17T00:00:00"}`)
	writeFile(t, filepath.Join(corpus, "newspaper4k_e.expected.txt"), "只有正文。")

	// Hand gold: overrides the trafilatura title, date and authors, adds
	// snippets; the Readability page gets a hand title; a held-out page.
	writeFile(t, filepath.Join(pages, "gold", "trafilatura_a.json"), `{
		"page": "trafilatura_a.html", "dir": "corpus", "site": "", "split": "heldout", "url": "",
		"title": "话剧《约定无期限》河北各市巡演结束", "date": "2012-06-04T10:00:00+08:00",
		"authors": ["赵六"], "in": ["一个约定", "新句"], "out": [], "notes": "n"}`)
	writeFile(t, filepath.Join(pages, "gold", "readability_c.json"), `{
		"page": "readability_c.html", "dir": "corpus", "title": "DeepMind新电脑已可利用记忆自学", "date": "", "authors": [], "in": [], "out": []}`)
	// A hand "authors": [] says nobody is credited: the peer's author is
	// not taken (newspaper4k_d's is checked without hand gold below).
	writeFile(t, filepath.Join(pages, "gold", "newspaper4k_d.json"), `{
		"page": "newspaper4k_d.html", "dir": "corpus", "title": "", "date": "", "authors": [], "in": [], "out": []}`)
	writeFile(t, filepath.Join(pages, "gold", "h.json"), `{
		"page": "h.html", "dir": "heldout", "site": "163.com", "split": "heldout", "url": "https://www.163.com/h",
		"title": "标题", "date": "2021-03-22", "authors": [], "in": ["甲"], "out": ["乙"], "notes": ""}`)
	writeFile(t, filepath.Join(pages, "gold", "h.body.txt"), "手写正文。\n")
	writeFile(t, filepath.Join(pages, "heldout", "h.html"), "<html></html>")

	golds, err := LoadGold(corpus, pages)
	require.NoError(t, err)
	byPage := map[string]Gold{}
	var order []string
	for _, g := range golds {
		byPage[g.Page] = g
		order = append(order, g.Split+"/"+g.Dir+"/"+g.Page)
	}
	assert.Equal(t, []string{
		"dev/corpus/htmldate_b.html", "dev/corpus/newspaper4k_d.html", "dev/corpus/newspaper4k_e.html",
		"dev/corpus/readability_c.html", "heldout/corpus/trafilatura_a.html", "heldout/heldout/h.html",
	}, order, "gne_f has no gold")

	a := byPage["trafilatura_a.html"]
	assert.Equal(t, "话剧《约定无期限》河北各市巡演结束", a.Title)
	assert.Equal(t, SourceHand, a.TitleSource)
	assert.Equal(t, "2012-06-04T10:00:00+08:00", a.Date)
	assert.Equal(t, []string{"赵六"}, a.Authors)
	assert.Equal(t, []string{"一个约定", "共有", "新句"}, a.In, "union, without duplicates")
	assert.Equal(t, []string{"ICP证"}, a.Out)
	assert.Equal(t, "heldout", a.Split)
	assert.Equal(t, "he.xinhuanet.com", a.Site, "host of the archived URL")
	assert.Equal(t, []string{SourceHand, SourceTrafilatura}, a.Sources)
	assert.Equal(t, "GB2312/GBK (bytes)", a.Encoding)
	assert.Equal(t, filepath.Join(corpus, "trafilatura_a.html"), a.Path)

	b := byPage["htmldate_b.html"]
	assert.Equal(t, "2023-11-02", b.Date)
	assert.Equal(t, SourceHtmldate, b.DateSource)
	assert.Empty(t, b.Title)
	assert.Equal(t, "sohu.com", b.Site)
	assert.Equal(t, []string{SourceHtmldate}, b.Sources)
	assert.True(t, b.PageHasFFFD)
	assert.False(t, a.PageHasFFFD)

	c := byPage["readability_c.html"]
	assert.Equal(t, "DeepMind新电脑已可利用记忆自学", c.Title, "hand title wins over Readability's suffixed one")
	assert.Empty(t, c.TitleNote)
	assert.Equal(t, "第一段。\n第二段。", c.Body)
	assert.Equal(t, SourceReadability, c.BodySource)
	assert.Empty(t, c.Authors, "byline null")
	assert.Empty(t, c.Date)

	d := byPage["newspaper4k_d.html"]
	assert.Equal(t, "短缺药品", d.Title, "an empty hand title leaves the peer's")
	assert.Empty(t, d.Authors, "the hand gold credits nobody")
	assert.Equal(t, SourceHand, d.AuthorsSource)
	assert.Equal(t, "2023-11-17", d.Date, "newspaper4k's midnight is a day")
	assert.Equal(t, "正文。\n\n第二段。", d.Body)
	assert.Equal(t, "news.cn", d.Site)

	assert.Equal(t, "只有正文。", byPage["newspaper4k_e.html"].Body)

	h := byPage["h.html"]
	assert.Equal(t, DirHeldout, h.Dir)
	assert.Equal(t, filepath.Join(pages, "heldout", "h.html"), h.Path)
	assert.Equal(t, "手写正文。", h.Body)
	assert.Equal(t, SourceHand, h.BodySource)
	assert.Equal(t, "163.com", h.Site)

	// Without hand gold, the Readability title counts, with a note; a
	// trafilatura author field is split on , and ;.
	golds, err = LoadGold(corpus, filepath.Join(root, "none"))
	require.NoError(t, err)
	for _, g := range golds {
		switch g.Page {
		case "readability_c.html":
			assert.Equal(t, "DeepMind新电脑_科技_腾讯网", g.Title)
			assert.Contains(t, g.TitleNote, "site suffix")
		case "newspaper4k_d.html":
			assert.Equal(t, []string{"甲"}, g.Authors)
			assert.Equal(t, SourceNewspaper, g.AuthorsSource)
		case "trafilatura_a.html":
			assert.Equal(t, []string{"孔德明", "李四", "王五"}, g.Authors)
			assert.Equal(t, "话剧结束", g.Title)
			assert.Equal(t, SplitDev, g.Split)
		}
	}
}

func TestLoadGoldErrors(t *testing.T) {
	for name, gold := range map[string]string{
		"missing page": `{"page": "nope.html", "dir": "corpus"}`,
		"bad dir":      `{"page": "p.html", "dir": "elsewhere"}`,
		"bad split":    `{"page": "p.html", "split": "test"}`,
		"bad date":     `{"page": "p.html", "date": "2021年3月22日"}`,
		"no page":      `{"title": "x"}`,
		"bad json":     `{"page": `,
	} {
		root := t.TempDir()
		writeFile(t, filepath.Join(root, "html", "p.html"), "<p>")
		writeFile(t, filepath.Join(root, "pages", "gold", "x.json"), gold)
		_, err := LoadGold(filepath.Join(root, "html"), filepath.Join(root, "pages"))
		assert.Error(t, err, name)
	}
}

func TestSummarizeAndMarkdown(t *testing.T) {
	golds := []Gold{
		{Page: "a.html", Split: SplitDev, Title: "甲", In: []string{"一", "二"}, Out: []string{"三"}, Body: "一二"},
		{Page: "b.html", Split: SplitDev, Date: "2021-03-22", Authors: []string{"王"}, In: []string{"四"}},
		{Page: "c.html", Split: SplitHeldout, Title: "丙", Body: "五六"},
	}
	good := []Extraction{
		{Title: "甲", Text: "一二"},
		{Date: time.Date(2021, 3, 22, 9, 0, 0, 0, cst), Authors: []string{"王"}, Text: "四"},
		{Title: "丙", Text: "五六"},
	}
	bad := []Extraction{
		{Title: "甲_网", Text: "一三"},
		{Text: "ÐÂ»ªÉç±±¾©"},
		{},
	}
	var cmp Comparison
	for i, exts := range [][]Extraction{good, bad} {
		sys := System{Name: []string{"good", "bad"}[i]}
		for j, g := range golds {
			sys.Scores = append(sys.Scores, Score(g, exts[j]))
		}
		cmp = append(cmp, sys)
	}
	cmp[1].Scores[2].Err = "panic: boom"

	s := Summarize(SplitDev, cmp[0].Scores)
	assert.Equal(t, Summary{Split: SplitDev, Pages: 2, BodyPages: 1, BodyF1: 1, InFound: 3, InTotal: 3,
		OutKept: 1, OutTotal: 1, TitleRight: 1, TitleN: 1, DateRight: 1, DateN: 1, DateDayRight: 1, AuthorsRight: 1, AuthorsN: 1}, s)

	s = Summarize(SplitAll, cmp[1].Scores)
	assert.Equal(t, 3, s.Pages)
	assert.Equal(t, 1, s.Failed)
	assert.Equal(t, 1, s.Garbled)
	assert.Equal(t, 2, s.BodyPages)
	assert.InDelta(t, 0.25, s.BodyF1, 1e-9, "F1 0.5 on a, 0 on c")
	assert.Equal(t, 1, s.InFound)
	assert.Equal(t, 3, s.InTotal)
	assert.Equal(t, 0, s.OutKept)
	assert.Equal(t, 0, s.TitleRight)
	assert.Equal(t, 2, s.TitleN)

	md := cmp.Markdown(SplitAll)
	assert.Contains(t, md, "| all | good | bad |\n|---|---:|---:|\n")
	assert.Contains(t, md, "| pages | 3 | 3 |")
	assert.Contains(t, md, "| body F1 (mean) | 1.000 (2 pages) | 0.250 (2 pages) |")
	assert.Contains(t, md, "| snippets in found | 100.0% (3/3) | 33.3% (1/3) |")
	assert.Contains(t, md, "| snippets out kept out | 100.0% (1/1) | 0.0% (0/1) |")
	assert.Contains(t, md, "| title right | 100.0% (2/2) | 0.0% (0/2) |")
	assert.Contains(t, md, "| authors right | 100.0% (1/1) | 0.0% (0/1) |")
	assert.Contains(t, md, "| garbled pages | 0 | 1 |")
	assert.Contains(t, md, "| failed pages | 0 | 1 |")
	assert.Contains(t, cmp.Markdown(SplitHeldout), "| date right | – | – |")
}
