package newsdoc

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outline renders the title block and section tree of doc, one line per
// section: id, number and title, style, level, paragraph range.
func outline(doc *Document) string {
	var b strings.Builder
	for _, p := range doc.Paragraphs {
		if p.Kind == KindTitle {
			fmt.Fprintf(&b, "title: %s\n", p.Text)
		}
	}
	for s := range doc.AllSections() {
		runIn := ""
		if s.RunIn {
			runIn = " run-in"
		}
		fmt.Fprintf(&b, "%s%s %s%s  [%s L%d %d-%d%s]\n", strings.Repeat("  ", s.Level-1), s.ID, s.Number, s.Title,
			s.Style, s.Level, s.Start, s.End, runIn)
	}
	items := 0
	for _, p := range doc.Paragraphs {
		if p.Kind == KindListItem && p.Number != "" {
			items++
		}
	}
	fmt.Fprintf(&b, "(%d numbered list items)\n", items)
	return b.String()
}

// TestSectionOutlines compares the tree of each testdata/sections case
// with its reviewed outline.txt.
func TestSectionOutlines(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "sections", "*", "input.*"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(inputs), 18)
	for _, in := range inputs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			doc, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			checkTree(t, doc)
			got := outline(doc)
			want := filepath.Join(dir, "outline.txt")
			if *update {
				require.NoError(t, os.WriteFile(want, []byte(got), 0o644))
				return
			}
			w, err := os.ReadFile(want)
			require.NoError(t, err, "run go test -run TestSectionOutlines -update to create it")
			assert.Equal(t, string(w), got)
		})
	}
}

// checkTree checks the invariants of every section tree: ids are paths;
// each child's level is deeper than its parent's; a section's range
// starts at its heading, which points back to it, and lies inside its
// parent's; siblings follow one another without overlap; so every
// paragraph is the heading of at most one section and belongs to at most
// one section at each depth.
func checkTree(t testing.TB, doc *Document) {
	t.Helper()
	n := len(doc.Paragraphs)
	heads := map[int]string{}
	var check func(list []*Section, parent *Section, prefix string)
	check = func(list []*Section, parent *Section, prefix string) {
		lo, hi := 0, n
		if parent != nil {
			lo, hi = parent.Start+1, parent.End
		}
		prevEnd := lo
		for i, s := range list {
			id := fmt.Sprintf("%s%d", prefix, i+1)
			if s.ID != id {
				t.Errorf("section %q has id %q", id, s.ID)
			}
			if parent != nil && s.Level <= parent.Level {
				t.Errorf("section %s level %d is not deeper than its parent's %d", s.ID, s.Level, parent.Level)
			}
			if s.Level < 1 {
				t.Errorf("section %s has level %d", s.ID, s.Level)
			}
			if s.Start < prevEnd || s.End > hi || s.Start >= s.End {
				t.Errorf("section %s range [%d,%d) outside [%d,%d) or overlapping", s.ID, s.Start, s.End, prevEnd, hi)
				return
			}
			if i+1 == len(list) && s.End != hi {
				t.Errorf("last section %s ends at %d, its parent at %d", s.ID, s.End, hi)
			}
			if i+1 < len(list) && s.End != list[i+1].Start {
				t.Errorf("section %s ends at %d, its next sibling starts at %d", s.ID, s.End, list[i+1].Start)
			}
			h := doc.Paragraphs[s.Start]
			// The heading keeps the punctuation that closed it; the title
			// does not.
			titled := strings.HasPrefix(h.Text, s.Title) && strings.Trim(h.Text[len(s.Title):], "。；：;: ") == ""
			if h.Kind != KindHeading || h.Section != s.ID || !titled || h.Number != s.Number || h.Level != s.Level {
				t.Errorf("section %s: paragraph %d is %s %q section %q, not its heading", s.ID, s.Start, h.Kind, h.Text, h.Section)
			}
			if other, dup := heads[s.Start]; dup {
				t.Errorf("paragraph %d heads %s and %s", s.Start, other, s.ID)
			}
			heads[s.Start] = s.ID
			prevEnd = s.End
			check(s.Children, s, id+".")
		}
	}
	check(doc.Sections, nil, "")
	for i, p := range doc.Paragraphs {
		if p.Section != "" && heads[i] != p.Section {
			t.Errorf("paragraph %d says it heads %s", i, p.Section)
		}
	}
	if len(doc.Sections) > 0 {
		assert.Equal(t, n, doc.Sections[len(doc.Sections)-1].End, "the last section runs to the end")
	}
}

// TestTreeInvariantsOnCorpus checks the invariants on every document of
// the shared corpus, the HTML pages included.
func TestTreeInvariantsOnCorpus(t *testing.T) {
	dir := corpusDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*", "*"))
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, ".json") || strings.HasSuffix(f, ".txt") || strings.HasSuffix(f, ".tsv") || strings.HasSuffix(f, ".md") && filepath.Base(f) == "README.md" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			doc, err := Parse(bytes.NewReader(src))
			require.NoError(t, err)
			checkTree(t, doc)
		})
	}
}

func sectionLines(t *testing.T, body string) []string {
	t.Helper()
	doc := parseBody(t, body)
	checkTree(t, doc)
	var out []string
	for s := range doc.AllSections() {
		line := fmt.Sprintf("%s %s|%s L%d", s.ID, s.Number, s.Title, s.Level)
		if s.RunIn {
			line += " run-in"
		}
		out = append(out, line)
	}
	return out
}

func TestRecognizers(t *testing.T) {
	tests := []struct {
		text   string
		style  SectionStyle
		ord    int
		number string
	}{
		{"一、2021年工作回顾", StyleChineseNumeral, 1, "一、"},
		{"十二、执行争议的协调", StyleChineseNumeral, 12, "十二、"},
		{"（一）深入实施城市总体规划", StyleParenChinese, 1, "（一）"},
		{"(十一)推力矢量控制系统", StyleParenChinese, 11, "(十一)"},
		{"1.人民法院根据需要", StyleArabicDot, 1, "1."},
		{"10．安全领域扩展", StyleArabicDot, 10, "10．"},
		{"2、做成成品出厂以后", StyleArabicComma, 2, "2、"},
		{"（3）我国仲裁机构作出的仲裁裁决", StyleParenArabic, 3, "（3）"},
		{"(12)依法应由人民法院执行", StyleParenArabic, 12, "(12)"},
		{"④ 第四项", StyleCircled, 4, "④"},
		{"第一编 总则", StyleBook, 1, "第一编"},
		{"第二十三章 附则", StyleChapter, 23, "第二十三章"},
		{"第3章 实施", StyleChapter, 3, "第3章"},
		{"第八节 没收财产", StyleLawSection, 8, "第八节"},
		{"第一百零一条 本法自公布之日起施行。", StyleArticle, 101, "第一百零一条"},
		{"第四百五十二条 本法自1997年10月1日起施行。", StyleArticle, 452, "第四百五十二条"},
		{"第一部分 总体要求", StylePart, 1, "第一部分"},
		{"附件一：香港特别行政区行政长官的产生办法", StyleAnnex, 1, "附件一："},
		{"附件2", StyleAnnex, 2, "附件2"},
		// A number, whether it heads a passage or a sentence of a list:
		// the tree decides (TestSectionOutlines, sina-numbered-bold-speech).
		{"第一，从十四五来看", StyleOrdinal, 1, "第一，"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, ok := numberedPara(&Paragraph{Kind: KindText, Text: tt.text})
			require.True(t, ok)
			assert.Equal(t, tt.style, c.style)
			assert.Equal(t, tt.ord, c.ord)
			assert.Equal(t, tt.number, c.number)
		})
	}
	for _, text := range []string{"1.5亿元的投资", "2021.10.01", "3.0%", "一是要稳定", "2021年工作回顾", "(注)", "附件：1、操作规程"} {
		_, ok := numberedPara(&Paragraph{Kind: KindText, Text: text})
		assert.False(t, ok, text)
	}
}

func TestNumeralValue(t *testing.T) {
	for s, want := range map[string]int{"一": 1, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "一百": 100,
		"一百零五": 105, "两百": 200, "三百四十一": 341, "一千零一": 1001, "〇": 0, "12": 12, "⑳": 20, "甲": 0} {
		assert.Equal(t, want, numeralValue(s), s)
	}
}

func TestShapes(t *testing.T) {
	tests := []struct {
		text     string
		shape    shape
		title    string
		rest     string
		hasRunIn bool
	}{
		{"（一）扩大有效投资", shapeTitle, "扩大有效投资", "", false},
		{"（一）深入实施城市总体规划，京津冀协同发展取得新成效。坚持一张蓝图干到底。", shapeRunIn, "深入实施城市总体规划，京津冀协同发展取得新成效", "坚持一张蓝图干到底。", true},
		{"（一）强化规划战略引领，推动形成京津冀世界级城市群主干构架。", shapeSentence, "强化规划战略引领，推动形成京津冀世界级城市群主干构架", "", false},
		{"2.执行机构负责执行下列生效法律文书：", shapeSentence, "执行机构负责执行下列生效法律文书", "", false},
		{"1． 战略目标和路径具象化", shapeTitle, "战略目标和路径具象化", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, ok := numberedPara(&Paragraph{Kind: KindText, Text: tt.text})
			require.True(t, ok)
			assert.Equal(t, tt.shape, c.shape)
			assert.Equal(t, tt.title, tt.text[c.titleAt:c.titleEnd])
			if tt.hasRunIn {
				assert.Equal(t, tt.rest, tt.text[c.restAt:])
			} else {
				assert.Equal(t, -1, c.restAt)
			}
		})
	}
}

// TestValidation checks the rules that keep false friends out of the
// tree and numbered lists in their place.
func TestValidation(t *testing.T) {
	body := func(s ...string) string { return "<p>" + strings.Join(s, "</p><p>") + "</p>" }
	long := "这是一段正文，讲述了这一部分的内容，并且足够长，不会被当作小标题。"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"consecutive report sections", body("一、总体要求", long, "二、主要任务", long, "（一）稳增长", long, "（二）促改革", long),
			[]string{"1 一、|总体要求 L1", "2 二、|主要任务 L1", "2.1 （一）|稳增长 L2", "2.2 （二）|促改革 L2"}},
		{"a tree that starts at （一）", body("（一）稳增长", long, "1．扩内需", long, "2．稳投资", long, "（二）促改革", long),
			[]string{"1 （一）|稳增长 L1", "1.1 1．|扩内需 L2", "1.2 2．|稳投资 L2", "2 （二）|促改革 L1"}},
		{"numbering restarts under a new parent", body("一、甲", long, "（一）子", long, "（二）子", long, "二、乙", long, "（一）子", long, "（二）子", long),
			[]string{"1 一、|甲 L1", "1.1 （一）|子 L2", "1.2 （二）|子 L2", "2 二、|乙 L1", "2.1 （一）|子 L2", "2.2 （二）|子 L2"}},
		{"a skipped number is no heading", body("一、甲", long, "三、丙", long),
			[]string{}},
		{"a lone 1. in running text", body(long, "1.我们要坚持稳中求进的总基调，这是一段正文。", long),
			[]string{}},
		{"dates, ratios and decimals", body("2021年工作回顾", "1.5亿元投入使用。", "1：2的比例", long),
			[]string{}},
		{"一是 二是 enumerations", body("一是稳定就业。"+long, "二是扩大内需。"+long),
			[]string{}},
		{"一、二线城市", body("一、二线城市房价上涨，三四线城市平稳。", long),
			[]string{}},
		{"entries with no body are list items", body("（一）投资", "1．地级市投资增速前二名：中卫市增长36.4%。", "2．县区投资增速前三名：中宁县增长58.3%。", "（二）项目", "1．开工率前二名：固原市开工率100%。", "2．完成率前二名：吴忠市完成63.5%。"),
			[]string{"1 （一）|投资 L1", "2 （二）|项目 L1"}},
		{"long bold emphasis is text", "<p><b>大家都知道，2015年中国GDP达到美国GDP 60%的时候，西方学者已经按照60%分界线作为战略指标。</b></p><p>" + long + "</p>",
			[]string{}},
		{"short bold subheads", "<p>" + long + "</p><p><b>房贷占比提升异常将予以重点关注</b></p><p>" + long + "</p><p><b>严防经营贷违规流入房市</b></p><p>" + long + "</p>",
			[]string{"1 |房贷占比提升异常将予以重点关注 L1", "2 |严防经营贷违规流入房市 L1"}},
		{"【小标题】", body(long, "【政策解读】", long, "【专家观点】", long),
			[]string{"1 |【政策解读】 L1", "2 |【专家观点】 L1"}},
		{"a chapter after report sections closes them", body("一、甲", long, "二、乙", long, "第一章 附则", long, "第一条 本规定自发布之日起施行。"),
			[]string{"1 一、|甲 L1", "2 二、|乙 L1", "3 第一章|附则 L1", "3.1 第一条| L2 run-in"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orEmpty(sectionLines(t, tt.body)))
		})
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestListItemsKeepTheirNumber(t *testing.T) {
	doc := parseBody(t, "<p>（一）投资</p><p>1．地级市投资增速前二名：中卫市增长36.4%。</p><p>2．县区投资增速前三名：中宁县增长58.3%。</p><p>（二）项目</p><p>1．开工率前二名。</p><p>2．完成率前二名。</p>")
	var items []string
	for _, p := range doc.Paragraphs {
		if p.Kind == KindListItem {
			items = append(items, p.Number+"|"+p.Text)
		}
	}
	assert.Equal(t, []string{"1．|地级市投资增速前二名：中卫市增长36.4%。", "2．|县区投资增速前三名：中宁县增长58.3%。",
		"1．|开工率前二名。", "2．|完成率前二名。"}, items)
}

// TestRunInSplit checks that a run-in heading loses no text: the number,
// the heading and the rest, marks included, are all still there.
func TestRunInSplit(t *testing.T) {
	src := "<p>一、总体要求</p><p>正文。</p><p>（一）深入实施<b>城市总体规划</b>，京津冀协同发展取得新成效。坚持<b>一张蓝图</b>干到底。</p><p>正文。</p><p>（二）着力建设国际科技<b>创新中心。发布</b>实施计划。</p><p>正文。</p><p>二、主要任务</p><p>正文。</p>"
	doc := parseBody(t, src)
	checkTree(t, doc)
	p := doc.Paragraphs
	require.Len(t, p, 10)
	assert.Equal(t, Paragraph{Kind: KindHeading, Number: "（一）", Text: "深入实施城市总体规划，京津冀协同发展取得新成效。", Level: 2, Section: "1.1", RunIn: true,
		Marks: []Mark{{Kind: MarkBold, Text: "城市总体规划", Start: 12, End: 30}}}, p[2])
	assert.Equal(t, Paragraph{Kind: KindText, Text: "坚持一张蓝图干到底。",
		Marks: []Mark{{Kind: MarkBold, Text: "一张蓝图", Start: 6, End: 18}}}, p[3])
	assert.Equal(t, "深入实施城市总体规划，京津冀协同发展取得新成效", doc.Sections[0].Children[0].Title,
		"the heading keeps its 。, the section's title does not")
	// A mark across the cut is split between the two paragraphs.
	assert.Equal(t, []Mark{{Kind: MarkBold, Text: "创新中心。", Start: 24, End: 39}}, p[5].Marks)
	assert.Equal(t, "发布实施计划。", p[6].Text)
	assert.Equal(t, []Mark{{Kind: MarkBold, Text: "发布", Start: 0, End: 6}}, p[6].Marks)
}

