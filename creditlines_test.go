package newsdoc

import (
	"cmp"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// creditLineCase is a real credit line of testdata/credits/lines.json with
// the credits written by hand.
type creditLineCase struct {
	Line     string `json:"line"`
	Source   string `json:"source"`
	Script   string `json:"script"`
	Split    string `json:"split"`
	Trailing bool   `json:"trailing"`
	Want     struct {
		OriginalTitle      string   `json:"original_title"`
		Source             string   `json:"source"`
		Authors            []string `json:"authors"`
		Editors            []string `json:"editors"`
		ResponsibleEditors []string `json:"responsible_editors"`
		Others             []Credit `json:"others"`
		Date               string   `json:"date"`
	} `json:"want"`
}

func readJSONFile(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, v))
}

func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// creditsOfLine reads a line as Parse does: a whole line in the byline
// area of a page (names without a label allowed), or the end of a
// paragraph of the body.
func creditsOfLine(c creditLineCase) (Credits, time.Time, bool) {
	g := defaultGrammar()
	cfg, _ := newConfig([]Option{WithRemovals()})
	doc := &Document{}
	text := Normalize(c.Line)
	if c.Trailing {
		p := Paragraph{Kind: KindText, Text: text}
		liftTrailingByline(doc, g, &p, "credits", cfg)
		return doc.Credits, time.Time{}, !reflect.DeepEqual(doc.Credits, Credits{})
	}
	cl, ok := g.line(text, modeByline, cfg.loc)
	if !ok || len(cl.segs) == 0 && !cl.hasDate {
		// Roles the grammar has no label for, as Parse reads them near the
		// start or the end of a body (专业支持 / 李子).
		if cl, found := unlabelledRoles(g, text, modeByline, true); found {
			doc.Credits.addLine(&cl, &doc.Meta)
			return doc.Credits, doc.Meta.Date, true
		}
		// Not a line of credits: credits at its end, as in the body.
		p := Paragraph{Kind: KindText, Text: text}
		liftTrailingByline(doc, g, &p, "credits", cfg)
		return doc.Credits, time.Time{}, !reflect.DeepEqual(doc.Credits, Credits{})
	}
	doc.Credits.addLine(&cl, &doc.Meta)
	doc.Meta.settleDates()
	return doc.Credits, doc.Meta.Date, true
}

// readCreditCases reads the cases of every file of testdata/credits whose
// name matches pattern: the development and first held-out lines, then
// each later held-out set, made after the grammar was tuned on the ones
// before it.
func readCreditCases(t testing.TB, pattern string) []creditLineCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "credits", pattern))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var cases []creditLineCase
	for _, f := range files {
		var c []creditLineCase
		readJSONFile(t, f, &c)
		require.NotEmpty(t, c, f)
		cases = append(cases, c...)
	}
	return cases
}