func TestTitleBlock(t *testing.T) {
	src := `<p>据北京日报消息，北京市政府工作报告全文发布。全文如下：</p>
<p><b>北京市政府工作报告</b></p><p><b>——2022年1月6日在北京市第十五届人民代表大会第五次会议上</b></p><p><b>北京市市长 陈吉宁</b></p>
<p>各位代表：</p><p><b>一、2021年工作回顾</b></p><p>过去一年，是党和国家历史上具有里程碑意义的一年。</p><p>三、主要任务</p><p>二、2022年主要任务</p><p>今年是党的二十大召开之年。</p>`
	doc := parseBody(t, src)
	var kinds []string
	for _, p := range doc.Paragraphs {
		kinds = append(kinds, p.Kind.String())
	}
	assert.Equal(t, []string{"text", "title", "title", "title", "text", "heading", "text", "text", "heading", "text"}, kinds)
	assert.Equal(t, "北京市政府工作报告", doc.Title)
	assert.Equal(t, []string{"1 一、|2021年工作回顾 L1", "2 二、|2022年主要任务 L1"}, outlineIDs(doc))
}

func outlineIDs(doc *Document) []string {
	var out []string
	for s := range doc.AllSections() {
		out = append(out, fmt.Sprintf("%s %s|%s L%d", s.ID, s.Number, s.Title, s.Level))
	}
	return out
}

func TestMarkdownAndTextBodies(t *testing.T) {
	md := "# 中华人民共和国民法典\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n<!-- INFO END -->\n\n## 第一章  基本规定\n\n第一条 为了保护民事主体的合法权益，制定本法。\n\n第二条 民法调整平等主体之间的关系。\n\n## 第二章 自然人\n\n### 第一节 民事权利能力\n\n第十三条 自然人从出生时起到死亡时止，具有民事权利能力。\n"
	doc := parseBody(t, md)
	assert.Equal(t, []string{"1 第一章|基本规定 L1", "1.1 第一条| L3", "1.2 第二条| L3", "2 第二章|自然人 L1", "2.1 第一节|民事权利能力 L2", "2.1.1 第十三条| L3"},
		outlineIDs(doc))
	assert.Equal(t, "中华人民共和国民法典", doc.Title)

	// One paragraph a line, with or without blank lines: every line is a
	// paragraph.
	for _, text := range []string{
		"一、总体要求\n坚持稳中求进。\n要求如下。\n二、主要任务\n扩大内需。",
		"一、总体要求\n\n坚持稳中求进。\n要求如下。\n\n二、主要任务\n\n扩大内需。",
	} {
		doc = parseBody(t, text)
		assert.Equal(t, []string{"1 一、|总体要求 L1", "2 二、|主要任务 L1"}, outlineIDs(doc), "%q", text)
		assert.Equal(t, []string{"heading:总体要求", "text:坚持稳中求进。", "text:要求如下。", "heading:主要任务", "text:扩大内需。"},
			texts(doc), "%q", text)
	}

	// Text set to a fixed width: a full line runs on into the next; a
	// short line, an indented line or a numbered line ends a paragraph.
	const para1 = "近年来，我市坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，经济运行总体平稳。"
	const para2 = "全年地区生产总值增长百分之五点二，城镇新增就业十二万人，居民人均可支配收入增长百分之五点八，粮食产量保持稳定。"
	wrapped := "一、总体要求\n" + wrapRunes(para1, 20) + "　　" + wrapRunes(para2, 20) + "二、主要任务\n" + wrapRunes(para2, 20)
	doc = parseBody(t, wrapped)
	assert.Equal(t, []string{"heading:总体要求", "text:" + para1, "text:" + para2, "heading:主要任务", "text:" + para2},
		texts(doc), "%q", wrapped)

	// Text copied from a PDF: a line of a table set wider than the rest,
	// lines of single cells, quotation marks (ambiguous, so wide in Chinese
	// text), and a page's number where a paragraph runs on over a page
	// break. The paragraph is whole; the page number stands after it, and
	// the page-number rule drops it.
	const para3 = "管理创新工作以支撑和服务公司“战略”和改革发展为根本出发点，瞄准现代企业管理前沿方向，发挥战略性、全局性、前瞻性的引领作用。"
	lines := strings.Split(strings.TrimSuffix(wrapRunes(para3, 20), "\n"), "\n")
	pdf := "一、总体要求\n" + wrapRunes(para1, 20) + lines[0] + "\n-2-\n" + strings.Join(lines[1:], "\n") + "\n" +
		"注：表中所列分值为该项目最高分值 专家（评委）签字： 日期：\n" + strings.Repeat("显著\n明显\n一般\n", 4) + "二、主要任务\n" + wrapRunes(para2, 20)
	doc, err := Parse(strings.NewReader(pdf), WithInput(InputBody), WithFormat(FormatText), WithRemovals())
	require.NoError(t, err)
	got := texts(doc)
	require.GreaterOrEqual(t, len(got), 3, "%q", pdf)
	assert.Equal(t, []string{"heading:总体要求", "text:" + para1, "text:" + para3}, got[:3], "%q", pdf)
	assert.Equal(t, []string{"heading:主要任务", "text:" + para2}, got[len(got)-2:])
	assert.Contains(t, doc.Removed, Removal{Rule: "page-number", Element: "p", Text: "-2-"})

	doc = parseBody(t, "    <div>　　缩进的正文</div>\n")
	assert.Equal(t, []string{"text:缩进的正文"}, texts(doc), "indented HTML is not a Markdown code block")

	doc = parseBody(t, "# 标题\n\n正文", WithFormat(FormatText))
	assert.Equal(t, []string{"text:# 标题", "text:正文"}, texts(doc))
}

// wrapRunes sets s on lines of n runes, as fixed-width text is.
func wrapRunes(s string, n int) string {
	var b strings.Builder
	rs := []rune(s)
	for len(rs) > 0 {
		k := min(n, len(rs))
		b.WriteString(string(rs[:k]) + "\n")
		rs = rs[k:]
	}
	return b.String()
}

// TestTextLinesSameTree: a plain-text document gives the same section tree
// with one paragraph a line, with a blank line between paragraphs, and
// with a blank line after its first line only. Text set to a fixed width
// (see softWrapped), or copied from a page with its lines broken apart
// at its elements (see fragmented), has no line a paragraph: a blank line
// after each of its lines would make each one, so it is tried with the
// last variant only.
func TestTextLinesSameTree(t *testing.T) {
	var inputs []string
	for _, pattern := range []string{"sections", "sections_heldout*"} {
		found, err := filepath.Glob(filepath.Join("testdata", pattern, "*", "input.txt"))
		require.NoError(t, err)
		inputs = append(inputs, found...)
	}
	require.NotEmpty(t, inputs)
	for _, path := range inputs {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		var lines []string
		for l := range strings.Lines(string(src)) {
			if l = strings.TrimRight(l, "\r\n"); strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		variants := map[string]string{
			"one a line":     strings.Join(lines, "\n"),
			"blank lines":    strings.Join(lines, "\n\n"),
			"one blank line": lines[0] + "\n\n" + strings.Join(lines[1:], "\n"),
		}
		names := []string{"one a line", "blank lines", "one blank line"}
		if softWrapped(src) > 0 || fragmented(src) {
			names = []string{"one a line", "one blank line"}
		}
		want := ""
		for _, name := range names {
			doc, err := Parse(strings.NewReader(variants[name]), WithInput(InputBody), WithFormat(FormatText))
			require.NoError(t, err)
			got := outline(doc)
			if want == "" {
				want = got
				assert.NotEmpty(t, got, path)
				continue
			}
			assert.Equal(t, want, got, "%s: %s", path, name)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	for body, want := range map[string]Format{
		"<p>正文</p>":                   FormatHTML,
		"<div>   \n正文\n</div>":        FormatHTML,
		"# 标题\n\n<!-- INFO END -->\n": FormatMarkdown,
		"- 一\n- 二":                    FormatMarkdown,
		"一、总体要求\n\n正文":                FormatText,
		"1 < 2 且 3 > 2":               FormatText,
		// A setext heading, and a WeChat export with one stray <br />.
		"新加坡已经不再适合中产\n===========\n\n正文。\n":                                   FormatMarkdown,
		"标题\n=====\n\n**涨声一片**\n\n![图片](a.jpg)\n\n正文。\n\n**小标题**\n\n<br />\n": FormatMarkdown,
		"正文\n\n----------\n": FormatText, // a rule after a blank line is no underline
	} {
		assert.Equal(t, want, detectFormat([]byte(body)), body)
	}
}

// TestMarkOpensLine: where no line opens with a mark of Markdown's,
// countMarkdownLines counts none, on every body of the golden cases and
// on lines that open with each mark or with spaces before it.
func TestMarkOpensLine(t *testing.T) {
	bodies := []string{"", "\n", "<p>正文</p>\n<p>- 不在行首</p>", "  # 缩进", "正文\n#标题", "正文\n\n- 一", "a\r\n*b*", "<pre>\n# 注释\n</pre>"}
	for _, m := range markdownMarks {
		bodies = append(bodies, "<p>x</p>\n"+string(m)+"行", "<p>x</p>\n "+string(m)+string(m)+string(m))
	}
	bodies = append(bodies, testdataInputs(t, filepath.Join("testdata", "*", "*", "input.*"))...)
	opened := 0
	for _, b := range bodies {
		md, _, _, _ := countMarkdownLines([]byte(b))
		if !markOpensLine([]byte(b)) {
			assert.Zero(t, md, "%.80q", b)
		} else {
			opened++
		}
	}
	assert.Greater(t, opened, len(markdownMarks))
}

// TestHasHTML: a tag of a known element, or a doctype; a comment, a
// comparison or an unknown name is no HTML.
func TestHasHTML(t *testing.T) {
	for body, want := range map[string]bool{
		"<p>正文": true, "正文<br/>": true, "<DIV class=x>": true, "<!DOCTYPE html>": true, "<td\n>": true,
		"<!-- INFO END -->": false, "1 < 2 且 3 > 2": false, "<foo>": false, "<": false, "a<b": false,
		"<abcdefghijklmnopq>":                      false, // a name longer than any element's
		"填写 <ID> 与 <NAME>":                         false, // placeholders, in capitals
		"<P>新华社北京9月9日电。</P>":                       true,  // old HTML in capitals, closed
		"第一段<BR>第二段":                               true,  // a void element
		"<x> <y> <z> <xa> <xb> <xc> <xd> <xe> <p>": false, // only the first eight tags are looked at
	} {
		assert.Equal(t, want, hasHTML([]byte(body)), body)
	}
}

// TestSecondPassShapes: shapes the third held-out set showed.
func TestSecondPassShapes(t *testing.T) {
	long := "新加坡的国土面积大约只有深圳的三分之一，用一天时间就能步行穿越，刚来的时候很新鲜，后来就觉得无聊了。"
	outline := func(body string) []string {
		doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
		require.NoError(t, err)
		checkTree(t, doc)
		var got []string
		for s := range doc.AllSections() {
			got = append(got, strings.Repeat("  ", s.Level-1)+s.Number+s.Title)
		}
		return got
	}
	// The title repeated in bold under the byline is the title, not a section.
	assert.Equal(t, []string{"涨声一片", "与工作绑定的签证"},
		outline("# 沙特与台积电\n\n卢克文工作室\n\n**沙特与台积电**\n\n"+long+"\n\n**涨声一片**\n\n"+long+"\n\n**与工作绑定的签证**\n\n"+long+"\n"))
	// One short bold line among longer ones is their sibling, not a part.
	assert.Equal(t, []string{"涨声一片", "与工作绑定的签证", "劈成两半的天花板"},
		outline(long+"\n\n**涨声一片**\n\n"+long+"\n\n**与工作绑定的签证**\n\n"+long+"\n\n**劈成两半的天花板**\n\n"+long+"\n"))
	// Bold subheads before a closing numbered list stay sections.
	assert.Equal(t, []string{"新冠疫情的影响继续，哪天是个头", "心脏病杀手再现，球员的命到底是不是命"},
		outline("<p>"+long+"</p><p><strong>新冠疫情的影响继续，哪天是个头</strong></p><p>"+long+"</p><p><strong>心脏病杀手再现，球员的命到底是不是命</strong></p><p>"+long+
			"</p><p>1. 所提及年份的个人和集体成就；</p><p>2. 球员排名；</p><p>3. 球员整个生涯的表现。</p>"))
	// One-sentence subheads of a report saved one paragraph a line, under
	// 一、 and under （一） alike.
	body := long + long // a paragraph longer than 60 characters
	report := "一、工作回顾\n生态底色更加亮丽。\n" + body + "\n经济运行持续向好。\n" + body + "\n特色产业向新向优。\n" + body +
		"\n二、重点任务\n（一）聚焦双碳引领，推动全面绿色转型\n加强生态系统保护修复。\n" + body + "\n纵深推进碳达峰专项行动。\n" + body +
		"\n（二）聚焦扩大内需，融入国内市场\n加力扩大有效投资。\n" + body + "\n"
	// (One style, one level: the subheads under 一、 are at level 3 too.)
	assert.Equal(t, []string{"一、工作回顾", "    生态底色更加亮丽", "    经济运行持续向好", "    特色产业向新向优", "二、重点任务",
		"  （一）聚焦双碳引领，推动全面绿色转型", "    加强生态系统保护修复", "    纵深推进碳达峰专项行动",
		"  （二）聚焦扩大内需，融入国内市场", "    加力扩大有效投资"}, outline(report))
	// A short sentence alone among prose, or under an image, is text.
	assert.Empty(t, outline(body+"\n但这只是开始。\n"+body+"\n"), "one short sentence")
	// A centered bold question is a subhead, even after a comma.
	center := `<p style="text-align:center"><strong>`
	assert.Equal(t, []string{"初入职场的“梦碎”", "整顿职场，在整顿什么？"},
		outline("<p>"+long+"</p>"+center+"初入职场的“梦碎”</strong></p><p>"+long+"</p>"+center+"整顿职场，在整顿什么？</strong></p><p>"+long+"</p>"))
	// A decimal outline under "1.", and a decimal in a sentence.
	plan := "1. 设计来源\n1.1. 问题浅析\n" + body + "\n1.2 现状调研\n" + body + "\n1.5亿元的投资已经到位，项目按计划推进。\n2. 方法概述\n2.1. 综述\n" + body + "\n2.2. 模块拆解\n" + body + "\n"
	doc, err := Parse(strings.NewReader(plan), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	var decimal []string
	for s := range doc.AllSections() {
		decimal = append(decimal, s.Number+s.Title+"|"+s.Style.String())
	}
	assert.Equal(t, []string{"1.设计来源|1.", "1.1.问题浅析|1.1", "1.2现状调研|1.1", "2.方法概述|1.", "2.1.综述|1.1", "2.2.模块拆解|1.1"}, decimal)
	// A tender's instructions: a decimal number run into its title is a
	// heading (1.1招标项目概况, 1.2分包), a clause run into its text
	// (1.1.1根据…) and a figure with its unit (1.5亿元, 2.5分钟) are not;
	// a row of a table saved as text, alone between lines of its cells,
	// is a table, and the lines of a form are no subheads.
	tender := "第二章 投标人须知\n条款号\t条款名称\t编列内容\n1.1.1\t招标人\t名称：见招标公告\n地址：见招标公告\n" +
		"2.2.1\t投标人要求澄清招标文件\t时间：投标截止时间15日前。\n形式：上传至交易平台。\n2.2.2\t澄清发出的形式\t通过交易平台。\n" +
		"联系人：张经理\n地址：济南市高新区汉峪金谷\n" +
		"1.异议的提出应按附件格式填写异议单，盖章扫描件发送至指定电子邮箱。\n2.不受理匿名或其他形式的异议。\n" +
		"1.总则\n1.1招标项目概况\n1.1.1根据《中华人民共和国招标投标法》等有关法律的规定，本项目已具备招标条件。\n1.1.2招标人：见投标人须知前附表。\n" +
		"1.2分包\n1.2.1投标人拟在中标后将中标项目的部分非主体工作进行分包的，应符合前附表的规定。\n" +
		"2.招标文件\n2.1招标文件的组成\n1.5亿元的投资已经到位，项目按计划推进。\n本项目工期为2.5分钟一个批次，共计十个批次。\n"
	doc, err = Parse(strings.NewReader(tender), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 第二章|投标人须知 L1", "1.1 1.|总则 L2", "1.1.1 1.1|招标项目概况 L3",
		"1.1.2 1.2|分包 L3", "1.2 2.|招标文件 L2", "1.2.1 2.1|招标文件的组成 L3"}, outlineIDs(doc))
	rows := 0
	for _, p := range doc.Paragraphs {
		if p.Kind == KindTable {
			rows++
		}
	}
	assert.Equal(t, 3, rows, "the table, and two rows alone between lines of their cells")
	// A title over a list of sentences heads it; a sentence over one is
	// an item of a list.
	notice := "一、总体要求\n（一）坚持稳中求进工作总基调，推动高质量发展。\n（二）坚持系统观念，统筹发展和安全。\n二、主要任务\n（一）加强预算管理\n" +
		"1.严格执行预算制度，确保预算编制的科学性。\n2.加强预算执行监督，建立健全监控机制。\n（二）规范收支管理\n1.严格执行收支两条线管理。\n" +
		"2.加强支出管理，保障重点支出。\n三、实施时间\n本通知自发布之日起施行。\n"
	doc, err = Parse(strings.NewReader(notice), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 一、|总体要求 L1", "2 二、|主要任务 L1", "2.1 （一）|加强预算管理 L2", "2.2 （二）|规范收支管理 L2", "3 三、|实施时间 L1"}, outlineIDs(doc))
	// The name of the account a piece was posted by, set under its title,
	// heads no part; its plain subheads do.
	post := "---\ntitle: 国内最大IT社区被挂马\nsource: 安全内参\n---\n\n# 国内最大IT社区被挂马\n\n安全内参\n\n" +
		long + "\n\n水坑细节\n\n" + long + "\n\n木马分析\n\n" + long + "\n\n溯源分析\n\n" + long + "\n"
	doc, err = Parse(strings.NewReader(post))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 |水坑细节 L1", "2 |木马分析 L1", "3 |溯源分析 L1"}, outlineIDs(doc))
	// A row of a table of figures, numbered as a section is, is no
	// heading; a title with dates and amounts in it is.
	for text, want := range map[string]bool{
		" 政府性基金收入 734,110 37,447 94 771,651": true, " 上级补助收入 242,738 242,738": true, " 债务发行费用支出 19 1,799 1,818": true,
		" 2021 年 1 月至 2022 年 6 月经济运行情况": false, "我省 2022 年新增债务限额情况": false, " 新增 352 亿元 其中 235 亿元": false,
	} {
		assert.Equal(t, want, figureRow(text), text)
	}
	// A title wrapped as the text was, its last word on a line of its
	// own, is one heading.
	wrapped := "一、财政部下达我省二〇二二年新增债务限额情况及相关\n要求\n近期，财政部增加下达我省地方政府新增专项债务限额三百五十二亿元，包括广东地区和深圳市两部分。\n" +
		"二、地方政府新增债务限额分配安排情况\n" + body + "\n"
	doc, err = Parse(strings.NewReader(wrapped), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 一、|财政部下达我省二〇二二年新增债务限额情况及相关要求 L1", "2 二、|地方政府新增债务限额分配安排情况 L1"}, outlineIDs(doc))
	// A title's last word wrapped onto its own line is its end, even a
	// word that starts with a family name (方案, 任务).
	wrappedPlan := "一、关于进一步做好全市农村人居环境整治提升工作的实施\n方案\n为深入贯彻落实中央和省委部署，进一步改善农村人居环境，结合本市实际，制定本方案。\n" +
		"二、工作任务\n" + body + "\n"
	doc, err = Parse(strings.NewReader(wrappedPlan), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, []string{"1 一、|关于进一步做好全市农村人居环境整治提升工作的实施方案 L1", "2 二、|工作任务 L1"}, outlineIDs(doc))
	// Rows of a table whose cells run on over lines of their own are
	// tables, however far apart; a line of fields is no row.
	apart := "2.2.1\t投标人要求澄清招标文件\t时间：投标截止时间15日前\n形式：书面形式\n2.2.2\t澄清发出的形式\t通过交易平台\n形式：电子文件\n" +
		"2.2.3\t确认收到澄清\t收到澄清后24小时内\n" + body + "\n"
	doc, err = Parse(strings.NewReader(apart), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	oneRow := 0
	for _, p := range doc.Paragraphs {
		if p.Kind == KindTable {
			oneRow++
		}
	}
	assert.Equal(t, 3, oneRow, "rows apart")
	assert.False(t, isPlainHeading(&Paragraph{Kind: KindText, Text: "制表：张三 审核：李四"}), "a line of fields")
	// A speaker's name under a long title is no end of it.
	speech := "一、在全市优化营商环境工作推进大会上的重要讲话全文\n李明\n同志们，今天我们召开全市优化营商环境工作推进大会，主要任务是总结工作、部署任务。\n" +
		"二、工作要求\n" + body + "\n"
	doc, err = Parse(strings.NewReader(speech), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, []string{"1 一、|在全市优化营商环境工作推进大会上的重要讲话全文 L1", "2 二、|工作要求 L1"}, outlineIDs(doc))
	// The lines of a table copied as text: its header, its unit, a cell
	// between rows of figures.
	table := []Paragraph{{Kind: KindText, Text: "单位：万元"}, {Kind: KindText, Text: "2022年 第一次 第二次 调整后"}, {Kind: KindText, Text: "项 目"},
		{Kind: KindText, Text: "预算数 预算调整 预算调整 预算数"}, {Kind: KindText, Text: "彩票公益金收入 163,568 163,568"}, {Kind: KindText, Text: "业务费用"},
		{Kind: KindText, Text: "专项收入 387,029 37,447 94 424,570"}, {Kind: KindText, Text: "工 作 回 顾"}, {Kind: KindText, Text: long}}
	var lines []bool
	for i := range table {
		lines = append(lines, tableLine(table, i))
	}
	assert.Equal(t, []bool{true, true, true, true, true, true, false, false, false}, lines)
	// Slogans and words that start with 单位 are no table's lines.
	prose := []Paragraph{{Kind: KindText, Text: long}, {Kind: KindText, Text: "稳增长 促改革 调结构"}, {Kind: KindText, Text: long},
		{Kind: KindText, Text: "单位职责"}, {Kind: KindText, Text: long}}
	assert.False(t, tableLine(prose, 1), "a slogan")
	assert.False(t, tableLine(prose, 3), "a heading that starts with 单位")
	// Sentences numbered under an article are its items, even with text
	// after them; titles there may head parts of it.
	rules := "第一章 总则\n第一条 为规范管理创新工作，制定本办法。\n第二条 管理创新工作分为以下两种类型。\n" +
		"（一）管理创新成果是指借鉴和运用现代管理科学理论，在企业管理方面所进行的创新，并经过实践验证确有明显效果的成果。\n管理创新成果选题要点如下：\n1.紧密结合当前经济社会发展的新形势；\n2.生产经营过程中总结出的管理成果。\n" +
		"（二）管理创新案例分析是以对标世界一流管理提升行动为契机，分行业开展的案例研究。\n案例分析每年组织一次。\n第三条 本办法自发布之日起施行。\n"
	doc, err = Parse(strings.NewReader(rules), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 第一章|总则 L1", "1.1 第一条| L2", "1.2 第二条| L2", "1.3 第三条| L2"}, outlineIDs(doc))
	// Decimal numbers: a title after a space may start with a digit; one
	// run into the number may start with a word that is also a unit's
	// first character; a figure with its unit is no number.
	for text, want := range map[string]bool{"1.1 2023年度收入执行情况": true, "1.2项目资金来源": true, "4.1人员配置": true, "2.1年度目标": true,
		"1.11分包": true, "2.1公里滨河绿道": false, "1.5亿元投资": false, "3.5": false, "1.1.1根据《招标投标法》的规定，本项目已具备招标条件。": false} {
		c, ok := numberedPara(&Paragraph{Kind: KindText, Text: text})
		assert.Equal(t, want, ok && isDecimal(c.style), text)
	}
	// The title of a form set again under its annex's heading is no
	// heading of its own.
	forms := "一、总则\n" + body + "\n二、要求\n" + body + "\n附件一：问题澄清通知\n问题澄清通知\n编号：\n" + body + "\n附件二：问题的澄清\n问题的澄清\n编号：\n" + body + "\n"
	doc, err = Parse(strings.NewReader(forms), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 一、|总则 L1", "2 二、|要求 L1", "3 附件一：|问题澄清通知 L1", "4 附件二：|问题的澄清 L1"}, outlineIDs(doc))
	// A chapter, its first section and its first article each alone on
	// its line, the article's text below, are no table of contents, even
	// where a later chapter's first section has the same title.
	law2 := "第一章 总则\n第一条\n为了规范公司的组织和行为，制定本法。\n第二章 有限责任公司\n第一节 设 立\n第二条\n有限责任公司由一个以上股东出资设立。\n" +
		"第三条\n股东应当按期足额缴纳出资。\n第三章 股份有限公司\n第一节 设 立\n第四条\n设立股份有限公司，应当有发起人。\n"
	doc, err = Parse(strings.NewReader(law2), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	assert.Equal(t, []string{"1 第一章|总则 L1", "1.1 第一条| L3", "2 第二章|有限责任公司 L1", "2.1 第一节|设 立 L2", "2.1.1 第二条| L3", "2.1.2 第三条| L3",
		"3 第三章|股份有限公司 L1", "3.1 第一节|设 立 L2", "3.1.1 第四条| L3"}, outlineIDs(doc))
	// An article named in a sentence, on a line wrapped inside it, is no
	// heading; an inserted article is.
	for text, want := range map[string]bool{"第十三条的规定，本次交易构成借壳上市。": false, "第十三条规定”。": false,
		"第十三条 本法自公布之日起施行。": true, "第十七条之一 违反国家规定的，处三年以下有期徒刑。": true} {
		_, ok := numberedPara(&Paragraph{Kind: KindText, Text: text})
		assert.Equal(t, want, ok, text)
	}
	// Who signs or gives a report is no subhead.
	for text, want := range map[string]bool{"广东省财政厅厅长 戴运龙": true, "北京市市长 陈吉宁": true, "财政厅 工作要点": false, "厅长 戴运龙": false,
		"专访集团董事长 刘永好": false} {
		assert.Equal(t, want, officialSign(text), text)
	}
	// The lines of a form stand together; a field alone, or a part
	// numbered in its label, may be a subhead.
	form := []Paragraph{{Kind: KindText, Text: "招标人：国网山东省电力公司"}, {Kind: KindText, Text: "招标代理机构：山东诚信工程建设监理有限公司"},
		{Kind: KindText, Text: "2025年8月"}, {Kind: KindText, Text: "背景：一场风波"}, {Kind: KindText, Text: long},
		{Kind: KindText, Text: "附录1：方案实施流程图"}, {Kind: KindText, Text: "附录2：竞价指引"}}
	var fields []bool
	for i := range form {
		fields = append(fields, formField(form, i))
	}
	assert.Equal(t, []bool{true, true, false, false, false, false, false}, fields)
	beside := []Paragraph{{Kind: KindTable, Text: "1.1.2\t招标人\t名称：见招标公告"}, {Kind: KindText, Text: "地址：见招标公告"}}
	assert.True(t, formField(beside, 1), "a field beside the row of a table")
	assert.False(t, isPlainHeading(&Paragraph{Kind: KindText, Text: "异议受理场所：□开标现场 □非开标现场"}), "a form's boxes")
	quoted := []Paragraph{{Kind: KindText, Text: "关键词：科技创新"}, {Kind: KindText, Text: "王志刚表示：“科技创新是发展的关键。”"}}
	assert.False(t, formField(quoted, 0), "a keyword over a quoted sentence")
	// A law's table of contents stays text.
	law := "目录\n第一章 总则\n第二章 法律\n第三章 附则\n第一章 总则\n第一条 为了规范立法活动，制定本法。\n" +
		"第二章 法律\n第二条 法律由全国人民代表大会制定。\n第三章 附则\n第三条 本法自公布之日起施行。\n"
	assert.Equal(t, []string{"第一章总则", "  第一条", "第二章法律", "  第二条", "第三章附则", "  第三条"}, outline(law))
	// Articles laid out as a table, a number and its text a row, are
	// articles; a data table stays a table.
	doc, err = Parse(strings.NewReader(`<p><b>第一章 總則</b></p><table><tr><td>第一條</td><td>本會會名定為台灣語文學會。</td></tr>`+
		`<tr><td>第二條</td><td>本會以研究台灣語文為宗旨。</td></tr></table><table><tr><td>1.</td><td>北京</td></tr><tr><td>第三條</td><td>上海</td></tr><tr><td>三</td><td>廣州</td></tr></table>`), WithInput(InputBody))
	require.NoError(t, err)
	var tables, articles int
	for _, p := range doc.Paragraphs {
		if p.Kind == KindTable {
			tables++
		}
	}
	for s := range doc.AllSections() {
		if s.Style == StyleArticle {
			articles++
		}
	}
	assert.Equal(t, 1, tables, "the data table")
	assert.Equal(t, 2, articles)
	// A list of tasks, some with a short note after them, is a list.
	assert.Empty(t, outline("高一爱校教育\n1、利用国旗下讲话，宣传栏等形式，宣传活动主题，培养同学热爱学校、热爱班级的优良品质。\n"+
		"2、要求各班级以“爱我温中”为主题出一期黑板报，德育处将组织评比。检查时间：10月17日。\n"+
		"3、组织各班根据本班实际情况，讨论制定班级文明公约，切实提高学生素质。\n"+
		"4、组织召开以“爱校、爱师、爱同学”为主题的主题班会。检查时间：10月21日。\n"), "numbered tasks")
}

// truthHead is a heading of a hand-made outline, or of the tree found.
type truthHead struct {
	num, title string
	parent     int    // index of the parent heading, -1 at the top
	amb        bool   // marked "?": either reading is right
	key, text  string // num and title normalized for matching
}

func (h truthHead) normalized() truthHead {
	norm := func(s string) string {
		// As Parse writes text (full-width digits folded, Kangxi radicals
		// read as ideographs): outlines are written from the source.
		s = strings.Join(strings.Fields(Normalize(s)), "")
		s = strings.NewReplacer("．", ".", "(", "（", ")", "）", "〈", "<", "〉", ">").Replace(s)
		return strings.TrimRight(strings.TrimLeft(s, "：:"), "。：:；;，,、.")
	}
	// A marker (■) is no number of the outline, and the separator of a
	// plan's code (阶段 A ·, J0 —) is in the number found, in neither
	// part of the outline.
	h.key, h.text = strings.TrimRight(strings.Trim(norm(h.num), blockMarkers), "·•・|｜—–-"), norm(h.title)
	// 【附件一】: brackets around a number are part of it as written, as
	// the 、 of 一、 is; outlines write the number without them.
	if inner, ok := strings.CutPrefix(h.key, "【"); ok && strings.HasSuffix(inner, "】") {
		h.key = strings.TrimSuffix(inner, "】")
	}
	// 【当前进度判定】: the brackets of a "【】" heading mark its style, as a
	// number does; outlines write its title with them or without.
	if inner, ok := strings.CutPrefix(h.text, "【"); ok && strings.HasSuffix(inner, "】") && strings.Count(inner, "【") == 0 {
		h.text = strings.TrimSuffix(inner, "】")
	}
	return h
}

func readTruth(t *testing.T, path string) []truthHead {
	t.Helper()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	var heads []truthHead
	var stack []int // heading index at each depth
	text := strings.TrimRight(string(src), "\n")
	if text == "" {
		return nil // a document without headings
	}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(f), 3, "%s: %q", path, line)
		var depth int
		_, err := fmt.Sscan(f[0], &depth)
		require.NoError(t, err, line)
		h := truthHead{num: f[1], title: f[2], parent: -1, amb: len(f) > 3 && f[3] == "?"}
		stack = stack[:min(depth-1, len(stack))]
		if len(stack) > 0 {
			h.parent = stack[len(stack)-1]
		}
		stack = append(stack, len(heads))
		heads = append(heads, h.normalized())
	}
	return heads
}

func treeHeads(doc *Document) []truthHead {
	var heads []truthHead
	index := map[*Section]int{}
	var walk func(list []*Section, parent int)
	walk = func(list []*Section, parent int) {
		for _, s := range list {
			index[s] = len(heads)
			heads = append(heads, truthHead{num: s.Number, title: s.Title, parent: parent}.normalized())
			walk(s.Children, index[s])
		}
	}
	walk(doc.Sections, -1)
	return heads
}

// sameHeading matches a found heading with a hand-made one: the same
// number, and one title (spaces aside) the start of the other, since a
// found heading may hold a second line the outline left out, or the
// other way round.
func sameHeading(a, b truthHead) bool {
	return a.key == b.key && (strings.HasPrefix(a.text, b.text) || strings.HasPrefix(b.text, a.text))
}

// matchHeadings pairs found and hand-made headings in document order
// (a longest common subsequence), returning for each found heading the
// index of its hand-made match or -1.
func matchHeadings(got, want []truthHead) []int {
	n, m := len(got), len(want)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case sameHeading(got[i], want[j]):
				lcs[i][j] = lcs[i+1][j+1] + 1
			default:
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	pair := make([]int, n)
	for i := range pair {
		pair[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case sameHeading(got[i], want[j]) && lcs[i][j] == lcs[i+1][j+1]+1:
			pair[i] = j
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	return pair
}

// outlineScore counts how the section trees of a set of cases match their
// hand-made outlines.
type outlineScore struct {
	tp, fp, fn, parents, parentsRight int
}

func (s outlineScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s outlineScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s outlineScore) parentAcc() float64 { return ratio(s.parentsRight, s.parents) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreOutlines parses the input of every case folder under root and
// matches its section tree against the folder's truth.txt: a heading
// found and in the outline is right (a line marked "?" counts neither
// way), one found and not in it is wrong, one in it and not found is
// missed; a matched heading's parent is right when it is matched with the
// outline's parent (or both are at the top), where a "?" parent that no
// heading found is passed over for its own parent: either reading is
// right.
func scoreOutlines(t *testing.T, root string) outlineScore {
	t.Helper()
	truths, err := filepath.Glob(filepath.Join(root, "*", "truth.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, truths)
	var total outlineScore
	for _, path := range truths {
		dir := filepath.Dir(path)
		inputs, _ := filepath.Glob(filepath.Join(dir, "input.*"))
		require.Len(t, inputs, 1)
		src, err := os.ReadFile(inputs[0])
		require.NoError(t, err)
		var opts []Option
		if filepath.Ext(inputs[0]) == ".txt" {
			opts = append(opts, WithFormat(FormatText)) // as the command reads a .txt file
		}
		doc, err := Parse(bytes.NewReader(src), opts...)
		require.NoError(t, err, dir)
		got, want := treeHeads(doc), readTruth(t, path)
		pair := matchHeadings(got, want)
		found := map[int]bool{} // outline lines some heading found matches
		for _, j := range pair {
			found[j] = true
		}
		matched := map[int]bool{}
		var c outlineScore
		for i, j := range pair {
			switch {
			case j < 0:
				c.fp++
				t.Logf("%s: wrong heading %s%s", filepath.Base(dir), got[i].num, got[i].title)
				continue
			case !want[j].amb:
				c.tp++
			}
			matched[j] = true
			c.parents++
			gp, wp := got[i].parent, want[j].parent
			for wp >= 0 && want[wp].amb && !found[wp] {
				wp = want[wp].parent // a "?" line read as no heading: its children are its parent's
			}
			if gp < 0 && wp < 0 || gp >= 0 && wp >= 0 && pair[gp] == wp {
				c.parentsRight++
			} else {
				t.Logf("%s: wrong parent for %s%s", filepath.Base(dir), got[i].num, got[i].title)
			}
		}
		for j, w := range want {
			if !matched[j] && !w.amb {
				c.fn++
				t.Logf("%s: missed heading %s%s", filepath.Base(dir), w.num, w.title)
			}
		}
		t.Logf("%-40s found %4d, wrong %3d, missed %3d, parents %d/%d", filepath.Base(dir), c.tp, c.fp, c.fn, c.parentsRight, c.parents)
		total.tp += c.tp
		total.fp += c.fp
		total.fn += c.fn
		total.parents += c.parents
		total.parentsRight += c.parentsRight
	}
	t.Logf("headings: %d right, %d wrong, %d missed: precision %.3f, recall %.3f, parent accuracy %.3f",
		total.tp, total.fp, total.fn, total.precision(), total.recall(), total.parentAcc())
	return total
}

// TestHeadingAccuracy scores the section trees against outlines made by
// hand, apart for the development cases the rules were written on
// (testdata/sections) and the held-out cases they were not
// (testdata/sections_heldout, outlined before any rule was changed for
// them; testdata/sections_heldout2, a second set outlined after the rules
// were tuned on the first; testdata/sections_heldout3 and
// sections_heldout4 to sections_heldout8, each measured before the rules
// were changed for it). The goal is 0.98 for precision, recall and parent
// accuracy on every set; a set below it has a floor at its last measured
// figures, so that no change makes it worse unseen.
func TestHeadingAccuracy(t *testing.T) {
	var pooled outlineScore
	heldOutRun := 0
	sets := []struct {
		name, root                   string
		precision, recall, parentAcc float64
	}{
		{"dev", filepath.Join("testdata", "sections"), 0.98, 0.98, 0.98},
		{"heldout", filepath.Join("testdata", "sections_heldout"), 0.98, 0.98, 0.98},
		{"heldout2", filepath.Join("testdata", "sections_heldout2"), 0.98, 0.98, 0.98},
		{"heldout3", filepath.Join("testdata", "sections_heldout3"), 0.98, 0.98, 0.98}, // measured untouched at 0.904, 0.925, 0.963, then tuned on
		{"heldout4", filepath.Join("testdata", "sections_heldout4"), 0.98, 0.98, 0.98}, // measured untouched at 1.000, 0.872, 0.993, then tuned on
		// heldout5: measured untouched at 0.926, 0.750, 0.958, then tuned on:
		// recall below the goal (plain subheads in a decimal outline, minutes);
		// its lone 3.1. found since puts the plain subheads after it under it,
		// where the outline has them beside it (parent 0.982 → 0.979).
		{"heldout5", filepath.Join("testdata", "sections_heldout5"), 0.98, 0.97, 0.975},
		{"heldout6", filepath.Join("testdata", "sections_heldout6"), 0.95, 0.99, 0.99},   // measured untouched at 0.732, 0.641, 0.172
		{"heldout7", filepath.Join("testdata", "sections_heldout7"), 0.98, 0.99, 0.98},   // measured untouched at 0.898, 0.936, 0.989
		{"heldout8", filepath.Join("testdata", "sections_heldout8"), 0.98, 1.00, 0.98},   // measured untouched at 0.955, 1.000, 0.765
		{"heldout9", filepath.Join("testdata", "sections_heldout9"), 0.99, 1.00, 0.98},   // measured untouched at 0.935, 1.000, 0.944; a bold entry that heads only images (4、小狗 USB) stays a heading
		{"heldout10", filepath.Join("testdata", "sections_heldout10"), 0.98, 1.00, 1.00}, // measured untouched at 0.480, 1.000, 1.000
		{"heldout11", filepath.Join("testdata", "sections_heldout11"), 0.98, 1.00, 1.00}, // measured untouched at 0.944, 0.932, 1.000
		{"heldout12", filepath.Join("testdata", "sections_heldout12"), 0.98, 0.98, 1.00}, // measured untouched at 0.989, 0.978, 1.000
		{"heldout13", filepath.Join("testdata", "sections_heldout13"), 0.95, 0.91, 1.00}, // measured untouched at 0.909, 0.889, 0.975
		// heldout14: measured untouched at 0.461, 0.938, 0.778; nearly all of
		// it one regulation copied from a PDF (fixed-width lines, page
		// numbers), then read as such: its title over two lines, a
		// scoring table's cells and items inside articles still head
		// sections; since sentences under an article are its items,
		// 0.976, 1.000, 1.000 (two lines wrapped inside an item left).
		{"heldout14", filepath.Join("testdata", "sections_heldout14"), 0.97, 1.00, 1.00},
		// heldout15: measured untouched at 0.583, 0.961, 0.679; most of it
		// one page copied with its lines broken apart at its elements.
		{"heldout15", filepath.Join("testdata", "sections_heldout15"), 0.76, 0.98, 0.77},
		// heldout16: measured untouched at 0.415, 0.445, 0.505 (commit
		// 0a3a757): a code copied from a PDF with Kangxi radicals for 一 and
		// 二, a tender's decimal clauses run in (1.1招标项目概况) among table
		// rows, a prospectus's unnumbered parts over 一、, a paper's
		// two-line subheads over bylines. Then 0.628, 0.707, 0.713; with a
		// decimal number run into its title (1.1招标项目概况), a table's row
		// alone between lines of its cells read as a table, and a form's
		// lines no subheads: 0.860, 0.969, 0.756; with rules that part a
		// PDF's page blocks (page numbers framed among them) framing no
		// headings: 0.871, 0.990, 0.858; an article named on a line
		// wrapped in a sentence (第十三条的规定，…) no heading: 0.879, 0.990,
		// 0.909; a line wrapped on past such a rule, as its paragraph
		// does: 0.913, 0.990, 0.909; a form's lines beside a table's
		// rows and with boxes no subheads: 0.936, 0.995, 0.899.
		{"heldout16", filepath.Join("testdata", "sections_heldout16"), 0.93, 0.99, 0.89},
		// heldout17: measured untouched at 0.957, 0.901, 0.943 (commit
		// 151de82): letter-spaced （  一  ） from a PDF, 【附件一】 annexes.
		{"heldout17", filepath.Join("testdata", "sections_heldout17"), 0.98, 0.98, 0.99},
		// heldout18: measured untouched at 0.833, 0.983, 0.899 (commit
		// e05a5e1): a budget report from a PDF whose annexed tables' rows
		// open with 一、, a debate's bold speaker labels. Then 0.941,
		// 0.989, 0.937: a row of figures is no heading, a chapter's title
		// no credit line (第二章 设计); then 0.978, 0.994, 0.969: a title's
		// last word wrapped onto a line of its own, a table's lines.
		{"heldout18", filepath.Join("testdata", "sections_heldout18"), 0.97, 0.99, 0.96},
		// heldout19: measured untouched at 0.988, 0.977, 0.871 (commit
		// 77747c0); then 0.988, 0.994, 0.966: an article alone on its
		// line is no entry of a table of contents.
		{"heldout19", filepath.Join("testdata", "sections_heldout19"), 0.98, 0.99, 0.96},
	}
	// Every set in testdata is scored: a new one needs its row (and its
	// untouched figures in the comment) before it counts.
	roots, err := filepath.Glob(filepath.Join("testdata", "sections_heldout*"))
	require.NoError(t, err)
	known := map[string]bool{}
	for _, set := range sets {
		known[set.root] = true
	}
	for _, root := range roots {
		assert.True(t, known[root], "%s has no row in TestHeadingAccuracy", root)
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			s := scoreOutlines(t, set.root)
			assert.GreaterOrEqual(t, s.precision(), set.precision, "heading precision")
			assert.GreaterOrEqual(t, s.recall(), set.recall, "heading recall")
			assert.GreaterOrEqual(t, s.parentAcc(), set.parentAcc, "parent accuracy")
			if set.name != "dev" {
				heldOutRun++
				pooled.tp, pooled.fp, pooled.fn = pooled.tp+s.tp, pooled.fp+s.fp, pooled.fn+s.fn
				pooled.parents, pooled.parentsRight = pooled.parents+s.parents, pooled.parentsRight+s.parentsRight
			}
		})
	}
	// Every held-out set together: the goal is 0.98 on each measure. With
	// heldout16 (untouched at 0.415, 0.445, 0.505) the pooled figures fell
	// from 0.980, 0.987, 0.990 to 0.934, 0.961, 0.971; the floors are the
	// figures after the rules written since and heldout17, not the goal.
	// Parent accuracy is judged on the headings found: when the tender's
	// decimal sections were found (50 more headings, their parents 34 of
	// 50 right, the rest under the plain subheads of its cover), it went
	// from 0.976 to 0.974 while precision went from 0.951 to 0.971 and
	// recall from 0.966 to 0.986.
	if heldOutRun < len(sets)-1 {
		return // only some sets were run (-run TestHeadingAccuracy/heldout6)
	}
	t.Logf("held out, pooled: %d right, %d wrong, %d missed: precision %.3f, recall %.3f, parent accuracy %.3f",
		pooled.tp, pooled.fp, pooled.fn, pooled.precision(), pooled.recall(), pooled.parentAcc())
	// heldout18 (untouched at 0.833, 0.983, 0.899) brought them from
	// 0.972, 0.987, 0.974 to 0.961, 0.986, 0.968; then 0.980, 0.989,
	// 0.983: the goal met on every measure.
	assert.GreaterOrEqual(t, pooled.precision(), 0.980, "pooled held-out precision")
	assert.GreaterOrEqual(t, pooled.recall(), 0.988, "pooled held-out recall")
	// heldout19 (untouched at 0.988, 0.977, 0.871) brought them to 0.981,
	// 0.988, 0.977; then 0.980, 0.989, 0.982.
	assert.GreaterOrEqual(t, pooled.parentAcc(), 0.981, "pooled held-out parent accuracy")
}

// TestPhraseLinesNoPlainHeadings: in a WeChat piece set a phrase a line,
// a short line over a paragraph of prose stands out no more than the
// phrases around it and heads nothing; in prose, the same line heads its
// part.
func TestPhraseLinesNoPlainHeadings(t *testing.T) {
	phrases := "万物互联时代\n\n我们享受到了生活上的极大便利\n\n但与此同时\n\n有些人在网络上近乎裸奔\n\n没有隐私可言\n\n大家是否经历过\n\n跟朋友出游一起找酒店\n\n搜出来的价格完全不一样\n\n"
	prose := "同一时间用某应用预定某酒店的同房型时，不同手机端显示的价格不同，这就是典型的大数据杀熟，平台借此攫取利益。\n\n"
	doc := parseBody(t, phrases+"快戳下面的情景小短剧\n\n"+prose+phrases+"石家庄市民街头热议\n\n"+prose+phrases)
	assert.Empty(t, outlineIDs(doc))
	doc = parseBody(t, prose+"快戳下面的情景小短剧\n\n"+prose+prose+"石家庄市民街头热议\n\n"+prose+prose)
	assert.Equal(t, []string{"1 |快戳下面的情景小短剧 L1", "2 |石家庄市民街头热议 L1"}, outlineIDs(doc))
}

// TestRomanNumerals: Roman numerals before a Chinese title number the
// parts of an essay, in a heading of markup or heading body text; before
// English they number nothing.
func TestRomanNumerals(t *testing.T) {
	doc := parseBody(t, "<h3><span>I.</span> 告别“已知”：一位记者的未竟之问</h3><p>正文。</p><h3><span>II.</span> 闯入“未知”</h3><p>正文。</p>")
	assert.Equal(t, []string{"1 I.|告别“已知”：一位记者的未竟之问 L1", "2 II.|闯入“未知” L1"}, outlineIDs(doc))
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	doc = parseBody(t, "Ⅰ、总论\n\n"+long+"\n\nⅡ、分论\n\n"+long+"\n\nⅢ、结语\n\n"+long, WithFormat(FormatText))
	assert.Equal(t, []string{"1 Ⅰ、|总论 L1", "2 Ⅱ、|分论 L1", "3 Ⅲ、|结语 L1"}, outlineIDs(doc))
	assert.Equal(t, 4, romanValue("IV"))
	assert.Equal(t, 9, romanValue("IX."))
	assert.Equal(t, 39, romanValue("XXXIX"))
	doc = parseBody(t, "I. am a line of English\n\n"+long+"\n\nII. am another\n\n"+long, WithFormat(FormatText))
	assert.Empty(t, outlineIDs(doc))
}

// TestScoreNotesNoBody: a numbered line whose run-in "body" is only a note
// in brackets (1.巨大。（12分）) is an item of a list, not a heading.
func TestScoreNotesNoBody(t *testing.T) {
	long := "成果在企业战略决策和生产经营管理中实施后取得的工作效率和经济效益，或成果实施后取得的综合经济效益。"
	text := "一、效益性（30分）\n" + long + "\n（一）经济效益（12分）\n1.巨大。（12分）\n2.显著。（9分）\n3.一般。（6分）\n" +
		"（二）管理效益（10分）\n1.显著。（10分）\n2.明显。（8分）\n二、实践性（35分）\n" + long + "\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	assert.Equal(t, []string{"1 一、|效益性（30分） L1", "1.1 （一）|经济效益（12分） L2", "1.2 （二）|管理效益（10分） L2", "2 二、|实践性（35分） L1"}, outlineIDs(doc))
}

// TestAnnexTitleOverLines: an annex's number alone on its line takes the
// title after it, over two lines when the first is only the issuer's name
// (中交建筑集团有限公司 / 管理创新成果申报表); 附件 3 may have a space.
func TestAnnexTitleOverLines(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	text := "第一条 " + long + "\n第二条 " + long + "\n附件1：\n中交建筑集团有限公司\n管理创新成果申报表\n" + long + "\n附件 2：\n管理创新成果审核评分标准\n" + long + "\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	assert.Equal(t, []string{"1 第一条| L1", "2 第二条| L1", "3 附件1：|中交建筑集团有限公司 管理创新成果申报表 L1", "4 附件 2：|管理创新成果审核评分标准 L1"}, outlineIDs(doc))
}

// TestRepublishedLawTitle: after a decision that amends a regulation,
// the regulation's text republished under its title set over lines (no
// adoption note under it) is one title heading over its articles, the
// lines joined as the title is written; without a law's first article
// after them, or with lines that do not end as a law's title, the lines
// are no such heading.
func TestRepublishedLawTitle(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	decision := "一、将第五条第二款修改为：“" + long + "”\n二、将第八条修改为：“" + long + "”\n根据本决定，将该规定作相应修改，重新公布。\n"
	title := "最高人民法院\n关于审理专利纠纷案件适用法律\n问题的若干规定\n"
	law := "为了正确审理专利纠纷案件，根据有关法律的规定，结合审判实践，制定本规定。\n第一条 " + long + "\n第二条 " + long + "\n"
	doc := parseBody(t, decision+title+law, WithFormat(FormatText))
	ids := outlineIDs(doc)
	require.Len(t, ids, 5)
	assert.Equal(t, []string{"3 |最高人民法院关于审理专利纠纷案件适用法律问题的若干规定 L1", "3.1 第一条| L2", "3.2 第二条| L2"}, ids[2:])

	doc = parseBody(t, decision+"最高人民法院\n关于审理专利纠纷案件的\n几点意见和建议\n"+law, WithFormat(FormatText))
	for _, id := range outlineIDs(doc) {
		assert.NotContains(t, id, "几点意见和建议", "not a law's title")
	}
}

// TestJoinedHeadingLines: a heading set over two paragraphs is joined with
// no space beside wide punctuation, and with one between two Han
// characters unless the lines are an official title's.
func TestJoinedHeadingLines(t *testing.T) {
	a := Paragraph{Text: "英国《泰晤士报》：", Marks: []Mark{{Kind: MarkBold, Text: "英国《泰晤士报》：", Start: 0, End: len("英国《泰晤士报》：")}}}
	b := Paragraph{Text: "蓬勃发展", Marks: []Mark{{Kind: MarkBold, Text: "蓬勃发展", Start: 0, End: len("蓬勃发展")}}}
	j := joinParagraphs(a, b, false)
	assert.Equal(t, "英国《泰晤士报》：蓬勃发展", j.Text)
	require.Len(t, j.Marks, 1, "the bold runs on")
	assert.Equal(t, j.Text, j.Marks[0].Text)
	assert.Equal(t, "上半年资金翻倍 洛阳钼业等", joinParagraphs(Paragraph{Text: "上半年资金翻倍"}, Paragraph{Text: "洛阳钼业等"}, false).Text)
	assert.Equal(t, "最高人民法院关于", joinParagraphs(Paragraph{Text: "最高人民法院"}, Paragraph{Text: "关于"}, true).Text)
	j = joinParagraphs(Paragraph{Text: "01"}, Paragraph{Text: "政策", Marks: []Mark{{Kind: MarkBold, Text: "政策", Start: 0, End: len("政策")}}}, true)
	assert.Equal(t, "01 政策", j.Text)
	assert.Equal(t, "政策", j.Text[j.Marks[0].Start:j.Marks[0].End])
}

// TestCodeOutlineFromPDF: a code's book, sub-book, chapter, section and
// articles, copied from a PDF with Kangxi radicals for 一 and 二 and a
// chapter-page number (1-11) between them, nest as the code does; a table
// of contents whose first entry is a file of its own (第一章) is no
// heading, nor is its title 目  录.
func TestCodeOutlineFromPDF(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	text := "第⼆编 物权\n第⼀分编 通则\n第⼀章 ⼀般规定\n第⼆百零五条 " + long + "\n1-11\n第⼆章 物权的设⽴\n第⼀节 不动产登记\n第⼆百零六条 " + long + "\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	assert.Equal(t, []string{"1 第二编|物权 L1", "1.1 第一分编|通则 L2", "1.1.1 第一章|一般规定 L3", "1.1.1.1 第二百零五条| L5",
		"1.1.2 第二章|物权的设立 L3", "1.1.2.1 第一节|不动产登记 L4", "1.1.2.1.1 第二百零六条| L5"}, outlineIDs(doc))
	assert.NotContains(t, texts(doc), "text:1-11", "a page's number is dropped")

	toc := "目  录\n第一章  招标公告\n第二章  投标人须知\n第三章  评标办法\n第二章  投标人须知\n" + long + "\n第三章  评标办法\n" + long + "\n"
	doc = parseBody(t, toc, WithFormat(FormatText))
	assert.Equal(t, []string{"1 第二章|投标人须知 L1", "2 第三章|评标办法 L1"}, outlineIDs(doc))
}

// TestFragmentedText: text copied from a page that set numbers and dates
// in elements of their own, each broken onto a line, has its lines put
// back together; a sentence's end still ends a paragraph.
func TestFragmentedText(t *testing.T) {
	text := "为落实国家和我市关于春节期间能源保供工作部署要求，依据《市工业和信息化局关于开展\n2021\n年电力需求响应工作的通知》（津工信电力〔\n2021\n〕\n2\n号）等文件，我局组织编制了《天津市\n2021\n年春节期间电力需求响应实施细则》，现予以印发。\n特此通知。\n2021\n年\n2\n月\n2\n日\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	assert.Equal(t, []string{
		"text:为落实国家和我市关于春节期间能源保供工作部署要求，依据《市工业和信息化局关于开展2021年电力需求响应工作的通知》（津工信电力〔2021〕2号）等文件，我局组织编制了《天津市2021年春节期间电力需求响应实施细则》，现予以印发。",
		"text:特此通知。"}, texts(doc))
	assert.Equal(t, "2021-02-02", doc.Meta.Date.Format(time.DateOnly), "the date at the end, a line again, is the document's")
	// A few numbers alone are lines of their own.
	doc = parseBody(t, "第一行文字\n2021\n第二行文字\n", WithFormat(FormatText))
	assert.Equal(t, []string{"text:第一行文字", "text:2021", "text:第二行文字"}, texts(doc))
}

// TestDocumentTitleOverLines: a plain line that ends as an official
// document's title does (…的通知), before the first numbered heading, is
// the document's title set over lines, not a heading.
func TestDocumentTitleOverLines(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	text := "国家发展改革委 国家能源局关于加强和规范电网\n规划投资管理工作的通知\n发改能源规〔2020〕816号\n一、切实加强电网规划统筹协调与实施\n" + long +
		"\n二、规范纳入规划的电网项目投资管理\n" + long + "\n国家能源局\n附件：\n相关政策与解读\n" + long + "\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	for _, id := range outlineIDs(doc) {
		assert.NotContains(t, id, "规划投资管理工作的通知")
	}
	assert.Contains(t, outlineIDs(doc), "1 一、|切实加强电网规划统筹协调与实施 L1")
}

// TestTableOfContentsLeaders: a numbered line with a leader of dots to
// its page (一、实施背景........1) is an entry of a table of contents, and
// 附件： over a file's name heads nothing.
func TestTableOfContentsLeaders(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	text := "目录\n一、实施背景........................1\n二、实施方式........................2\n一、实施背景\n" + long + "\n二、实施方式\n" + long +
		"\n附件：\n附件----天津市2021年春节期间电力需求响应.wps\n"
	doc := parseBody(t, text, WithFormat(FormatText))
	assert.Equal(t, []string{"1 一、|实施背景 L1", "2 二、|实施方式 L1"}, outlineIDs(doc))
}

// TestMarkerHeadings: a short line after a block marker heads a section
// when body text follows it; a run of marker lines with nothing between
// them is a list.
func TestMarkerHeadings(t *testing.T) {
	body := "<p>■ 细节扫描</p><p>家装业内人士反映，小长假三天期间咨询家装的客流一般，没有明显增多，签单量较平时有所增加。</p>" +
		"<p>■ 市场观察</p><p>今年五一假期家具集中采购的需求减弱，五一客流与3·15期间没有明显增加，销售也一般。</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Number+"|"+s.Title+"|"+s.Style.String())
	}
	assert.Equal(t, []string{"■|细节扫描|■", "■|市场观察|■"}, got)

	list := "<p>■ 第一项</p><p>■ 第二项</p><p>■ 第三项</p><p>以上三项为本年度重点工作，各单位要认真落实，确保按期完成。</p>"
	doc, err = Parse(strings.NewReader(list), WithInput(InputBody))
	require.NoError(t, err)
	assert.Empty(t, doc.Sections, "a list of marked lines")
}

// TestTitleNeverSubheading: a heading after body text is a subheading,
// never the document's title; one before any body text may be.
func TestTitleNeverSubheading(t *testing.T) {
	body := "<p>北京市气象台于18时30分发布暴雨蓝色预警，受强降水云团影响，局地已经出现超过50毫米的降水。</p>" +
		"<h2>交通受到影响</h2><p>积水对交通影响大的路段主要是西三环莲花桥北向南，主辅路暂时均无法通行。</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	assert.Empty(t, doc.Title, "an <h2> in the middle of the article")
	doc, err = Parse(strings.NewReader("<h1>北京狂风暴雨突至</h1>"+body), WithInput(InputBody))
	require.NoError(t, err)
	assert.Equal(t, "北京狂风暴雨突至", doc.Title)
}

// TestMarkAfterDigits checks that the cheap look numberOf takes at a
// text starting with a digit lets through every text a numbering style
// matches: digits, then any of many runes, then a few tails.
func TestMarkAfterDigits(t *testing.T) {
	var follow []string
	for c := rune(0); c < 0x80; c++ {
		follow = append(follow, string(c))
	}
	for _, r := range "．、｜丨／年月日亿万%％　。，：:（(）)" {
		follow = append(follow, string(r))
	}
	follow = append(follow, "")
	checked := 0
	for _, digits := range []string{"1", "01", "09", "12", "123", "1234"} {
		for _, f := range follow {
			for _, tail := range []string{"", "1.", "2 标题", "1．2 ", "x"} {
				text := digits + f + tail
				for i := range numberings {
					if !numberings[i].re.MatchString(text) {
						continue
					}
					checked++
					assert.True(t, markAfterDigits(text), "%q matches %s", text, numberings[i].style)
				}
			}
		}
	}
	assert.Greater(t, checked, 100)
}

// TestUnspacedATXHeadings: ###参与者 and ##**2016年3月13日** are headings in
// Markdown, as GitHub's first renderer read them; a hashtag, #include in a
// fence or out of it, and #1 stay text.
func TestUnspacedATXHeadings(t *testing.T) {
	src := "#会议记录\n\n##**2016年3月13日**\n\n###参与者\n+ 黄新越\n\n#话题# 今天天气很好，大家都出来散步了。\n\n" +
		"#1 号选手表现很好，获得了评委的一致好评。\n\n```\n#注释\n```\n\n#include 的用法在这里不讨论。\n"
	assert.Equal(t, "# 会议记录\n\n## **2016年3月13日**\n\n### 参与者\n+ 黄新越\n\n#话题# 今天天气很好，大家都出来散步了。\n\n"+
		"#1 号选手表现很好，获得了评委的一致好评。\n\n```\n#注释\n```\n\n#include 的用法在这里不讨论。\n", string(spaceATXHeadings([]byte(src))))
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"2016年3月13日", "参与者"}, got)
	same := []byte("普通的一段文字，没有标题。\n")
	assert.Same(t, &same[0], &spaceATXHeadings(same)[0], "a body with no such line is not copied")
}

// TestEmptyATXHeading: a line of #s alone, its text on the next line after
// a blank one, is one heading; a long line or a sentence after it is not
// its text.
func TestEmptyATXHeading(t *testing.T) {
	assert.Equal(t, "正文开始。\n\n# 大豆危机：80%以上的大豆需要进口\n\n正文\n",
		string(spaceATXHeadings([]byte("正文开始。\n\n#\n\n大豆危机：80%以上的大豆需要进口\n\n正文\n"))))
	for _, src := range []string{
		"#\n\n这是一个句子。\n",
		"#\n\n短的一行\n接着的一行\n", // a paragraph of two lines
		"#\n\n~~~代码\n",
		"##\n\n" + strings.Repeat("很长的一行文字", 5) + "\n",
		"#\n\n![图](a.png)\n",
		"#\n",
	} {
		assert.Equal(t, src, string(spaceATXHeadings([]byte(src))), "%q", src)
	}
}

// TestTrailingChrome: two or more unmarked headings after the article's
// last paragraph of prose head the page's own blocks, not the text; one
// alone stays.
func TestTrailingChrome(t *testing.T) {
	prose := "<p>" + strings.Repeat("这是正文的一句话，说明了事情的来龙去脉。", 3) + "</p>"
	body := prose + "<p><b>项目背景</b></p>" + prose + "<p><b>实施情况</b></p>" + prose +
		"<p><b>| 经济 |</b></p><ul><li>市场分析：美元会贬值吗？（谢九）</li></ul>" +
		"<p><b>| 社会 |</b></p><ul><li>调查：无法毕业的医学博士</li></ul>" +
		"<p><b>| 文化 |</b></p><ul><li>专访：赎罪的心态（孙若茜）</li></ul>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"项目背景", "实施情况"}, got)

	one := prose + "<p><b>项目背景</b></p>" + prose + "<p><b>实施情况</b></p>" + prose +
		"<p><b>报名方式</b></p><ul><li>网上报名</li></ul><p><b>注意事项</b></p><ul><li>携带证件</li></ul>"
	doc, err = Parse(strings.NewReader(one), WithInput(InputBody))
	require.NoError(t, err)
	got = nil
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"项目背景", "实施情况", "报名方式", "注意事项"}, got)
}