// TestCreditLines reads every line of testdata/credits/lines.json and
// scores the credits against the hand-written answer: a line is right
// when every field is. Development and held-out lines (whole outlets kept
// apart before the grammar was tuned) are reported apart.
func TestCreditLines(t *testing.T) {
	cases := readCreditCases(t, "lines*.json")
	require.GreaterOrEqual(t, len(cases), 150)
	right := map[string][2]int{}
	for _, c := range cases {
		got, date, lifted := creditsOfLine(c)
		want := Credits{OriginalTitle: c.Want.OriginalTitle, Source: c.Want.Source, Authors: orNil(c.Want.Authors),
			Editors: orNil(c.Want.Editors), ResponsibleEditors: orNil(c.Want.ResponsibleEditors), Others: orNil(c.Want.Others)}
		ok := reflect.DeepEqual(want, got) && (lifted || reflect.DeepEqual(want, Credits{}))
		if c.Want.Date != "" && !c.Trailing {
			wantDate, err := time.Parse(time.RFC3339, c.Want.Date)
			if err != nil {
				wantDate, err = time.ParseInLocation("2006-01-02", c.Want.Date, chinaStandardTime)
			}
			require.NoError(t, err, c.Want.Date)
			ok = ok && date.Equal(wantDate)
		}
		r := right[c.Split]
		r[1]++
		if ok {
			r[0]++
		} else {
			t.Logf("%s %s: %q\n\twant %+v %s\n\tgot  %+v %v", c.Split, c.Script, c.Line, want, c.Want.Date, got, date)
		}
		right[c.Split] = r
	}
	// The goal is 0.95 on every split; a held-out split below it has a
	// floor at its figure when the rules were last changed, so that no
	// change makes it worse unseen. Each held-out split was measured
	// before any rule was changed for it: heldout3 at 49 of 75 (0.653),
	// heldout4 at 47 of 70 (0.671), heldout5 at 17 of 36 (0.472),
	// heldout6 at 18 of 35 (0.514), heldout7 at 11 of 22 (0.500), heldout8
	// at 28 of 42 (0.667), heldout9 at 21 of 40 (0.525),
	// heldout10 at 24 of 40 (0.600), heldout11 at 20 of 42 (0.476),
	// heldout12 at 19 of 40 (0.475), heldout13 at 19 of 40 (0.475),
	// heldout14 at 27 of 30 (0.900), heldout15 at 32 of 40 (0.800),
	// heldout16 at 26 of 40 (0.650), heldout17 at 25 of 40 (0.625, at
	// commit fb9be7e), heldout18 at 10 of 12 (0.833, at commit 00f73a8),
	// heldout19 at 29 of 40 (0.725, at commit 058f89b), heldout20 at 39
	// of 46 (0.848, at commit bdf6aa3; 45 of 46 after the rules written
	// since).
	floors := map[string]float64{"heldout20": 0.97, "heldout19": 0.95, "dev": 0.99, "heldout": 0.99, "heldout2": 0.96, "heldout3": 0.93, "heldout4": 0.97, "heldout5": 0.97, "heldout6": 0.94, "heldout7": 0.95, "heldout8": 0.97, "heldout9": 0.80, "heldout10": 0.90, "heldout11": 0.95, "heldout12": 0.92, "heldout13": 0.92, "heldout14": 0.99, "heldout15": 0.95, "heldout16": 0.85, "heldout17": 0.72, "heldout18": 0.83}
	all, n := 0, 0
	for _, split := range splitOrder(right) {
		r := right[split]
		floor, ok := floors[split]
		assert.True(t, ok, "split %s has no floor: measure it untouched and set one", split)
		t.Logf("%s: %d of %d credit lines right (%.3f)", split, r[0], r[1], float64(r[0])/float64(r[1]))
		assert.GreaterOrEqual(t, float64(r[0])/float64(r[1]), floor, "credit lines right in %s", split)
		all, n = all+r[0], n+r[1]
	}
	t.Logf("all: %d of %d credit lines right (%.3f)", all, n, float64(all)/float64(n))
	// The goal is 0.95 over every line. heldout17, added untouched at
	// 0.625, brought the pooled figure from 0.953 to 0.939, and heldout19
	// (0.725 untouched) from 0.943 to 0.934, heldout20 (0.848 untouched)
	// from 0.949 to 0.945; after the rules written since, 1000 of 1052
	// (0.9506), the goal.
	assert.GreaterOrEqual(t, float64(all)/float64(n), 0.95, "credit lines right over every split")
}

// TestCreditFalseFriends parses each sentence of
// testdata/credits/false_friends.json as a paragraph of a body: it must
// stay whole (or, a copyright notice, be dropped whole by the disclaimer
// rule), and give no credit but the reporters of an opening
// dateline (in the first bracket, or in the one right after an outlet's
// tag: （觀傳媒彰化新聞）【記者陳雅芳／彰化報導】).
func TestCreditFalseFriends(t *testing.T) {
	cases := readCreditCases(t, "false_friends*.json")
	require.GreaterOrEqual(t, len(cases), 20)
	for _, c := range cases {
		text := Normalize(c.Line)
		doc, err := Parse(strings.NewReader("<p>"+text+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody), WithRemovals())
		require.NoError(t, err)
		// A site's copyright notice that names its source (…必须注明
		// “来源:亳州晚报或亳州新闻网”…) is no credit line, but it is no
		// article text either: the disclaimer rule may drop it whole.
		if len(doc.Removed) == 1 && doc.Removed[0].Rule == "disclaimer" && strings.HasPrefix(text, doc.Removed[0].Text) {
			assert.Equal(t, []string{creditBodySentence}, paraTextsOf(doc), "%s: %q", c.Split, c.Line)
			assert.Equal(t, Credits{}, doc.Credits, "%s: credits from %q", c.Split, c.Line)
			continue
		}
		assert.Equal(t, []string{text, creditBodySentence}, paraTextsOf(doc), "%s: %q", c.Split, c.Line)
		// The reporters a dateline names in its opening bracket are read,
		// and its correspondents and interns (本报讯（记者 王小明 通讯员
		// 李四）); the sentence stays whole; nothing else gives a credit.
		want := Credits{}
		reporters := func(m []string) bool { return m != nil && namesReporters(m[1]) }
		m := openingBracket.FindStringSubmatch(text)
		if m != nil && !reporters(m) {
			m = openingBracket.FindStringSubmatch(strings.TrimLeft(text[len(m[0]):], " ")) // after the outlet's tag
		}
		if reporters(m) {
			want.Authors = doc.Credits.Authors
			for _, o := range doc.Credits.Others {
				if correspondent[o.Label] && strings.Contains(noSpace(m[1]), o.Name) {
					want.Others = append(want.Others, o)
				}
			}
		}
		assert.Equal(t, want, doc.Credits, "%s: credits from %q", c.Split, c.Line)
	}
}