// TestPlainRefrain: a plain line that comes back within one numbered part
// is a refrain, not a subhead; the same plain subheads under each part
// are parallel subheads.
func TestPlainRefrain(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	var b strings.Builder
	for _, n := range []string{"一、", "二、", "三、"} {
		b.WriteString("<p>" + n + "工作部分</p><p>主要成效</p><p>" + long + "</p><p>存在问题</p><p>" + long + "</p>")
	}
	doc, err := Parse(strings.NewReader(b.String()), WithInput(InputBody))
	require.NoError(t, err)
	plain := 0
	for s := range doc.AllSections() {
		if s.Style == StylePlain {
			plain++
		}
	}
	assert.Equal(t, 6, plain, "parallel subheads under each part")

	refrain := "<p>一、工作部分</p><p>参考文档</p><p>" + long + "</p><p>参考文档</p><p>" + long + "</p>" +
		"<p>二、工作部分</p><p>具体做法</p><p>" + long + "</p><p>注意事项</p><p>" + long + "</p>"
	doc, err = Parse(strings.NewReader(refrain), WithInput(InputBody))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		if s.Style == StylePlain {
			got = append(got, s.Title)
		}
	}
	assert.Equal(t, []string{"具体做法", "注意事项"}, got)
}

// TestFramedTextHeadings: in plain text, a short line between two rules
// of = is a heading over those between rules of -; a framed sentence or
// a table's header of columns is not one.
func TestFramedTextHeadings(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	src := "标题行\n编制日期：2026-08-08\n" + long + "\n==========\n执行计划（分阶段）\n==========\n" +
		"----------\n阶段 A · 输入扩展\n----------\n" + long + "\n----------\n阶段 B · 配图\n----------\n" + long +
		"\n==========\n这是一句话。\n==========\n" + long + "\n----------\n项目    金额\n----------\n收入    100\n支出    50\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s|%s", s.Level, s.Number, s.Title))
	}
	assert.Equal(t, []string{"1 |执行计划（分阶段）", "2 阶段 A ·|输入扩展", "2 阶段 B ·|配图"}, got)
	assert.Contains(t, paraTextsOf(doc), "这是一句话。")
	// Rules after every block of a PDF's pages, page numbers framed
	// among them, frame no heading: the lines between them are text.
	rule := "------------\n"
	pdf := "马鞍山鼎泰新材料公司预案\n" + rule + "公司声明\n" + rule + long + "\n" + rule + "1-1\n" + rule + "交易对方承诺\n" + rule + long + "\n" + rule + "1-2\n" + rule +
		"重大事项提示\n" + rule + "一、本次交易方案概要\n" + long + "\n" + rule + "1-3\n" + rule + "二、本次交易的性质\n" + long + "\n" + rule + "1-4\n" + rule
	doc, err = Parse(strings.NewReader(pdf), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	for s := range doc.AllSections() {
		assert.NotEqual(t, StyleH3, s.Style, "%s%s", s.Number, s.Title)
	}
	assert.NotContains(t, paraTextsOf(doc), strings.TrimSpace(rule))
	assert.True(t, pageRules([]byte(pdf), nil))
	assert.False(t, pageRules([]byte(src), runningLines([]byte(src))))
	// A line wrapped at the text's width goes on past such a rule.
	wrap := func(s string) string { // lines of 24 characters
		var b strings.Builder
		for r := []rune(s); len(r) > 0; r = r[min(24, len(r)):] {
			b.WriteString(string(r[:min(24, len(r))]) + "\n")
		}
		return b.String()
	}
	paras := []string{
		"本次重组已履行的决策程序及报批程序列示如下，公司召开第三届董事会第十三次会议，审议通过了本次重大资产重组预案相关议案，并同意签署相关协议。",
		"本次交易完成后，上市公司实际控制人变更为王卫先生，本次交易中拟置入资产的资产总额与交易金额孰高值超过上市公司最近一个会计年度的资产总额。",
		"本次置入资产和置出资产的最终交易价格将以具有证券期货业务资格的评估机构出具的相关评估报告载明的评估价值为依据，由交易各方协商确定。",
		"公司召开职工代表大会，通过了职工安置方案，本次发行股份购买资产的交易对方分别做出决定，批准本次重大资产重组的相关事项，并同意签署协议。",
	}
	lines := strings.SplitAfter(wrap(paras[1]), "\n")
	split := strings.Join(lines[:2], "") + rule + strings.Join(lines[2:], "")
	pages := "公司声明\n" + rule + wrap(paras[0]) + rule + "1-1\n" + rule + split + rule + "1-2\n" + rule + wrap(paras[2]) + rule + "1-3\n" + rule +
		wrap(paras[3]) + rule + "1-4\n" + rule
	doc, err = Parse(strings.NewReader(pages), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, append([]string{"公司声明"}, paras...), paraTextsOf(doc))
}