// TestCreditLineTraps: lines where a rule for one form could misread
// another (found in review): an outlet before 出品, a mainland place
// before 报道, Latin words holding a label's letters, the font buttons,
// a bracket with ID in a word, two sources after one label, and notes
// that point back (该公司) or hold a sentence.
func TestCreditLineTraps(t *testing.T) {
	for _, tt := range []struct {
		line string
		want Credits
	}{
		{"腾讯新闻出品 | 作者：张三", Credits{Authors: []string{"张三"}, Others: []Credit{{Label: "出品", Name: "腾讯新闻"}}}},
		{"记者 李明 石家庄报道", Credits{Authors: []string{"李明"}}},
		{"〔焦點時報/記者蔡宗憲報導〕", Credits{Authors: []string{"蔡宗憲"}}},
		{"来源：The Daily Telegraph", Credits{Source: "The Daily Telegraph"}},
		{"责任编辑：张三 字号：A- A A+", Credits{ResponsibleEditors: []string{"张三"}}},
		{"（图片来源：NVIDIA官网）", Credits{Others: []Credit{{Label: "图片来源", Name: "NVIDIA官网"}}}},
		{"来源：新华社,央视新闻", Credits{Source: "新华社,央视新闻"}},
		{"出品 | CSDN（ID：CSDNnews）", Credits{Others: []Credit{{Label: "出品", Name: "CSDN"}}}},
		{"撰文 | Leticia F Cugliandolo", Credits{Authors: []string{"Leticia F Cugliandolo"}}},
		{"策划、撰文 / 卢舫", Credits{Authors: []string{"卢舫"}, Others: []Credit{{Label: "策划", Name: "卢舫"}}}},
		{"他当过编辑、记者和教师", Credits{}},
		{"报导、摄影:谭络瑜", Credits{Authors: []string{"谭络瑜"}, Others: []Credit{{Label: "摄影", Name: "谭络瑜"}}}},
		{"記者 鄭紀威台北 報導", Credits{Authors: []string{"鄭紀威"}}},
		{"廖彥甄|特約記者編譯報導", Credits{Authors: []string{"廖彥甄"}}},
		{"创办人聊天室| 撰文者: 金惟纯", Credits{Authors: []string{"金惟纯"}}},
	} {
		got, _, _ := creditsOfLine(creditLineCase{Line: tt.line})
		assert.Equal(t, tt.want, got, tt.line)
	}
	for _, line := range []string{"全市停电。（据报社统计，全市有3万户停电）", "他说。（据该公司官网消息）"} {
		got, _, lifted := creditsOfLine(creditLineCase{Line: line, Trailing: true})
		assert.False(t, lifted, "%s: %+v", line, got)
	}
	got, _, _ := creditsOfLine(creditLineCase{Line: "为此，王生英无怨无悔。（据新华社郑州9月9日电）", Trailing: true})
	assert.Equal(t, Credits{Source: "新华社"}, got)
}