// TestPreCommentsStayHTML: # comments of a script in <pre> make no
// Markdown of an HTML body.
func TestPreCommentsStayHTML(t *testing.T) {
	body := "<p>安装步骤如下。</p>\n<pre><code>\n# 安装依赖\npip install x\n# 启动服务\npython app.py\n# 查看日志\ntail log\n</code></pre>\n<div>\n    <p>完成。</p>\n</div>\n"
	assert.Equal(t, FormatHTML, detectFormat([]byte(body)))
}

// TestBoldFirstLineRunIn: a numbered paragraph whose first line is wholly
// bold, a line break after it, is a heading over the lines that follow.
func TestBoldFirstLineRunIn(t *testing.T) {
	long := "建设单位主动补交环境影响报告书并报送环保部门审查的，有权审批的环保部门应当受理，并依法作出审批决定。"
	body := "<p>" + long + "</p><p><b>（一）并未禁止建设单位主动补交报告书，而是要求依法处罚</b><br>" + long + "</p>" +
		"<p><b>（二）环保部门应当受理</b><br>" + long + "</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Number+s.Title)
	}
	assert.Equal(t, []string{"（一）并未禁止建设单位主动补交报告书，而是要求依法处罚", "（二）环保部门应当受理"}, got)
	assert.Contains(t, paraTextsOf(doc), long, "the body after the break is a paragraph of its own")
}

// TestValueLine: a label and a value of figures is no heading; a subhead
// with a colon and a figure in it is one.
func TestValueLine(t *testing.T) {
	for s, want := range map[string]bool{
		"咨询电话：0855-8225253、0855-8223107": true,
		"GPS: N24 39 16.4 E121 18 19.5":  true,
		"大豆危机：80%以上的大豆需要进口":              false,
		"邮编：100000":                      true,
		"时间：5月":                          false,
	} {
		assert.Equal(t, want, valueLine(s), s)
	}
}

// TestParagraphLines: in Markdown not set to a fixed width, two lines of
// text in a row are two paragraphs; lists, tables, HTML blocks, fences,
// setext headings and hard breaks are left as they are, and text wrapped
// at a fixed width keeps its soft breaks.
func TestParagraphLines(t *testing.T) {
	src := "**关于价格**\n提问：你猜，在618、双11这样的消费节，最畅销的品类，是什么？很可能是纸品。\n" +
		"- 列表一\n- 列表二\n\n| 项目 | 金额 |\n|---|---|\n| 收入 | 100 |\n\n<p>第一行\n第二行</p>\n\n" +
		"```\n代码一\n代码二\n```\n标题\n===\n硬换行  \n下一行\n"
	want := "**关于价格**\n\n提问：你猜，在618、双11这样的消费节，最畅销的品类，是什么？很可能是纸品。\n" +
		"- 列表一\n- 列表二\n\n| 项目 | 金额 |\n|---|---|\n| 收入 | 100 |\n\n<p>第一行\n第二行</p>\n\n" +
		"```\n代码一\n代码二\n```\n标题\n===\n硬换行  \n下一行\n"
	assert.Equal(t, want, string(paragraphLines([]byte(src))))

	var wrapped strings.Builder
	for range 6 {
		wrapped.WriteString(strings.Repeat("wrapped text ", 5) + "\n")
	}
	assert.Equal(t, wrapped.String(), string(paragraphLines([]byte(wrapped.String()))), "text at a fixed width")
}

// TestBoldLineThenShortBold: a short bold line right under a longer bold
// one ends its heading (你的推荐、我的需求 / 对不齐); a label with a colon after
// a question stays apart.
func TestBoldLineThenShortBold(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	body := "<p>" + long + "</p><p><b>你的推荐、我的需求</b></p><p><b>对不齐</b></p><p>" + long + "</p>" +
		"<p><b>网红爆款侵蚀下</b></p><p><b>如何自救</b></p><p>" + long + "</p>"
	doc, err := Parse(strings.NewReader(body), WithInput(InputBody))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"你的推荐、我的需求 对不齐", "网红爆款侵蚀下 如何自救"}, got)
}