// TestCreditForms: forms of the twelfth and thirteenth held-out sets,
// each read by a general rule, beside the lines those rules must leave
// alone. A line is read as under a page's headline (creditsOfLine).
func TestCreditForms(t *testing.T) {
	for _, tt := range []struct {
		line     string
		trailing bool
		want     Credits
		date     string
	}{
		{"專訪 | by 姚嘉敏 | 2021-04-05", false, Credits{Authors: []string{"姚嘉敏"}}, "2021-04-05"},
		{"By John Smith", false, Credits{Authors: []string{"John Smith"}}, ""},
		{"By the way, I think it is fine.", false, Credits{}, ""},
		{"Stand by me", false, Credits{}, ""},
		{"2018/03/28   作者-ziv", false, Credits{Authors: []string{"ziv"}}, "2018-03-28"},
		{"攝影:劉苑杉。", false, Credits{Others: []Credit{{Label: "攝影", Name: "劉苑杉"}}}, ""},
		{"他说了很多话。记者：张三。", true, Credits{Authors: []string{"张三"}}, ""},
		{"他说了很多话。记者从现场了解到，情况好转。", true, Credits{}, ""},
		{"据悉，他此前曾就职于东京分社。(王璇译,孙启存校)", true, Credits{Others: []Credit{{Label: "译", Name: "王璇"}, {Label: "校", Name: "孙启存"}}}, ""},
		{"(文/吳震威;圖/陳貞樺攝)", false, Credits{Authors: []string{"吳震威"}, Others: []Credit{{Label: "圖", Name: "陳貞樺"}}}, ""},
		{"■陈兆良报导", false, Credits{Authors: []string{"陈兆良"}}, ""},
		{"|作者:张婉儿|采访:张婉儿、谢佳锦", false, Credits{Authors: []string{"张婉儿", "谢佳锦"}}, ""},
		{"文章出自:中国国家地理 2004年第04期 作者: 林乡", false, Credits{Source: "中国国家地理", Authors: []string{"林乡"}}, ""},
		{"莫禮遜昨日在墨爾本發表講話。(AAP)", true, Credits{Source: "AAP"}, ""},
		{"图:军警成员骑摩托车在雅加达巡逻(安塔拉通讯社)", true, Credits{Source: "安塔拉通讯社"}, ""},
		{"世界卫生组织发布了报告(WHO)", true, Credits{}, ""},
		{"2021-02-17 東方歷史評論", false, Credits{}, "2021-02-17"},
		{"gmz 发表于:2012-5-26 13:28:02", false, Credits{}, "2012-05-26T13:28:02+08:00"},
		// Forms of the thirteenth set.
		{"本报记者 张明星/文 倪军/图", false, Credits{Authors: []string{"张明星"}, Others: []Credit{{Label: "图", Name: "倪军"}}}, ""},
		{"吕依霖 摄影报道", false, Credits{Authors: []string{"吕依霖"}, Others: []Credit{{Label: "摄影", Name: "吕依霖"}}}, ""},
		{"拍摄者:本报记者 张方志", false, Credits{Others: []Credit{{Label: "拍摄者", Name: "张方志"}}}, ""},
		{"基督教論壇報 何毓芬 追蹤", false, Credits{Authors: []string{"何毓芬"}}, ""},
		{"本新聞提供者: 教會公報", false, Credits{Source: "教會公報"}, ""},
		{"作者:英国《金融时报》专栏作家 张力奋", false, Credits{Authors: []string{"张力奋"}}, ""},
		{"时间:2025-10-20 18:32:48人气:9587来源:", false, Credits{}, "2025-10-20T18:32:48+08:00"},
		{"(2023年07月13日)", false, Credits{}, "2023-07-13"},
		{"阮子旭", false, Credits{Authors: []string{"阮子旭"}}, ""},
		{"吉蓮•邰蒂", false, Credits{Authors: []string{"吉蓮•邰蒂"}}, ""},
		{"易信", false, Credits{}, ""}, // two characters: too often a word
		// Lines the rules above must leave alone (found in review).
		{"张家界", false, Credits{}, ""},
		{"黄金周", false, Credits{}, ""},
		{"高铁通车 摄影报道", false, Credits{}, ""},
		{"图/文 李四", false, Credits{Authors: []string{"李四"}, Others: []Credit{{Label: "图", Name: "李四"}}}, ""},
		{"这座新馆的外观引人注目。设计：简洁大方。", true, Credits{}, ""},
		{"主要消息来源为美联社(AP)", true, Credits{}, ""},
		// Forms of the fifth held-out pages.
		{"作者＼蔡芷庭", false, Credits{Authors: []string{"蔡芷庭"}}, ""},
		{"邓舒夏 第一财经YiMagazine", false, Credits{Authors: []string{"邓舒夏"}}, ""},
		{"執行編輯：Hovis", false, Credits{Editors: []string{"Hovis"}}, ""},
		{"图文 | 李想俣 排版 | 付思涵", false, Credits{Authors: []string{"李想俣"}, Others: []Credit{{Label: "图", Name: "李想俣"}, {Label: "排版", Name: "付思涵"}}}, ""},
	} {
		got, date, _ := creditsOfLine(creditLineCase{Line: tt.line, Trailing: tt.trailing})
		want := tt.want
		want.Authors, want.Editors, want.ResponsibleEditors, want.Others = orNil(want.Authors), orNil(want.Editors), orNil(want.ResponsibleEditors), orNil(want.Others)
		assert.Equal(t, want, got, tt.line)
		if tt.date != "" {
			wantDate, err := time.Parse(time.RFC3339, tt.date)
			if err != nil {
				wantDate, err = time.ParseInLocation("2006-01-02", tt.date, chinaStandardTime)
			}
			require.NoError(t, err)
			assert.True(t, date.Equal(wantDate), "%s: date %v", tt.line, date)
		}
	}
	// A name alone is a byline only under a headline: at a body's end a
	// short line that reads as one stays text.
	long := "<p>这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。</p>"
	doc, err := Parse(strings.NewReader(long+long+long+"<p>向前看</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Contains(t, paraTextsOf(doc), "向前看")
	assert.Empty(t, doc.Credits.Authors)
	// A date line beside an event is a line of the article; a quotation's
	// source stays; a bracketed code is no template line.
	for _, line := range []string{"1949年10月1日 中华人民共和国成立", "出自：《诗经·小雅》", "[COVID-19] 最新疫情通报"} {
		doc, err = Parse(strings.NewReader(long+"<p>"+line+"</p>"+long+long), WithInput(InputBody))
		require.NoError(t, err)
		assert.Contains(t, paraTextsOf(doc), line)
		assert.True(t, doc.Meta.Date.IsZero(), line)
		assert.Equal(t, Credits{}, doc.Credits, line)
	}
	// A full stop after words that are no names ends a sentence: the
	// closing-stop rule reads names only (a false friend of heldout14).
	s := "作为记者,我们采访、报道过许多事、很多人。"
	doc, err = Parse(strings.NewReader("<p>"+s+"</p><p>"+creditBodySentence+"</p>"), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []string{s, creditBodySentence}, paraTextsOf(doc))
	assert.Empty(t, doc.Credits.Authors)
}

// TestRoleLine: a role the grammar has no label for, known by how role
// names end, over people's names, is a credit where credits stand; other
// "word：name" lines, and any in the middle of an article, stay text.
func TestRoleLine(t *testing.T) {
	for s, want := range map[string]bool{
		"专业支持 / 李子":    true,
		"视觉设计：张三、李四":   true,
		"合作专家 / 卢美妏":   true,
		"获奖者：王芳":       false, // no role's ending
		"技术支持：北京分公司":   false, // no person
		"内容运营：张三说这很好看": false,
	} {
		_, got := roleLine(s)
		assert.Equal(t, want, got, s)
	}
	long := "<p>这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。</p>"
	body := long + long + long + long + "<p>技术支持：张三</p>" + long + long + long + long + long + long + long + "<p>专业支持 / 李子</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, []Credit{{Label: "专业支持", Name: "李子"}}, doc.Credits.Others)
	assert.Contains(t, paraTextsOf(doc), "技术支持：张三", "in the middle of the article")
}

// splitOrder returns the splits that are keys of m in the order they were
// made: dev, heldout, then heldout2, heldout3 … by number.
func splitOrder[V any](m map[string]V) []string {
	rank := func(s string) int {
		switch s {
		case "dev":
			return -1
		case "heldout":
			return 1
		}
		n, err := strconv.Atoi(strings.TrimPrefix(s, "heldout"))
		if err != nil || !strings.HasPrefix(s, "heldout") {
			return 1 << 30 // an unknown name, last
		}
		return n
	}
	splits := slices.Collect(maps.Keys(m))
	slices.SortFunc(splits, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(a, b)) })
	return splits
}