// TestLawTitleOverAdoptionNote: a plain-text law's first line, right over
// the note of its adoption, is its title even when plain subheads come
// later in the text.
func TestLawTitleOverAdoptionNote(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情。"
	src := "中华人民共和国印花税法\n（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）\n" +
		"第一条　" + long + "\n第二条　" + long + "\n税目说明\n" + long + "\n税率说明\n" + long + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Equal(t, "中华人民共和国印花税法", doc.Title)
	for s := range doc.AllSections() {
		assert.NotEqual(t, "中华人民共和国印花税法", s.Title, "the title is no section")
	}
}

// TestZeroBasedOutline: an outline of "1." numbers may start at 0., but a
// decimal's last number 0 is a version, not a heading's number.
func TestZeroBasedOutline(t *testing.T) {
	assert.True(t, zeroBased(StyleArabicDot, "0"))
	assert.False(t, zeroBased(StyleDecimal2, "0"), "2.0 版本发布")
	assert.False(t, zeroBased(StyleArabicDot, "1"))
}

// TestLetterSignatureAndAttachments: the sender's name over a date signs
// a letter and heads nothing; a label with a colon over a list introduces
// the list; an annex named as an office file is a file sent with the
// text. The outline around them stays.
func TestLetterSignatureAndAttachments(t *testing.T) {
	prose := strings.Repeat("这是正文的一句话，说明了事情的来龙去脉。", 3)
	cases := []struct {
		name, src string
		format    Option
		want      []string
	}{
		{"signature", "正文\n\n" + prose + "\n\n广州市工业和信息化局\n\n2025年9月14日\n\n" + prose + "\n\n" +
			"一、总体要求\n\n" + prose + "\n\n二、建设内容\n\n" + prose + "\n", WithFormat(FormatText),
			[]string{"一、总体要求", "二、建设内容"}},
		{"colon label over a list", "## 一、背景\n\n" + prose + "\n\n**附件：**\n\n1. 系统界面截图\n2. 系统演示视频\n", WithFormat(FormatMarkdown),
			[]string{"一、背景"}},
		{"annex with its title", "第一条　" + prose + "\n\n第二条　" + prose + "\n\n附：\n\n印花税税目税率表\n\n" + prose + "\n", WithFormat(FormatText),
			[]string{"第一条", "第二条", "附：印花税税目税率表"}},
		{"a bold line to write to", "## 一、岗位介绍\n\n" + prose + "\n\n**吴老师 wuwei2016@iscas.ac.cn**\n\n" + prose + "\n\n## 二、报名方式\n\n" + prose + "\n", WithFormat(FormatMarkdown),
			[]string{"一、岗位介绍", "二、报名方式"}},
		{"a menu in bold", "## 一、工具\n\n" + prose + "\n\n**公众号懒人搜索 | 手机端访问查看完整样式 | 标签可以向左拖拽**\n\n" + prose + "\n\n## 二、题外话\n\n" + prose + "\n", WithFormat(FormatMarkdown),
			[]string{"一、工具", "二、题外话"}},
		{"a field under a heading", "## 鲜艺AI抠图\n\n平台：Windows电脑\n\n" + prose + "\n\n## Doc-kill\n\n平台：网页\n\n" + prose + "\n", WithFormat(FormatMarkdown),
			[]string{"鲜艺AI抠图", "Doc-kill"}},
		{"a photo report's captions", "![](a.jpg)\n\n北碚山火点\n\n" + prose + "\n\n![](b.jpg)\n\n上山通道大多是临时开辟出来的\n\n" + prose + "\n\n![](c.jpg)\n\n志愿者接龙运送物资的场景\n\n" + prose + "\n", WithFormat(FormatMarkdown),
			nil},
		{"lines under one banner set again and again", "![](banner.gif)\n\n历史沿革\n\n" + prose + "\n\n![](banner.gif)\n\n宫阙楼台\n\n" + prose + "\n\n![](banner.gif)\n\n胡同人家\n\n" + prose + "\n", WithFormat(FormatMarkdown),
			[]string{"历史沿革", "宫阙楼台", "胡同人家"}},
		{"subheads with a colon", "背景：一场风波\n\n" + prose + "\n\n影响：市场震荡\n\n" + prose + "\n\n结语：走向开放\n\n" + prose + "\n", WithFormat(FormatText),
			[]string{"背景：一场风波", "影响：市场震荡", "结语：走向开放"}},
		{"annex named as a file", "一、申请条件\n\n" + prose + "\n\n二、申请材料\n\n" + prose + "\n\n附件1：2024年信息汇总表.xlsx\n\n附件2：联系方式.doc\n", WithFormat(FormatText),
			[]string{"一、申请条件", "二、申请材料"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Parse(strings.NewReader(c.src), WithInput(InputBody), c.format)
			require.NoError(t, err)
			checkTree(t, doc)
			var got []string
			for s := range doc.AllSections() {
				got = append(got, s.Number+s.Title)
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestArabicParen: "1）" with only the closing parenthesis numbers the
// level of "（1）": headings where body text follows each, items of a
// list where none does.
func TestArabicParen(t *testing.T) {
	prose := strings.Repeat("这是正文的一句话，说明了事情的来龙去脉。", 3)
	src := "## 关于品质\n\n" + prose + "\n\n**1）建立标准，完成初筛。**\n\n" + prose + "\n\n**2）现场选品，完成精筛。**\n\n" + prose +
		"\n\n## 关于服务\n\n" + prose + "\n\n1) 送货上门\n\n2) 安装调试\n\n3) 售后回访\n\n" + prose + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s%s %s", s.Level, s.Number, s.Title, s.Style))
	}
	assert.Equal(t, []string{"1 关于品质 h2", "2 1）建立标准，完成初筛 1）", "2 2）现场选品，完成精筛 1）", "1 关于服务 h2"}, got)
}

// TestPlanCodes: a plan's stages (阶段 A ·), letter codes (A1., J0 —)
// and lettered steps (A)) head sections under the numbered heading open;
// codes need only rise (J0 then J3) and restart under each stage (B1);
// a lone code, an interview's numbered question (Q1：…？) and its answer
// (A1：…) head nothing; PART N numbers parts.
func TestPlanCodes(t *testing.T) {
	prose := "这是正文的一句话，说明了事情的来龙去脉和具体的做法。"
	src := "一、总体安排\n\n" + prose + "\n\n阶段 A · 数据迁移\n\nA1. 导出旧库\n\n" + prose + "\n\nA2. 导入新库\n\n" + prose +
		"\n\n阶段 B · 切换流量\n\nB1. 灰度发布\n\n" + prose + "\n\n二、风险控制\n\nJ0 — 回滚预案\n\n" + prose +
		"\n\nJ3 — 监控告警\n\n" + prose + "\n\n三、执行命令\n\n（一）标准命令\n\nA) 模块 smoke\n\n" + prose + "\n\nB) 全量回归\n\n" + prose + "\n\n（二）其他事项\n\n" + prose +
		"\n\nG20：峰会将于明年在本市举行，相关部门已经开始着手准备工作。\n\n" + prose + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s|%s %s", s.Level, s.Number, s.Title, s.Style))
	}
	assert.Equal(t, []string{"1 一、|总体安排 一、", "2 阶段 A ·|数据迁移 阶段X", "3 A1.|导出旧库 A1", "3 A2.|导入新库 A1",
		"2 阶段 B ·|切换流量 阶段X", "3 B1.|灰度发布 A1", "1 二、|风险控制 一、", "3 J0 —|回滚预案 A1", "3 J3 —|监控告警 A1",
		"1 三、|执行命令 一、", "2 （一）|标准命令 （一）", "3 A)|模块 smoke A)", "3 B)|全量回归 A)", "2 （二）|其他事项 （一）"}, got)
	assert.Contains(t, paraTextsOf(doc), "G20：峰会将于明年在本市举行，相关部门已经开始着手准备工作。")

	qa := "Q1：您为什么选择回到家乡创业？\n\nA1：因为家乡有我熟悉的土地和人，我希望能为家乡做一些事情。\n\n" +
		"Q2：创业过程中遇到的最大困难是什么？\n\nA2：资金和人才是最大的困难，我们花了很长时间才找到伙伴。\n"
	doc, err = Parse(strings.NewReader(qa), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	assert.Empty(t, doc.Sections)
	for _, p := range doc.Paragraphs {
		assert.Equal(t, KindText, p.Kind, p.Text)
	}

	parts := "PART 1 起源\n\n" + prose + "\n\nPART 2 变化\n\n" + prose + "\n"
	doc, err = Parse(strings.NewReader(parts), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	got = got[:0]
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s|%s %s", s.Level, s.Number, s.Title, s.Style))
	}
	assert.Equal(t, []string{"1 PART 1|起源 Part N", "1 PART 2|变化 Part N"}, got)
}

// TestShortRunInSections: numbered run-in entries whose first sentence
// is a short phrase head sections, even where the same numbering lists
// sentences elsewhere in the document; entries that are sentences stay
// items.
func TestShortRunInSections(t *testing.T) {
	src := "一、保送资格\n凡在大赛中获奖的选手，可按以下条件申请保送。\n" +
		"1.符合有关省高考报名条件的中职毕业生，可保送至高校相应的高职或本科专业。\n" +
		"2.符合有关省专升本报名条件的高职毕业生，可保送至高校相应的本科专业。\n" +
		"二、工作要求\n1.加强报名资格审核。各高校要根据公布的获奖信息，结合选手的实际情况，严格审核。\n" +
		"2.严格规范录取专业。高校应根据学生的专业和技能特长，安排至相近的专业学习。\n" +
		"3.严格规范录取程序。未经公示的考生一律不得被录取，不予学籍注册。\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s%s", s.Level, s.Number, s.Title))
	}
	assert.Equal(t, []string{"1 一、保送资格", "1 二、工作要求", "2 1.加强报名资格审核", "2 2.严格规范录取专业", "2 3.严格规范录取程序"}, got)
	items := 0
	for _, p := range doc.Paragraphs {
		if p.Kind == KindListItem {
			items++
		}
	}
	assert.Equal(t, 2, items, "the entries under 一、 are sentences: items")
}

// TestLabelledNumbers: a short word and a number with a colon (风险 1：,
// 案例2：) numbers headings that rise; a figure's caption (图片1：) and a
// time (北京时间10:30) do not.
func TestLabelledNumbers(t *testing.T) {
	prose := "这是正文的一句话，说明了事情的来龙去脉和具体的做法。"
	src := "## 技术风险\n\n### 风险 1：权限问题\n\n" + prose + "\n\n### 风险 2：大文件处理\n\n" + prose +
		"\n\n## 案例\n\n案例1：老旧小区改造\n\n" + prose + "\n\n图片1：改造后的小区\n\n" + prose +
		"\n\n案例2：社区食堂\n\n" + prose + "\n\n北京时间10:30，发布会正式开始，相关负责人介绍了情况。\n\n" + prose + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s|%s %s", s.Level, s.Number, s.Title, s.Style))
	}
	assert.Equal(t, []string{"1 |技术风险 h2", "2 风险 1：|权限问题 阶段X", "2 风险 2：|大文件处理 阶段X",
		"1 |案例 h2", "2 案例1：|老旧小区改造 阶段X", "2 案例2：|社区食堂 阶段X"}, got)
	texts := paraTextsOf(doc)
	assert.Contains(t, texts, "图片1：改造后的小区")
	// Speakers and photos numbered so are no labelled numbers.
	for _, lines := range [][]string{{"网友1：这篇文章写得很好", "网友2：我也这么觉得", "网友3：期待后续报道"}, {"照片1：改造前的小区", "照片2：改造后的小区"}} {
		body := ""
		for _, l := range lines {
			body += l + "\n\n" + prose + "\n\n"
		}
		doc, err := Parse(strings.NewReader(body), WithInput(InputBody), WithFormat(FormatMarkdown))
		require.NoError(t, err)
		for _, p := range doc.Paragraphs {
			assert.Empty(t, p.Number, p.Text)
		}
		assert.Contains(t, paraTextsOf(doc), lines[0])
	}
	assert.Contains(t, texts, "北京时间10:30，发布会正式开始，相关负责人介绍了情况。")
}

// TestReaderQuestions: bold questions in a row that a WeChat piece puts
// to its readers at its end head nothing.
func TestReaderQuestions(t *testing.T) {
	prose := "这是正文的一句话，说明了事情的来龙去脉和具体的做法。"
	src := "**网红爆款侵蚀下如何自救**\n\n" + prose + "\n\n" + prose + "\n\n**做自己生活的甲方**\n\n" + prose + "\n\n" + prose +
		"\n\n**今日互动**\n\n**跟风最成功的一次是什么样的？**\n\n**或者，你有跟风失败的经历吗？**\n\n![](https://example.com/a.png)\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	checkTree(t, doc)
	for s := range doc.AllSections() {
		assert.NotContains(t, s.Title, "？", "a question to the readers heads nothing")
	}
	texts := paraTextsOf(doc)
	assert.Contains(t, texts, "跟风最成功的一次是什么样的？")
	assert.Contains(t, texts, "或者，你有跟风失败的经历吗？")

	// A question set over two bold lines, under a bold title, with only
	// an image after it; a bold subhead over two bold questions and text
	// stays one.
	src = prose + "\n\n**网红爆款侵蚀下如何自救**\n\n" + prose + "\n\n" + prose + "\n\n**出国前后关注点大不同**\n\n**出国前：政治科目会出啥考题？**\n\n" +
		"**出国后：国家未来将如何发展？**\n\n" + prose + "\n\n" + prose +
		"\n\n**极客一问**\n\n**你认为我们距离**\n\n**能做「慢思考」的 AI，还有多远？**\n\n![](https://example.com/a.png)\n"
	doc, err = Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"网红爆款侵蚀下如何自救", "出国前后关注点大不同"}, got)
	assert.Contains(t, paraTextsOf(doc), "你认为我们距离")

	// Before the last prose, a bold subhead over a bold question heads
	// its part of the article.
	src = prose + "\n\n**常见问题**\n\n**布病会人传人吗？**\n\n![](https://example.com/a.png)\n\n" + prose + "\n\n" + prose + "\n"
	doc, err = Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	got = got[:0]
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Contains(t, got, "常见问题")
}

// TestPlainKicker: a short plain line ending with a colon over a wholly
// bold line is the first line of a two-line subhead where the document's
// other two-line subheads are bold on both lines; alone, such a line is
// a lead-in and heads nothing.
func TestPlainKicker(t *testing.T) {
	prose := "<p>这是正文的一句话，说明了事情的来龙去脉和具体的做法。</p>"
	sub := "<p>阴影下的盐场堡：</p><p><strong>有人甩卖房子搬家，有人怀孕6月流产</strong></p>"
	src := prose + "<p><strong>布病“凶猛”：</strong></p><p><strong>一起检查的10多家人，每家都有确诊阳性</strong></p>" + prose + prose + sub + prose + prose
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	require.Len(t, got, 2)
	assert.True(t, strings.HasPrefix(got[1], "阴影下的盐场堡："), got[1])
	assert.Contains(t, got[1], "有人甩卖房子搬家")

	doc, err = Parse(strings.NewReader(prose+prose+sub+prose+prose), WithInput(InputBody))
	require.NoError(t, err)
	for s := range doc.AllSections() {
		assert.NotContains(t, s.Title, "阴影下的盐场堡", "no bold two-line subhead in the document")
	}
}

// TestChapterGap: an excerpt of a law that leaves chapters out still
// heads each chapter it keeps (第五章 after 第二章), when the chapter's
// title stands on its own line.
func TestChapterGap(t *testing.T) {
	src := "第一章 总则\n第一条 为了保护劳动者的合法权益，制定本法。\n第二条 本法适用于境内的企业和个体经济组织。\n" +
		"第二章 工作时间和休息休假\n第三条 国家实行劳动者每日工作时间不超过八小时的工时制度。\n" +
		"第四条 用人单位应当保证劳动者每周至少休息一日。\n第五章 社会保险和福利\n" +
		"第五条 国家发展社会保险事业，建立社会保险制度。\n第六条 社会保险基金按照保险类型确定资金来源。\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for _, s := range doc.Sections {
		got = append(got, s.Number+s.Title)
	}
	assert.Equal(t, []string{"第一章总则", "第二章工作时间和休息休假", "第五章社会保险和福利"}, got)
}

// TestTextTable: lines of tab-separated columns, two or more, blank lines
// between them or not, are a table, every cell kept; a tab that indents a
// paragraph, and one such line alone, make none.
func TestTextTable(t *testing.T) {
	table := "税　　目\t税　　率\t备　　注\n借款合同\t借款金额的万分之零点五\t\n\t租金的万分之零点五\t不包括再保险合同\n"
	for name, src := range map[string]string{
		"rows":            "附：\n印花税税目税率表\n" + table + "本法自2022年7月1日起施行。\n",
		"rows apart":      "附：\n\n印花税税目税率表\n\n" + strings.ReplaceAll(table, "\n", "\n\n") + "本法自2022年7月1日起施行。\n",
		"indented, alone": "\t这是一段缩进的正文，说明了事情的来龙去脉。\n\t这是第二段缩进的正文。\n名称\t数值\n",
	} {
		doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatText))
		require.NoError(t, err, name)
		var tables []Paragraph
		for _, p := range doc.Paragraphs {
			if p.Kind == KindTable {
				tables = append(tables, p)
			}
		}
		if name == "indented, alone" {
			assert.Empty(t, tables, name)
			assert.Equal(t, []string{"这是一段缩进的正文，说明了事情的来龙去脉。", "这是第二段缩进的正文。", "名称 数值"}, paraTextsOf(doc), name)
			continue
		}
		require.Len(t, tables, 1, name)
		var cells [][]string
		for _, row := range tables[0].Rows {
			var r []string
			for _, c := range row {
				r = append(r, c.Text)
			}
			cells = append(cells, r)
		}
		assert.Equal(t, [][]string{{"税 目", "税 率", "备 注"}, {"借款合同", "借款金额的万分之零点五", ""}, {"", "租金的万分之零点五", "不包括再保险合同"}}, cells, name)
		assert.Equal(t, "本法自2022年7月1日起施行。", doc.Paragraphs[len(doc.Paragraphs)-1].Text, name)
	}
}

// TestInterviewQuestions: a bold question with a speaker's tag (C |, 记者 |),
// another speaker's tag opening the answer after it, is a turn of the
// interview, no subhead; the subheads around it stay.
func TestInterviewQuestions(t *testing.T) {
	prose := strings.Repeat("这是正文的一句话，说明了事情的来龙去脉。", 3)
	src := "### 前言\n\n" + prose + "\n\n**C | 您觉得学生的身份意味着什么？**\n\nM | 我觉得" + prose + "\n\n**记者 | 为什么要做这件事？**\n\n张三 | " + prose +
		"\n\n### 后记\n\n" + prose + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"前言", "后记"}, got)
}

// TestBareLinkEntries: in a list of numbered links each heading its
// paragraph, a link that heads nothing but an image is an item of the
// list, no heading; its siblings with text stay headings.
func TestBareLinkEntries(t *testing.T) {
	prose := strings.Repeat("这是一段介绍这个链接内容的文字，说明它为什么值得一读。", 2)
	src := "## 教程\n\n1、[文章] [React 的基本概念](https://a.cn/1)\n\n" + prose + "\n\n2、[图片] [生命周期的示意图](https://a.cn/2)\n\n![](https://a.cn/2.png)\n\n" +
		"3、[文章] [Chrome DevTools 的一些使用技巧](https://a.cn/3)\n\n4、[文章] [颜色的原理](https://a.cn/4)\n\n" + prose + "\n"
	doc, err := Parse(strings.NewReader(src), WithInput(InputBody), WithFormat(FormatMarkdown))
	require.NoError(t, err)
	checkTree(t, doc)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Number+s.Title)
	}
	assert.Equal(t, []string{"1、[文章] React 的基本概念", "4、[文章] 颜色的原理"}, got)
	assert.Equal(t, "教程", doc.Title) // alone over them, the title
}

// TestWrappedPDFText: text copied from a PDF, its lines set to a width,
// with the document's title over every page and a table of contents whose
// dot leaders make its entries wider than the text, is read as wrapped:
// the lines of a paragraph run on; no entry of the contents does.
func TestWrappedPDFText(t *testing.T) {
	header := "马鞍山鼎泰稀土新材料股份有限公司重大资产置换及发行股份购买资产并募集配套资金暨关联交易预案\n"
	toc := "公司声明 .......................................................................................................... 1\n" +
		"交易对方承诺 ................................................................................................... 2\n" +
		"释义 .................................................................................................................. 7\n"
	para := "本公司及全体董事、监事、高级管理人员保证本预案内容的真实、准确、完\n整，对预案的虚假记载、误导性陈述或重大遗漏承担连带责任。\n"
	var b strings.Builder
	b.WriteString(header + toc)
	for page := range 4 {
		b.WriteString(header)
		if page == 0 {
			b.WriteString("公司声明\n" + para)
		}
		for k := range 3 {
			// Lines of the page's width, each its own.
			fmt.Fprintf(&b, "第%d页第%d段与本次重大资产重组相关的审计、评估工作尚未完成，本公司董事会\n及全体董事保证第%d页第%d段所引用数据的真实性和合理性。\n", page, k, page, k)
		}
	}
	doc := parseBody(t, b.String(), WithFormat(FormatText))
	joined := "本公司及全体董事、监事、高级管理人员保证本预案内容的真实、准确、完整，对预案的虚假记载、误导性陈述或重大遗漏承担连带责任。"
	assert.Contains(t, texts(doc), "text:"+joined)
	assert.Contains(t, texts(doc), "text:公司声明 .......................................................................................................... 1")
}

// TestSpeakerLinesNoSubheads: under each plain subhead of a paper's
// coverage of the two sessions, the deputy's signature line (a post, a
// name and 代表) is no subhead; the subheads are.
func TestSpeakerLinesNoSubheads(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情，并给出了具体的数据和例子。"
	var b strings.Builder
	for _, part := range [][2]string{{"展示出对高质量发展的强劲推动力", "上海社会科学院党委书记  权衡代表"},
		{"加快形成高质量发展动力源", "华中科技大学教授  韩民春委员"}, {"进一步擦亮高质量发展的底色", "中国人民大学教授 郑功成代表"}} {
		b.WriteString(part[0] + "\n\n" + part[1] + "\n\n" + long + "\n\n" + long + "\n\n")
	}
	doc, err := Parse(strings.NewReader(long+"\n\n"+b.String()), WithFormat(FormatText))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"展示出对高质量发展的强劲推动力", "加快形成高质量发展动力源", "进一步擦亮高质量发展的底色"}, got)

	// Subheads that end with a word for deputies, not a name, stay subheads.
	b.Reset()
	for _, h := range []string{"聚焦两会 代表委员", "回应关切 人大代表", "倾听民声 政协委员"} {
		b.WriteString(h + "\n\n" + long + "\n\n" + long + "\n\n")
	}
	doc, err = Parse(strings.NewReader(long+"\n\n"+b.String()), WithFormat(FormatText))
	require.NoError(t, err)
	got = nil
	for s := range doc.AllSections() {
		got = append(got, s.Title)
	}
	assert.Equal(t, []string{"聚焦两会 代表委员", "回应关切 人大代表", "倾听民声 政协委员"}, got)
}

// TestKeywordSubheadsAndKicker: plain subheads each under a short keyword
// line of their own are headings of the two lines, and a smaller markup
// heading over the title is its kicker, part of the title block.
func TestKeywordSubheadsAndKicker(t *testing.T) {
	long := "这是一段比较长的正文内容，用来说明问题的背景和现状，以及我们为什么要做这件事情，并给出了具体的数据和例子。"
	var b strings.Builder
	b.WriteString("---\ntitle: 高质量发展成为主旋律\n---\n\n### 理论热词 实践热点\n\n# 高质量发展成为主旋律\n\n" + long + "\n\n")
	for _, part := range [][2]string{{"新质生产力", "展示出对高质量发展的强劲推动力"}, {"区域重大战略", "加快形成高质量发展动力源"}, {"人工智能+", "发挥好人工智能的头雁效应"}} {
		b.WriteString(part[0] + "\n\n" + part[1] + "\n\n" + long + "\n\n" + long + "\n\n")
	}
	doc, err := Parse(strings.NewReader(b.String()))
	require.NoError(t, err)
	var got []string
	for s := range doc.AllSections() {
		got = append(got, fmt.Sprintf("%d %s", s.Level, s.Title))
	}
	assert.Equal(t, []string{"1 新质生产力 展示出对高质量发展的强劲推动力", "1 区域重大战略 加快形成高质量发展动力源", "1 人工智能+ 发挥好人工智能的头雁效应"}, got)
	assert.Equal(t, KindTitle, doc.Paragraphs[0].Kind, "the kicker is part of the title block")
}

// TestEndsWithCount: endsWithCount tells what the pattern \d+\s*\S?$ it
// stands for matches, on the lines of the section cases, on hand-made
// ends and on random strings of digits, white space, Han and bytes that
// are no UTF-8.
func TestEndsWithCount(t *testing.T) {
	countEnd := regexp.MustCompile(`\d+\s*\S?$`)
	var lines []string
	for _, src := range testdataInputs(t, filepath.Join("testdata", "sections*", "*", "input.*")) {
		lines = append(lines, strings.Split(src, "\n")...)
	}
	lines = append(lines, "", "1", "界 200人", "200 人", "200人 ", "2 x y", "a1", "1\t", "1\n", "1\v", "中\xe4\xb8", "1\xe4\xb8", "1 \xad", "1中\xad",
		"１２", "第3章", "3 章 ", "\xff", "1\f", "1\r", "1\r中", "1 \f中", "1\f中\r")
	parts := []string{"1", "23", " ", "\t", "\n", "\v", "\f", "\r", "中", "a", "\xe4", "\xb8\xad", "\xad", "\xff", "。", "\u3000"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	matched := 0
	for _, s := range lines {
		want := countEnd.MatchString(s)
		if got := endsWithCount(s); got != want {
			t.Fatalf("%q: endsWithCount %v, the pattern %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	require.Greater(t, matched, 1000)
}

// TestDotThenDigit: the look numberOf takes before the decimal styles'
// patterns passes every text one of them matches, on random texts of
// digits, dots, Han characters and spaces.
func TestDotThenDigit(t *testing.T) {
	pieces := []string{"1", "2", "0", "9", ".", "．", "中", " ", "、", "a"}
	rng := rand.New(rand.NewPCG(21, 22))
	matched := 0
	for range 100000 {
		s := randomText(rng, pieces, 1+rng.IntN(8))
		for i := range numberings {
			if isDecimal(numberings[i].style) && numberingHeads[i].MatchString(s) {
				matched++
				require.True(t, dotThenDigit(s), "%q matches %v", s, numberings[i].style)
			}
		}
	}
	require.Greater(t, matched, 1000)
}

// numberedPara is numbered for a paragraph alone, its numbering read as
// numberMemo reads it.
func numberedPara(p *Paragraph) (cand, bool) {
	m := numberMemo{paras: []Paragraph{*p}}
	return numbered(p, &m, 0)
}

// TestTocTitle: the title of a table of contents, spaced or not, Simplified
// or Traditional, and nothing else.
func TestTocTitle(t *testing.T) {
	for s, want := range map[string]bool{"目录": true, "目  录": true, "目錄": true, " 目\u3000錄 ": true,
		"目录一": false, "录": false, "": false, "目": false, "项目录入": false, "题目 录": false} {
		assert.Equal(t, want, tocTitle(s), "%q", s)
	}
}

// TestNumberAt: numberAt reads the style numberOf reads, and the span its
// pattern gives on the head of the text (the first group of the numeral
// that takes part in the match), on every line of the section cases and
// of the corpus's posts, trimmed of Markdown's marks, and on random lines
// of numbering pieces.
func TestNumberAt(t *testing.T) {
	var lines []string
	for _, glob := range []string{filepath.Join("testdata", "sections*", "*", "input.*"), filepath.Join("testdata", "golden", "*", "input.*")} {
		for _, src := range testdataInputs(t, glob) {
			for _, l := range strings.Split(src, "\n") {
				lines = append(lines, l, strings.TrimLeft(l, "#*> -"))
			}
		}
	}
	pieces := []string{"第", "一", "十", "二", "1", "12", "条", "章", "节", "编", "分编", "之一", "-1", " ", "、", "（", "）", "(", ")", ".", "．",
		"附件", "：", "】", "【", "Part", "PART", "0", "阶段", "Step", "A", "J", "I", "V", "X", "Ⅱ", "①", "壹", "部分", "，", "中", "文"}
	rng := rand.New(rand.NewPCG(31, 32))
	for range 200000 {
		lines = append(lines, randomText(rng, pieces, 1+rng.IntN(7)))
	}
	read := 0
	for _, s := range lines {
		n, span := numberAt(s)
		require.Equal(t, numberOf(s), n, "%q", s)
		if n == nil {
			continue
		}
		read++
		m := n.re.FindStringSubmatchIndex(numberHead(s))
		require.NotNil(t, m, "%q", s)
		g := 2
		for g+3 < len(m) && m[g] < 0 {
			g += 2
		}
		require.Equal(t, numberSpan{end: uint8(m[1]), numeral: uint8(m[g]), numeralEnd: uint8(m[g+1])}, span, "%q", s)
	}
	require.Greater(t, read, 5000)
}
