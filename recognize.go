// Recognizers of the section tree: the numbering styles and the shapes
// of heading paragraphs, and the candidates they give.

package newsdoc

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups numbering styles whose relative order is known.
type family uint8

const (
	famNone  family = iota // unnumbered headings: ordered by first appearance
	famGB                  // GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）
	famLaw                 // legislation: 编 → 分编 → 章 → 节 → 条
	famAnnex               // 附件一, 附件2: above every other heading
	famSeq                 // the numbers of magazine and WeChat pieces: Part 1 → 01
	famCode                // plans' stages and letter codes: 阶段 A → A1. → A)
)

// numbering is a numbering style: a pattern for the number at the start
// of a paragraph, and its place in the known orders.
type numbering struct {
	style  SectionStyle
	family family
	rank   int8           // place in its family's order, from 0
	re     *regexp.Regexp // group 1 is the numeral
	where  string         // where the style is seen
}

const cnDigits = "零〇一二三四五六七八九十百千两"

// capitalDigits are the capital (大写) numerals, Traditional and Simplified.
const capitalDigits = "零壹貳贰參叁参肆伍陸陆柒捌玖拾佰"

// numberings are the numbering styles, in the order they are tried.
var numberings = []numbering{
	{StyleAnnex, famAnnex, 0, regexp.MustCompile(`^【?附件\s?([` + cnDigits + `\d]{1,3})(?:】|[：:\s]|$)`), "annexes after the last article or section: 附件一：… (gov/law_hk_basic_law_1990.md), 附件1 (hexo-sina 20210322-091613), 附件 3： (a regulation copied from a PDF), 【附件一】機車停車位承租合約書 (a Taiwanese community's rules, sections_heldout17)"},
	{StyleAnnexUnnumbered, famAnnex, 0, regexp.MustCompile(`^(附件|附)[：:]?$`), "an annex with no number, its title on the next line: 附件: / 中华人民共和国国徽图案 (LawRefBook 国徽法), 附： / 国旗制法说明 (LawRefBook 国旗法)"},
	{StyleBook, famLaw, 1, regexp.MustCompile(`^第\s?([` + cnDigits + `\d]{1,6})\s?[编編]`), "刑法 and 民法典 books (gov/law_xingfa.md)"},
	{StyleSubBook, famLaw, 2, regexp.MustCompile(`^第\s?([` + cnDigits + `\d]{1,6})\s?分[编編]`), "sub-books of 民法典's second book, 物权: 第一分编 通则 (a copy from a PDF)"},
	{StyleChapter, famLaw, 3, regexp.MustCompile(`^第\s?([` + cnDigits + `\d]{1,6})\s?章`), "chapters of laws and regulations (gov/*); 第 一 章, spaced, in Taiwan's laws (law.moj.gov.tw)"},
	{StyleLawSection, famLaw, 4, regexp.MustCompile(`^第\s?([` + cnDigits + `\d]{1,6})\s?[节節]`), "sections of long chapters (gov/law_xingfa.md); 第 一 節 (law.moj.gov.tw)"},
	{StyleArticle, famLaw, 5, regexp.MustCompile(`^第\s?([` + cnDigits + `\d]{1,6})(?:-\d{1,3})?\s?[条條](?:之[` + cnDigits + `]{1,3})?`), "articles, run in with their text: 第一条 为了…, and inserted ones: 第十七条之一 (gov/law_xingfa.md); 第 1 條 and the inserted 第 34-1 條 (law.moj.gov.tw)"},
	{StylePartN, famSeq, 0, regexp.MustCompile(`^(?:Part|PART)\s?(\d{1,2})(?:[.．:：｜|丨]|\s|$)`), "parts of long magazine and WeChat pieces: PART 1, Part 2"},
	{StyleTwoDigit, famSeq, 1, regexp.MustCompile(`^(?:(0[1-9]|[1-9]\d)(?:\s?[｜|丨/／]|\s|$)|(0[1-9])[.．])`), "WeChat sections: 01 政策松绑… (wechat pieces on thepaper.cn), 01｜, 01. and a number alone over its title (### **01** / ### **风投是个啥**, LatePost)"},
	{StyleRoman, famSeq, 1, regexp.MustCompile(`^(X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])(?:[.．、]\s?|\s)`), "the parts of an essay or a feature in Roman numerals: <h3><span>I.</span> 告别“已知”：…</h3> (a journalist's year-end essay), Ⅱ、"},
	{StylePart, famGB, 0, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,4})部分`), "parts of long reports: 第一部分 总体要求"},
	{StyleCapitalNumeral, famGB, 5, regexp.MustCompile(`^([` + capitalDigits + `]{1,4})、`), "above 一、, in capital numerals: 壹、主旨 / 貳、主辦單位 (a volleyball cup's rules, Taiwan)"},
	{StyleChineseNumeral, famGB, 10, regexp.MustCompile(`^([` + cnDigits + `]{1,4})、`), "report sections: 一、2021年工作回顾 (the seed)"},
	{StyleParenChinese, famGB, 20, regexp.MustCompile(`^[（(]\s*([` + cnDigits + `]{1,4})\s*[）)]`), "report subsections, often run in: （一）深入实施…。 (the seed); （  一  ）一  般… in letter-spaced text from a PDF (a city's budget report, sections_heldout17)"},
	{StyleOrdinal, famGB, 20, regexp.MustCompile(`^第([一二三四五六七八九十]{1,3})[，,]`), "ordinals heading the passages of a commentary, a line each with body after it: 第一，…具有深厚的历史底蕴。 (Xinhua on thepaper.cn); as a list of sentences with no body, items"},
	{StyleDecimal4, famGB, 36, regexp.MustCompile(`^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}[.．](\d{1,2})(?:[.．]|\s)?`), "decimal outlines, fourth level: 1.2.1.3 (technical plans, standards)"},
	{StyleDecimal3, famGB, 34, regexp.MustCompile(`^\d{1,2}[.．]\d{1,2}[.．](\d{1,2})(?:[.．]|\s)?`), "decimal outlines, third level: 1.2.1. 提升动能回收效率 (a competition plan in Markdown notes)"},
	{StyleDecimal2, famGB, 32, regexp.MustCompile(`^\d{1,2}[.．](\d{1,2})(?:[.．]|\s)?`), "decimal outlines under 1.: 1.1. 问题浅析, 1.1 概述 (technical plans, standards), and run into a short title: 1.1招标项目概况 (a tender's instructions to bidders, sections_heldout16); never 1.5亿元"},
	{StyleArabicDot, famGB, 30, regexp.MustCompile(`^(\d{1,3})[.．]`), "third level: 1．战略目标和路径具象化 (hexo-sina 20210404)"},
	{StyleArabicComma, famGB, 30, regexp.MustCompile(`^(\d{1,3})、`), "third level, another hand: 1、CPU 被做成产品之前被检出缺陷 (zhihu)"},
	{StyleParenArabic, famGB, 40, regexp.MustCompile(`^[（(](\d{1,3})[）)]`), "fourth level and list items: （1）申请执行书 (gov/interp_enforcement_2020.md)"},
	{StyleArabicParen, famGB, 42, regexp.MustCompile(`^(\d{1,2})[）)]`), "the level of （1）, with only the closing parenthesis: **1）建立标准，完成初筛。** (a WeChat piece by 刘润)"},
	{StyleStage, famCode, 0, regexp.MustCompile(`^(?:(?:(?:阶段|階段|步骤|步驟|Step|STEP|Phase|PHASE|Stage|STAGE)\s?([A-Z]|\d{1,2}|[一二三四五六七八九十]{1,3})|第([一二三四五六七八九十]{1,3})(?:阶段|階段|步))(?:[.．:：、)）]|\s?[·•・|｜—–-]|\s|$)|\p{Han}{2,4}?\s?(\d{1,2})[：:])`),
		"stages of a plan and steps of a how-to: 阶段 A · 完成阶段4 (a developer's plan), 第一阶段, Step 1, 步骤1：; labelled numbers: 风险 1：权限问题 (### in a developer's design doc), 案例2：, never 图片1： (a caption) or 北京时间10:30 (a time)"},
	{StyleLetterNumber, famCode, 1, regexp.MustCompile(`^([A-Z]\d{1,2}(?:\.\d{1,2})?)(?:[.．:：、)）]|\s?[·•・|｜—–]|\s?--?\s|[（(]|\s)`), "letter codes in developers' plans: A1. T4-5 Document/blocks schema, J0 — Contracts, J2.6 — Cycle Care Plugin, A1（J3）：Mean Reversion Smoother"},
	{StyleLetterParen, famCode, 2, regexp.MustCompile(`^([A-Z])[)）]`), "lettered steps under a decimal: A) 模块 smoke, B) OPS3 全量回归 sweep (a developer's plan)"},
	{StyleCircled, famGB, 50, regexp.MustCompile(`^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])`), "fifth level and list items"},
}

// tagStyles are the styles of headings from markup, by level.
var tagStyles = [...]SectionStyle{0, StyleH1, StyleH2, StyleH3, StyleH4, StyleH5, StyleH6}

// bracketHeading is a paragraph that is only a 【小标题】.
var bracketHeading = regexp.MustCompile(`^【([^【】]{1,30})】$`)

// Limits of heading shapes, in runes.
const (
	maxTitle       = 80 // a numbered title
	maxRunInTitle  = 60 // the first sentence of a run-in heading
	maxBoldHeading = 40 // an unnumbered bold heading
	maxPlain       = 20 // a short standalone line taken for a lost subhead
	maxLabel       = 6  // a label such as "案例篇：", never merged with the next line
)

// shape is what the text after a number looks like.
type shape uint8

const (
	shapeTitle    shape = iota // a title: short, no sentence end
	shapeRunIn                 // a short first sentence, then more text
	shapeSentence              // a sentence or more: a list item unless it heads body text
)

// cand is a paragraph that may head a section. There may be one per
// paragraph: its fields are packed small.
type cand struct {
	number string // the number as written
	title  string // the section's title, set when its heading is split off

	// tree state
	parent   *cand
	children []*cand

	idx      int
	ord      int // the number's value, 0 for an unnumbered heading
	titleAt  int // byte offsets in the text: title [titleAt, titleEnd)
	titleEnd int
	restAt   int // run-in body from restAt, or -1
	mergeEnd int // a heading that continues on the next paragraph: index after it, else idx+1
	end      int // the paragraph where its section ends
	level    int
	style    SectionStyle
	rank     int8 // place in its family's order
	tag      int8 // 1–6 for an h1–h6 heading, numbered or not
	family   family
	shape    shape
	inserted bool // an article inserted after ord: 第十七条之一
	kicker   bool // a bold line ending with a colon, the first line of a two-line subhead
	forced   bool // an h1–h6, or a 第X条: a heading even with no body
	item     bool // turned into a numbered list item
	clause   bool // a condition ending in 的, as the clauses of a legal text do
	dropped  bool // not a heading after all
	note     bool // the run-in body is a note shorter than the title: no body for the list vote
	noteOnly bool // the run-in body is a note in brackets alone (1.巨大。（12分）): no body, whatever the siblings
	wrapped  bool // the title goes on in the next paragraph, a line wrapped as the text was: joined with no space
}

func (c *cand) hasBody(end int) bool {
	return c.restAt >= 0 && !c.note || end > c.mergeEnd
}

// titleBlock returns the paragraphs of the title block of a report or
// law, or nil: a title line (an h1 opening the body, or a short bold line)
// followed by its companions: a "——" subtitle (——2022年1月6日在…会议上),
// the speaker (北京市市长 陈吉宁), the dates of adoption (2020年5月28日
// 第十三届全国人民代表大会第三次会议通过). A bold title line needs one such
// marker, unless it opens the body: then it is the headline, alone.
func titleBlock(paras []Paragraph) map[int]bool {
	start := -1
	for i := 0; i < len(paras) && i < 6; i++ {
		p := &paras[i]
		if p.Kind == KindImage {
			continue
		}
		if maybeNumbered(p.Text) && numberOf(p.Text) != nil {
			break // a numbered line starts the body, not a title
		}
		if p.Kind == KindHeading && p.Level == 1 && i == firstText(paras) || isTitleLine(p) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	block := map[int]bool{start: true}
	headline := firstText(paras) == start && !strings.HasSuffix(paras[start].Text, "：")
	markers := 0
	h1 := paras[start].Kind == KindHeading
	speakers := 0
	for i := start + 1; i < len(paras); i++ {
		p := &paras[i]
		switch {
		case p.Kind == KindImage:
			continue
		case maybeNumbered(p.Text) && numberOf(p.Text) != nil:
			i = len(paras) // the first numbered heading ends the block
			continue
		case h1 && p.Kind == KindHeading && p.Level == 1:
			block[i] = true // a second h1: the part of a code (民法典 / 总则)
			continue
		case strings.HasPrefix(p.Text, "——"):
			markers++
		case isAdoptionLine(p.Text):
			markers++
		case !h1 && isTitleLine(p) && runeCount(p.Text) <= 20 && speakers < 3:
			// the speaker: 北京市市长 陈吉宁 (a few lines at most: a run of
			// short bold lines is no title block)
			speakers++
		default:
			i = len(paras)
			continue
		}
		block[i] = true
	}
	switch {
	case h1 || markers > 0:
		return block
	case headline:
		return map[int]bool{start: true}
	}
	return nil
}

// firstText returns the index of the first paragraph that is not an
// image, or -1.
func firstText(paras []Paragraph) int {
	for i := range paras {
		if paras[i].Kind != KindImage {
			return i
		}
	}
	return -1
}

// adoptionLine is a line of the dates on which a law was adopted or
// amended, under its title: "2020年5月28日 第十三届全国人民代表大会第三次会议通过",
// "（2021年1月1日施行）".
var adoptionLine = regexp.MustCompile(`^[（(]?\d{4}年\d{1,2}月\d{1,2}日.*(?:通过|施行|公布|修正|修订|发布|印发|备案|批准)[^。]{0,80}[）)]?。?$`)

// isAdoptionLine reports whether s is an adoption line of at most
// maxAdoption runes; the look at its first runes spares the pattern
// most paragraphs.
func isAdoptionLine(s string) bool {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "（"), "(")
	if t == "" || t[0] < '0' || t[0] > '9' || len(s) > maxAdoption && runeCount(s) > maxAdoption {
		return false
	}
	return adoptionLine.MatchString(s)
}

// maxAdoption is the longest adoption line, in runes: a law amended many
// times lists every amendment.
const maxAdoption = 300

// isTitleLine reports whether p is a short, wholly bold line with no
// sentence end, no e-mail address and no list of fields (see fieldList):
// a title or a subhead.
func isTitleLine(p *Paragraph) bool {
	return (p.Kind == KindText || p.Kind == KindHeading) && len(p.Marks) > 0 && len(p.Text) <= maxBoldHeading*utf8.UTFMax &&
		runeCount(p.Text) <= maxBoldHeading && isAllBold(p) && !endsSentence(p.Text) && !(strings.IndexByte(p.Text, '@') >= 0 && emailAddress.MatchString(p.Text)) &&
		!fieldList(p.Text)
}

// fieldList reports whether s is a run of fields or links apart by one
// separator used twice or more (公众号懒人搜索 | 手机端访问查看完整样式 | 标签…,
// 岗位编号 - 姓名 - 手机号码 - 学校): a menu or a form to fill, no subhead,
// which uses a bar once at most (01 | 政策松绑).
func fieldList(s string) bool {
	for _, sep := range [...]string{" | ", "｜", " - ", " / "} {
		if strings.Count(s, sep) >= 2 {
			return true
		}
	}
	return false
}

// emailAddress is an e-mail address in a line: a bold 吴老师
// wuwei2016@iscas.ac.cn is whom to write to, no subhead.
var emailAddress = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// isCenteredQuestion reports whether p, a centered paragraph, is a short
// bold question ("整顿职场，在整顿什么？"): centered and bold, a question is a
// subhead even after a comma.
func isCenteredQuestion(p *Paragraph) bool {
	r, _ := decodeLastRune(p.Text)
	return p.Kind == KindText && len(p.Marks) > 0 && (r == '？' || r == '?') && !containsAnyRune(p.Text, "。！!；;") &&
		runeCount(p.Text) <= maxBoldHeading && isAllBold(p)
}

func isAllBold(p *Paragraph) bool {
	n := 0
	for _, m := range p.Marks {
		if m.Kind == MarkBold {
			n += m.End - m.Start
		}
	}
	return len(p.Text) > 0 && n >= len(p.Text)-countSpaces(p.Text)
}

// boldLineEnd returns where the first line of p ends when that line is
// wholly bold and more lines follow it, or -1.
func boldLineEnd(p *Paragraph) int {
	end := strings.IndexByte(p.Text, '\n')
	if end <= 0 || len(p.Marks) == 0 || trimSpace(p.Text[end:]) == "" {
		return -1
	}
	n := 0
	for _, m := range p.Marks {
		if m.Kind == MarkBold && m.Start < end {
			n += min(m.End, end) - m.Start
		}
	}
	if n < end-countSpaces(p.Text[:end]) {
		return -1
	}
	return end
}

func countSpaces(s string) int {
	n := 0
	for _, r := range s {
		if isSpaceRune(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// endsSentence reports whether s ends as a sentence does, or holds a
// sentence end before its last word.
func endsSentence(s string) bool {
	if strings.Contains(s, "。") {
		return true
	}
	r, _ := decodeLastRune(s)
	switch r {
	case '；', ';', '，', ',', '、', '…':
		return true
	case '！', '!':
		return true // an exclamation is emphasis
	case '？', '?':
		// A short question can be a subhead; one after a comma is a sentence.
		return containsAnyRune(s, "，,：:")
	}
	return false
}

// numberingFirsts are, for each numbering style in order, the runes
// its numbers start with, as [lo, hi] pairs read from its pattern (nil:
// any); numberOf tries a style's pattern only on a text that starts so.
var numberingFirsts = func() [][]rune {
	out := make([][]rune, len(numberings))
	for i := range numberings {
		out[i] = firstRunes(numberings[i].re)
	}
	return out
}()

// numberingHeads are the numbering patterns run on as much of a text as
// their matches can span (see headRegexp).
var numberingHeads = func() []headRegexp {
	out := make([]headRegexp, len(numberings))
	for i := range numberings {
		out[i] = headOf(numberings[i].re)
	}
	return out
}()

// maxNumberHead is how much of a paragraph the numbering patterns look
// at: a number, its mark and what follows it are at most a few dozen
// bytes, and a pattern given all of a long paragraph pays for its length.
const maxNumberHead = 96

// numberHead returns the start of text the numbering patterns read.
func numberHead(text string) string {
	if len(text) <= maxNumberHead {
		return text
	}
	return text[:maxNumberHead]
}

// numberOf matches the numbering styles at the start of text.
func numberOf(text string) *numbering {
	n, _ := readNumber(text, false)
	return n
}

// numberSpan is where a number is at the start of a text: its match
// ends at end, its numeral is text[numeral:numeralEnd] (the first of its
// pattern's groups that takes part in the match). Every offset is within
// the numberHead, at most maxNumberHead.
type numberSpan struct {
	end, numeral, numeralEnd uint8
}

// A numberSpan's offsets, within the numberHead, fit its bytes.
var _ [255 - maxNumberHead]struct{}

// numberAt is numberOf with where the number is in text: what numbered
// reads, from the one match numberOf makes.
func numberAt(text string) (*numbering, numberSpan) {
	return readNumber(text, true)
}

// readNumber is numberOf, and numberAt when span is set.
func readNumber(text string, span bool) (*numbering, numberSpan) {
	text = numberHead(text)
	r, _ := utf8.DecodeRuneInString(text)
	if r >= '0' && r <= '9' && !markAfterDigits(text) {
		return nil, numberSpan{} // 2021年…, 5G…: no style numbers so
	}
	for i := range numberings {
		n := &numberings[i]
		if first := numberingFirsts[i]; (first == nil || inRanges(r, first)) && (!isDecimal(n.style) || dotThenDigit(text)) {
			var m []int
			if span || isDecimal(n.style) {
				if m = numberingHeads[i].FindStringSubmatchIndex(text); m == nil {
					continue
				}
			} else if !numberingHeads[i].MatchString(text) {
				continue
			}
			if isDecimal(n.style) && !decimalEnds(text, m[1]) {
				continue // 1.5亿元, 1.123: no number of this style; another may read one
			}
			if !span {
				return n, numberSpan{}
			}
			g := 2
			for g+3 < len(m) && m[g] < 0 {
				g += 2 // the numeral of the pattern's second or third form
			}
			return n, numberSpan{end: uint8(m[1]), numeral: uint8(max(m[g], 0)), numeralEnd: uint8(max(m[g+1], 0))}
		}
	}
	return nil, numberSpan{}
}

// dotThenDigit reports whether text opens with one or two digits, a dot
// (. or ．) and a digit, as every decimal style's number does (1.1, 12．3):
// a look before their patterns, which "1．战略目标" would run in turn.
func dotThenDigit(text string) bool {
	i := 0
	for i < len(text) && i < 2 && isDigitByte(text[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	rest := text[i:]
	switch {
	case strings.HasPrefix(rest, "."):
		rest = rest[1:]
	case strings.HasPrefix(rest, "．"):
		rest = rest[len("．"):]
	default:
		return false
	}
	return rest != "" && isDigitByte(rest[0])
}

// isDecimal reports whether style is a level of a decimal outline (1.1,
// 1.1.1, 1.1.1.1).
func isDecimal(style SectionStyle) bool {
	return style == StyleDecimal2 || style == StyleDecimal3 || style == StyleDecimal4
}

// decimalUnits are what a decimal fraction is followed by, where a
// decimal outline's number never is: 1.5亿元, 2.3倍, 3.5万人. Units that
// also start titles (年度, 项目, 人员, 分包) are matched as words
// (decimalWords).
const decimalUnits = "亿万千百元角倍米吨克斤岁"

// decimalWords are units that start with a character that also starts
// titles: 1.5分钟 but 1.11分包, 2.1公里 but 2.1公共服务, 2.5年 but 2.1年度目标.
var decimalWords = []string{"分钟", "分之", "分）", "分)", "分，", "分。", "公里", "公斤", "公顷", "小时", "平方", "立方",
	"个月", "个百分点", "年前", "年后", "年内", "年来", "年间", "天内", "天后", "人次", "倍"}

// decimalEnds reports whether a decimal number that ends at byte end of
// text ends there: a space or the text's end follows it, a dot that no
// digit follows (1.1. 概述, never 1.1. of 1.1.1), or a Han character, a
// bracket or a quote that starts a title run into it (1.1招标项目概况),
// but neither a digit (1.123) nor a unit (1.5亿元, 2.1公里). A number run
// into nothing (3.5 alone) is a figure.
func decimalEnds(text string, end int) bool {
	if !decimalJoined(text[:end]) {
		if c := text[end-1]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			return true // 1.1 2023年度收入执行情况
		}
		return end == len(text) || text[end] < '0' || text[end] > '9'
	}
	if end == len(text) {
		return false // 3.5 alone: a figure
	}
	rest := text[end:]
	if slices.ContainsFunc(decimalWords, func(w string) bool { return strings.HasPrefix(rest, w) }) || rest == "分" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return (isHan(r) && !strings.ContainsRune(decimalUnits, r)) || strings.ContainsRune("“「《（(【", r)
}

// decimalJoined reports whether a decimal number as matched ends with
// its last digit, run into what follows it.
func decimalJoined(number string) bool {
	c := number[len(number)-1]
	return c >= '0' && c <= '9'
}

// markAfterDigits reports whether the leading ASCII digits of text are
// followed by what every numbering style that starts with a digit needs
// after its digits: a dot, 、, a bar or slash, a closing parenthesis
// (1）), a space, or nothing.
func markAfterDigits(text string) bool {
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i == len(text) {
		return true
	}
	switch text[i] {
	case '.', '|', '/', ')', ' ', '\t', '\n', '\f', '\r':
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return strings.ContainsRune("．、｜丨／）", r)
}

// maybeNumbered is a cheap first look: numbered headings start with one of
// these.
func maybeNumbered(text string) bool {
	r, _ := decodeRune(text)
	return r >= '0' && r <= '9' || r == '第' || r == '附' || r == '（' || r == '(' || r == '【' && strings.HasPrefix(text, "【附件") || r >= '①' && r <= '⑳' ||
		r >= 'A' && r <= 'Z' || r >= 'Ⅰ' && r <= 'Ⅻ' || r == '阶' || r == '階' || r == '步' || isNumeral(r) ||
		hanThenDigit(text)
}

// isNumeral reports whether r is one of cnDigits or capitalDigits, by a
// switch: maybeNumbered asks it of most paragraphs.
func isNumeral(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '两',
		'壹', '貳', '贰', '參', '叁', '参', '肆', '伍', '陸', '陆', '柒', '捌', '玖', '拾', '佰':
		return true
	}
	return false
}

// hanThenDigit reports whether text opens with two to four Han
// characters, a space or none, and a digit: the start of a labelled
// number (风险 1：).
func hanThenDigit(text string) bool {
	return digitAfterHigh(text) && hanRunThenDigit(text)
}

// digitAfterHigh is hanThenDigit's look at the bytes, taken first: a
// digit that only spaces and at most four runes past ASCII (16 bytes at
// most) come before.
func digitAfterHigh(text string) bool {
	// Seventeen bytes past ASCII first, as most paragraphs open (five
	// Chinese characters and more): eight bytes at a time.
	if len(text) > 16 && (load64(text, 0)&load64(text, 8))&0x8080808080808080 == 0x8080808080808080 && text[16] >= utf8.RuneSelf {
		return false
	}
	for i, high := 0, 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= utf8.RuneSelf:
			if high++; high > 4*utf8.UTFMax {
				return false
			}
		case c != ' ':
			return c >= '0' && c <= '9'
		}
	}
	return false
}

// load64 returns the eight bytes of s from i as a number, the first the
// lowest.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hanRunThenDigit is hanThenDigit read rune by rune.
func hanRunThenDigit(text string) bool {
	n := 0
	for i, r := range text {
		switch {
		case isHan(r) && n < 4:
			n++
		case r == ' ' && n >= 2:
		case r >= '0' && r <= '9':
			return n >= 2 && i > 0
		default:
			return false
		}
	}
	return false
}

// speakerTag is the tag of who speaks, opening a turn of an interview:
// C |, M |, 问：, 答：, Q:, Q1：, 记者：.
var speakerTag = regexp.MustCompile(`^([A-Za-z]{1,3}\d{0,2}|\p{Han}{1,3}\d{0,2})\s*[|｜:：]`)

// dialogueTurn reports whether paras[i] is an interview's question: a
// speaker's tag and a question, and another speaker's tag opening the
// next paragraph, the answer.
func dialogueTurn(paras []Paragraph, i int) bool {
	if i+1 >= len(paras) || paras[i+1].Kind != KindText {
		return false
	}
	if r, _ := decodeLastRune(strings.TrimRight(paras[i].Text, " ")); r != '？' && r != '?' {
		return false
	}
	a, b := speakerTag.FindStringSubmatch(paras[i].Text), speakerTag.FindStringSubmatch(paras[i+1].Text)
	return a != nil && b != nil && a[1] != b[1]
}

// readerQuestion reports whether paras[i] is a wholly bold question
// next to another one, with nothing but empty lines between: the
// questions a WeChat piece puts to its readers at its end (今日互动); or
// the first line of such a question set over two lines that heads no
// text, or the bold title right over one (极客一问), after the last
// paragraph of prose (lastProse).
func readerQuestion(paras []Paragraph, i, lastProse int) bool {
	if boldQuestion(&paras[i]) {
		return i > 0 && boldQuestion(&paras[i-1]) || i+1 < len(paras) && boldQuestion(&paras[i+1])
	}
	// **你认为我们距离** / **能做「慢思考」的 AI，还有多远？**: the first line
	// of a question set over two, with no text after it; **极客一问** over
	// such a question is the block's title. Only after the last paragraph
	// of prose: **常见问题** over **布病会人传人吗？** in the article heads it.
	if i <= lastProse || i+1 >= len(paras) || paras[i].Kind != KindText || len(paras[i].Marks) == 0 || len(paras[i].Text) > maxBoldHeading*utf8.UTFMax ||
		!isAllBold(&paras[i]) {
		return false
	}
	if splitQuestion(paras, i) {
		return true
	}
	return i+2 < len(paras) && len(paras[i+1].Marks) > 0 && isAllBold(&paras[i+1]) && splitQuestion(paras, i+1)
}

// splitQuestion reports whether paras[i], a bold line, and the bold
// question after it are one question heading no text.
func splitQuestion(paras []Paragraph, i int) bool {
	if i+1 >= len(paras) || !boldQuestion(&paras[i+1]) {
		return false
	}
	return i+2 >= len(paras) || paras[i+2].Kind != KindText && paras[i+2].Kind != KindHeading
}

// boldQuestion reports whether p is a wholly bold line ending with a
// question mark.
func boldQuestion(p *Paragraph) bool {
	if p.Kind != KindText || len(p.Marks) == 0 || len(p.Text) > maxBoldHeading*utf8.UTFMax {
		return false
	}
	r, _ := decodeLastRune(strings.TrimRight(p.Text, " "))
	return (r == '？' || r == '?') && isAllBold(p)
}

// plainKicker reports whether paras[i] is a short plain line ending with
// a colon right over a wholly bold title line: 阴影下的盐场堡： over
// **有人甩卖房子搬家，有人怀孕6月流产疑与布病有关**.
func plainKicker(paras []Paragraph, i int) bool {
	p := &paras[i]
	if p.Kind != KindText || len(p.Marks) > 0 || i+1 >= len(paras) || !strings.HasSuffix(p.Text, "：") {
		return false
	}
	n := runeCount(p.Text)
	next := &paras[i+1]
	return n > maxLabel && n <= 2*maxLabel+4 && !containsAnyRune(p.Text, "，,。；") &&
		isTitleLine(next) && !strings.HasSuffix(next.Text, "：")
}

// boldKickers reports whether the document has a two-line bold subhead
// opened by a line with a colon (**布病“凶猛”：** / **一起检查的…**),
// counting once into *memo (0 not yet, 1 none, 2 some).
func boldKickers(paras []Paragraph, memo *int) bool {
	if *memo == 0 {
		*memo = 1
		for i := 0; i+1 < len(paras); i++ {
			if p := &paras[i]; isTitleLine(p) && strings.HasSuffix(p.Text, "：") && isTitleLine(&paras[i+1]) {
				*memo = 2
				break
			}
		}
	}
	return *memo == 2
}

// attachedFile is the name of an office file ending a line: an annex so
// named is a file sent with the text (附件1：信息汇总表.xlsx), not set in it.
var attachedFile = regexp.MustCompile(`\.(?i:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z)$`)

// findCandidates returns the paragraphs that may head a section, in order.
func findCandidates(paras []Paragraph, info []paraInfo, skip map[int]bool) []*cand {
	var plain []int         // short standalone lines: headings only if checkPlain keeps them
	var sentences []int     // short one-sentence lines: headings only if checkSentenceHeads keeps them
	var arena chunked[cand] // its first chunk comes with the first candidate
	add := arena.add
	nums := numberMemo{paras: paras}
	appended := appendedTitles(paras, skip, &nums)
	kickers := 0 // two-line bold subheads with a colon: 0 not counted yet, 1 none, 2 some
	lastProse := lastProseIndex(paras)
	inTitle := 0 // the lines of an appended title end here
	for i := range paras {
		p := &paras[i]
		if end, ok := appended[i]; ok {
			// The title of a decision or an annex set after the law, over
			// several lines, above its adoption note.
			add(cand{idx: i, style: StyleAppended, family: famAnnex, titleEnd: len(p.Text), restAt: -1, forced: true}).mergeEnd = end
			inTitle = end
			continue
		}
		if i < inTitle || skip[i] || p.Text == "" || (p.Kind != KindText && p.Kind != KindHeading && p.Kind != KindListItem) {
			continue
		}
		if c, ok := numbered(p, &nums, i); ok {
			// 附件： over a list of the files attached (1. 系统界面截图)
			// heads no annex: the annex's title is a line of text.
			// Q1：…？ over A1：…: a numbered question of an interview and
			// its answer are turns of a dialogue, neither heading nor item.
			if (c.style != StyleAnnexUnnumbered || i+1 < len(paras) && paras[i+1].Kind == KindText) &&
				(c.family != famCode || !dialogueTurn(paras, i) && (i == 0 || !dialogueTurn(paras, i-1))) {
				add(c)
				continue
			}
		}
		switch {
		case p.Kind == KindHeading:
			level := min(max(p.Level, 1), 6)
			add(cand{idx: i, style: tagStyles[level], titleEnd: len(p.Text), restAt: -1, forced: true, tag: int8(level)})
		case p.Kind != KindText:
		case (len(p.Marks) > 0 || len(p.Text) <= maxPlain*utf8.UTFMax) && valueLine(p.Text):
			// 咨询电话：0855-8225253: a label and its number, in bold or not,
			// is a line of contact details, no heading.
		case strings.HasPrefix(p.Text, "【") && strings.HasSuffix(p.Text, "】") && bracketHeading.MatchString(p.Text):
			// (The brackets first: the pattern is asked of every paragraph.)
			add(cand{idx: i, style: StyleBracket, titleEnd: len(p.Text), restAt: -1})
		case (strings.HasSuffix(p.Text, "：") || strings.HasSuffix(p.Text, ":")) && i+1 < len(paras) && paras[i+1].Kind == KindListItem:
			// 附件： / 1. 系统界面截图: a label with a colon over a list
			// introduces the list; it heads no part.
		case readerQuestion(paras, i, lastProse):
			// **跟风最成功的一次是什么样的？** / **或者，你有跟风失败的经历吗？**:
			// questions put to the readers, in a row, head nothing.
		case dialogueTurn(paras, i):
			// C | 您觉得…？ over M | 我觉得…, 问：…？ over 答：…: an
			// interview's question, its answer after it, heads nothing.
		case (isTitleLine(p) || info[i].centered && isCenteredQuestion(p)) && !strings.HasPrefix(p.Text, "——"):
			// A longer bold line ending with a colon introduces what
			// follows: a heading only as the first line of a two-line
			// subhead ("格力电器员工持股计划引发新思考：" / "好的激励计划…").
			kicker := strings.HasSuffix(p.Text, "：") && runeCount(p.Text) > maxLabel
			style := StyleBold
			switch {
			case runeCount(p.Text) <= maxLabel:
				style = StyleLabel // "案例篇：": a part made of sections
			case info[i].centered:
				style = StyleBoldCentered
			}
			add(cand{idx: i, style: style, titleEnd: len(p.Text), restAt: -1, kicker: kicker})
		case plainKicker(paras, i) && boldKickers(paras, &kickers):
			// 阴影下的盐场堡： / **有人甩卖房子搬家，…**: the first line of a
			// two-line subhead that lost its bold, where its siblings keep
			// theirs (**布病“凶猛”：** / **一起检查的…**).
			add(cand{idx: i, style: StyleBold, titleEnd: len(p.Text), restAt: -1, kicker: true})
		case isPlainHeading(p) && !tocTitle(p.Text) && !formField(paras, i) && !tableLine(paras, i): // 目  录 over a table of contents heads no part
			plain = append(plain, i)
		case isSentenceSubhead(p):
			sentences = append(sentences, i)
		case markerHeading(p.Text) > 0 && headsBody(paras, i):
			// ■ 细节扫描: a marker before a short title heading body text
			// (news pages set subheads so, seen on 新京报 pages).
			at := markerHeading(p.Text)
			add(cand{idx: i, style: StyleMarker, number: strings.TrimRight(p.Text[:at], " \u3000"), titleAt: at, titleEnd: len(p.Text), restAt: -1})
		}
	}
	cands := arena.pointers() // in the order added, which is the paragraphs'
	for _, c := range cands {
		if c.mergeEnd == 0 {
			c.mergeEnd = c.idx + 1
		}
	}
	loneLabel(cands, paras, info)
	tableOfContents(cands, paras)
	cands = mergePairs(cands, paras)
	plain = outsideMerged(plain, cands)
	if kept := checkPlain(plain, cands, paras); len(kept) > 0 {
		n := len(cands)
		cands = mergeByIndex(cands, kept, paras, &arena)
		if len(cands)-n >= 2 && plainKeywords(kept, paras) && !slices.ContainsFunc(cands, func(c *cand) bool { return slices.Contains(kept, c.idx+1) }) {
			// 新质生产力 / 展示出对高质量发展的强劲推动力、支撑力: each plain
			// subhead under a keyword line of its own, no heading itself, is
			// one heading of the two lines; its title spans both.
			for _, c := range cands {
				// (Not where the keyword line is part of another heading:
				// 01 / A条, a number alone over its title.)
				if c.style == StylePlain && c.idx == c.mergeEnd-1 && slices.Contains(kept, c.idx) &&
					!slices.ContainsFunc(cands, func(d *cand) bool { return d != c && d.idx < c.idx && c.idx-1 < d.mergeEnd }) {
					c.idx--
					c.titleAt, c.titleEnd = 0, len(paras[c.idx].Text)
				}
			}
		}
	}
	if kept := checkSentenceHeads(sentences, paras); len(kept) > 0 {
		cands = mergeByIndex(cands, kept, paras, &arena)
	}
	trailingChrome(cands, paras)
	annexTitleAgain(cands, paras)
	outlineHead(cands, paras)
	out := cands[:0]
	for _, c := range cands {
		if !c.dropped {
			out = append(out, c)
		}
	}
	return out
}

// trailingChrome drops the unnumbered headings from text (bold, label,
// plain, 【】 lines; not h1–h6) that follow the document's last paragraph
// of prose, when there are three or more of them: they head nothing of
// the text but the page's own blocks after it (本期更多精彩, | 经济 |, 本周新刊
// over lists of other articles and promos). One or two (参考资料 over a
// list of sources; 报名方式 and 注意事项 over their lists) stay, and so does
// every heading of a document with no prose.
func trailingChrome(cands []*cand, paras []Paragraph) {
	last := lastProseIndex(paras)
	if last < 0 {
		return
	}
	var after []*cand
	for _, c := range cands {
		if c.idx > last && c.ord == 0 && c.tag == 0 && !c.forced {
			after = append(after, c)
		}
	}
	if len(after) < 3 {
		return
	}
	for _, c := range after {
		c.dropped = true
	}
}

// annexTitleAgain drops an unnumbered heading from text that says again
// the title of the annex right before it: the title of the form the
// annex is (附件二：问题的澄清 / 问题的澄清 / 编号：…).
func annexTitleAgain(cands []*cand, paras []Paragraph) {
	for i := 1; i < len(cands); i++ {
		a, c := cands[i-1], cands[i]
		if a.dropped || a.family != famAnnex || c.family != famNone || c.tag != 0 || c.idx-a.mergeEnd > 2 {
			continue
		}
		if t := a.titleKey(paras); t != "" && t == strings.Join(strings.Fields(paras[c.idx].Text), "") {
			c.dropped = true
		}
	}
}

// lastProseIndex returns the index of the document's last paragraph of
// prose, or -1.
func lastProseIndex(paras []Paragraph) int {
	for i := len(paras) - 1; i >= 0; i-- {
		if paras[i].Kind == KindText && isProse(paras[i].Text) {
			return i
		}
	}
	return -1
}

// maxAppendedLines is how many lines the title of an appended decision
// may be set over.
const maxAppendedLines = 4

// appendedTitles finds the titles of the decisions, resolutions and
// annexes appended after a law or a report: one to four short lines, no
// number among them, right above an adoption note ("全国人民代表大会常务委员会
// 关于" / "《中华人民共和国香港特别行政区基本法》" / "附件三所列全国性法律增减的决定" /
// "（1997年7月1日…通过）"), after the document's first numbered heading.
// It returns, for the first line of each, the index after its last line.
func appendedTitles(paras []Paragraph, skip map[int]bool, nums *numberMemo) map[int]int {
	first := -1
	for i := range paras {
		if !skip[i] && (paras[i].Kind == KindText || paras[i].Kind == KindHeading) && nums.of(i) != nil {
			first = i
			break
		}
	}
	if first < 0 {
		return nil
	}
	var out map[int]int
	for j := first + 2; j < len(paras); j++ {
		republished := false
		if !adoptionNote(&paras[j]) {
			// 根据本决定，将《…规定》作相应修改，重新公布。 / 最高人民法院 /
			// 关于审理专利纠纷案件适用法律 / 问题的若干规定 / 为了…（preamble）/ 第一条:
			// a law's text after the decision that amends it, its title
			// set over lines above its first article or chapter.
			if republished = startsLaw(paras, j, nums); !republished {
				continue
			}
		}
		k := j
		for k > first+1 && j-k < maxAppendedLines && titleLine(&paras[k-1]) && !skip[k-1] {
			k--
		}
		if k == j {
			continue
		}
		if republished && !lawTitle(paras[k:j]) {
			continue
		}
		// 附件: / 中华人民共和国国徽图案 / （…通过）: the annex number takes
		// the line as its title.
		if prev := strings.TrimRight(paras[k-1].Text, "：: "); k-1 > first && numberOf(prev) != nil && numberOf(prev).family == famAnnex && len(numberOf(prev).re.FindString(prev)) == len(prev) {
			continue
		}
		if out == nil {
			out = map[int]int{}
		}
		out[k] = j
	}
	return out
}

// startsLaw reports whether the text of a law starts at paras[j]: its
// first article, chapter or book (第一条, 第一章), or one paragraph of
// preamble right above it.
func startsLaw(paras []Paragraph, j int, nums *numberMemo) bool {
	return nums.firstOfLaw(j) || nums.firstOfLaw(j+1) && paras[j].Kind == KindText && isProse(paras[j].Text)
}

// firstOfLaw reports whether paras[i] is a law's first article, chapter
// or book: 第一条, 第一章. It keeps its last answer: startsLaw, asked of
// each paragraph in turn, asks of the next one too, then of it again.
func (m *numberMemo) firstOfLaw(i int) bool {
	if m.lawAt == i+1 {
		return m.lawIs
	}
	is := false
	if i < len(m.paras) && strings.HasPrefix(m.paras[i].Text, "第") && (m.paras[i].Kind == KindText || m.paras[i].Kind == KindHeading) {
		if n, span := m.at(i); n != nil && n.family == famLaw {
			is = numeralValue(m.paras[i].Text[span.numeral:span.numeralEnd]) == 1
		}
	}
	m.lawAt, m.lawIs = i+1, is
	return is
}

// lawTitle reports whether lines, read as one, end as the title of a law,
// a regulation or a judicial interpretation does: …的若干规定, …管理办法,
// …条例, …的解释.
func lawTitle(lines []Paragraph) bool {
	var b strings.Builder
	for _, p := range lines {
		b.WriteString(p.Text)
	}
	s := b.String()
	if documentTitle(s) {
		return true
	}
	for _, end := range [...]string{"规定", "規定", "办法", "辦法", "条例", "條例", "细则", "細則", "解释", "解釋", "规则", "規則"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// adoptionNote reports whether p is a note of the day a text was adopted,
// published or put in force, alone on its line: （1998年11月4日通过）.
func adoptionNote(p *Paragraph) bool {
	return p.Kind == KindText && isAdoptionLine(p.Text) && runeCount(p.Text) <= 200
}

// titleLine reports whether p can be a line of a title set over several
// lines: short, no sentence end, no number of the outline.
func titleLine(p *Paragraph) bool {
	if p.Kind != KindText && p.Kind != KindHeading || p.Text == "" {
		return false
	}
	if runesOver(p.Text, maxTitle) || endsSentence(p.Text) || strings.HasSuffix(p.Text, "：") || endsWithCount(p.Text) {
		return false
	}
	return !maybeNumbered(p.Text) || numberOf(p.Text) == nil
}

// plainKeywords reports whether every plain subhead of kept stands right
// under a keyword line of its own: a short plain line (at most
// maxKeyword characters) after body text or at the start, that is no
// subhead itself (人民日报's 新质生产力 over 展示出对高质量发展的强劲推动力).
func plainKeywords(kept []int, paras []Paragraph) bool {
	for _, i := range kept {
		if i < 1 || slices.Contains(kept, i-1) {
			return false
		}
		k := &paras[i-1]
		if n := runeCount(k.Text); k.Kind != KindText || len(k.Marks) > 0 || n < 2 || n > maxKeyword ||
			!containsHan(k.Text) || containsAnyRune(k.Text, " 　：:，,。；;！？!?、") {
			return false // 人工智能+ is one; 新质生产力： or 一、 is not
		}
		if i >= 2 && paras[i-2].Kind == KindText && isPlainHeading(&paras[i-2]) {
			return false // three short lines in a row: a text set a phrase a line
		}
	}
	return true
}

// maxKeyword is the most characters of a keyword line over a subhead.
const maxKeyword = 8

// outsideMerged returns the plain lines that no heading set over several
// paragraphs has taken as its second line.
func outsideMerged(plain []int, cands []*cand) []int {
	kept := plain[:0]
	c := 0
	for _, i := range plain {
		for c < len(cands) && cands[c].mergeEnd <= i {
			c++
		}
		if c < len(cands) && cands[c].idx < i && i < cands[c].mergeEnd && !cands[c].dropped {
			continue
		}
		kept = append(kept, i)
	}
	return kept
}

// mergeByIndex adds headings at the paragraphs in plain to cands, in
// paragraph order.
func mergeByIndex(cands []*cand, plain []int, paras []Paragraph, arena *chunked[cand]) []*cand {
	out := make([]*cand, 0, len(cands)+len(plain))
	heading := func(i int) *cand {
		// A sentence subhead's title leaves out its 。, as a run-in
		// heading's does; the paragraph keeps it.
		return arena.add(cand{idx: i, style: StylePlain, titleEnd: len(strings.TrimSuffix(paras[i].Text, "。")), restAt: -1, mergeEnd: i + 1})
	}
	k := 0
	for _, c := range cands {
		for k < len(plain) && plain[k] < c.idx {
			out = append(out, heading(plain[k]))
			k++
		}
		out = append(out, c)
	}
	for ; k < len(plain); k++ {
		out = append(out, heading(plain[k]))
	}
	return out
}

// numberMemo holds the numbering styles of a document's paragraphs as
// numberOf reads them (nil for none), each read once: findCandidates and
// the passes it calls ask it of the same paragraphs again. The
// paragraphs' texts do not change while it is in use.
type numberMemo struct {
	paras []Paragraph
	n     []*numbering // nil: not read yet; &noNumbering: none
	spans []numberSpan // where each number is (see numberAt)

	// firstOfLaw's last answer: lawIs for paragraph lawAt-1 (lawAt 0:
	// none yet).
	lawAt int
	lawIs bool
}

// noNumbering marks in a numberMemo a paragraph read and found to open
// with no number.
var noNumbering numbering

// of returns the numbering style paras[i] opens with, or nil.
func (m *numberMemo) of(i int) *numbering {
	n, _ := m.at(i)
	return n
}

// at returns the numbering style paras[i] opens with and where its number
// is (see numberAt), or nil.
func (m *numberMemo) at(i int) (*numbering, numberSpan) {
	if m.n == nil {
		m.n = make([]*numbering, len(m.paras))
		m.spans = make([]numberSpan, len(m.paras))
	}
	if m.n[i] == nil {
		m.n[i] = &noNumbering
		if t := m.paras[i].Text; maybeNumbered(t) {
			if n, span := numberAt(t); n != nil {
				m.n[i], m.spans[i] = n, span
			}
		}
	}
	if m.n[i] == &noNumbering {
		return nil, numberSpan{}
	}
	return m.n[i], m.spans[i]
}

// numbered reads a numbered heading candidate from p, paragraph i of
// nums, or returns false.
func numbered(p *Paragraph, nums *numberMemo, i int) (cand, bool) {
	n, span := nums.at(i)
	if n == nil {
		return cand{}, false
	}
	if strings.Contains(p.Text, "....") || strings.Contains(p.Text, "……") || strings.Contains(p.Text, "····") {
		if tocLeader.MatchString(p.Text) {
			return cand{}, false // 一、实施背景........................1: an entry of a table of contents
		}
	}
	end, numeralEnd := int(span.end), int(span.numeralEnd)
	numeral := p.Text[span.numeral:numeralEnd]
	if n.family == famAnnex {
		end = numeralEnd // "附件一：": the colon is not part of the number
		if strings.HasPrefix(p.Text, "【") {
			if !strings.HasPrefix(p.Text[end:], "】") {
				return cand{}, false // 【附件一：…】: a bracketed line, no number
			}
			end += len("】") // 【附件一】: the brackets are part of the number
		}
		if attachedFile.MatchString(p.Text) {
			return cand{}, false // 附件1：…汇总表.xlsx: a file sent with a notice, no part of it
		}
	}
	if n.style == StyleRoman {
		// I. 告别“已知”: a Chinese title after the numeral; I. am, VI.
		// Stage are English.
		if r, _ := utf8.DecodeRuneInString(p.Text[end:]); !isHan(r) && !strings.ContainsRune("“「《", r) {
			return cand{}, false
		}
	}
	if n.style == StyleArabicDot {
		// 1.5亿元, 2021.10: a decimal or a date, not a number.
		if r, _ := utf8.DecodeRuneInString(p.Text[end:]); r >= '0' && r <= '9' || r == '.' || r == '．' || r == '%' {
			return cand{}, false
		}
	}
	if len(p.Text) <= maxRowBytes && figureRow(p.Text[end:]) {
		return cand{}, false // 一、政府性基金收入 734,110 37,447 94 771,651: a row of a table of figures
	}
	if isDecimal(n.style) && decimalJoined(p.Text[:end]) {
		// 1.1招标项目概况 is a heading, its title run into its number;
		// 1.1.1根据《…》…的规定，… is a clause of text.
		if t := p.Text[end:]; runeCount(t) > maxBoldHeading || containsAnyRune(t, "。；;，,：:！？!?") {
			return cand{}, false
		}
	}
	if n.family == famLaw {
		// 第七條、第十一條至第十五條…之規定, 第五條第四項第六款之事件, and
		// 第十三条的规定，… / 第十三条规定”。 on a line wrapped in a sentence:
		// articles named in a sentence.
		rest := p.Text[end:]
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("、，,至及和或与與第的之", r) ||
			strings.HasPrefix(rest, "规定") || strings.HasPrefix(rest, "規定") {
			return cand{}, false
		}
	}
	ord := numeralValue(numeral)
	if n.family == famCode {
		if n.style == StyleStage && !labelledNumber(p.Text[:span.numeral], p.Text[end:]) {
			return cand{}, false
		}
		end, ord = codeNumber(p.Text, end, numeral)
	}
	end = len(strings.TrimRightFunc(p.Text[:end], isSpaceRune)) // PART 1 起源: the space is between number and title
	if n.style == StyleAnnexUnnumbered {
		end, ord = numeralEnd, 1 // the annex, alone: the colon is not part of the number
	}
	if ord < 0 || ord == 0 && !zeroBased(n.style, numeral) {
		return cand{}, false
	}
	c := cand{idx: i, style: n.style, family: n.family, rank: n.rank, ord: ord, number: p.Text[:end], restAt: -1,
		inserted: n.family != famCode && (strings.Contains(p.Text[numeralEnd:end], "之") || strings.HasPrefix(p.Text[numeralEnd:end], "-"))}
	// A colon after the number ("附件一：…") belongs to the number, as the
	// 、 of "一、" does.
	at := end
	for at < len(p.Text) {
		r, size := utf8.DecodeRuneInString(p.Text[at:])
		if r == '：' || r == ':' {
			c.number += string(r)
		} else if !isSpaceRune(r) {
			break
		}
		at += size
	}
	c.titleAt = at
	rest := p.Text[at:]
	switch {
	case n.style == StyleArticle:
		// An article's number is its heading; what follows is its text.
		c.forced, c.titleEnd, c.shape = true, at, shapeTitle
		if rest != "" {
			c.restAt, c.shape = at, shapeRunIn
		}
	case rest == "":
		c.titleEnd, c.shape = at, shapeTitle
	case boldLineEnd(p) > at:
		// <b>（一）新环境保护法…并未禁止…报送审批</b><br>对“未批先建”…: a bold first
		// line is the title, what follows the break its body.
		end := boldLineEnd(p)
		c.titleEnd, c.restAt, c.shape = end, end+1, shapeRunIn
	default:
		c.titleEnd, c.restAt, c.shape = shapeOf(p.Text, at)
		// 2、要求各班级…，德育处将组织评比。检查时间：10月17日。: a note shorter
		// than the sentence before it makes no body of a heading.
		// 1.巨大。（12分）: so does a note in brackets alone, a score or a
		// source.
		c.noteOnly = c.restAt >= 0 && bracketNote.MatchString(trimSpace(p.Text[c.restAt:]))
		c.note = c.restAt >= 0 && fewerRunes(p.Text[c.restAt:], p.Text[at:c.titleEnd]) || c.noteOnly
	}
	if p.Kind == KindHeading {
		c.forced, c.tag = true, int8(min(max(p.Level, 1), 6))
	}
	// （一）因海洋生态环境损害要求赔偿的: a condition of a legal text,
	// whatever its shape.
	c.clause = strings.HasSuffix(strings.TrimRight(p.Text[at:c.titleEnd], "；;，,"), "的")
	return c, true
}

// figureUnits are the units a quantity of a sentence or a title has
// after its number, apart by a space in text from a PDF (2022 年, 352 亿元).
const figureUnits = decimalUnits + "年月日时个人次件家户项名"

// figureRow reports whether s, what follows a number, holds the
// columns of a row of figures: three numbers or more standing apart by
// spaces, or two with thousands separators (收入 734,110 37,447). A
// number with its unit after it (2022 年, 352 亿元) is a quantity of a
// sentence or a title, no column.
func figureRow(s string) bool {
	if strings.IndexByte(s, ' ') < 0 {
		return false
	}
	// Two numbers at least, so two ASCII digits: most text after a number
	// (a law's article, a report's heading) has none, and needs no split.
	if i := strings.IndexAny(s, "0123456789"); i < 0 || !strings.ContainsAny(s[i+1:], "0123456789") {
		return false
	}
	figures, grouped := 0, 0
	fields := strings.Fields(s)
	for k, f := range fields {
		if k+1 < len(fields) {
			if r, _ := utf8.DecodeRuneInString(fields[k+1]); strings.ContainsRune(figureUnits, r) {
				continue
			}
		}
		digits, comma := 0, false
		for i := 0; i < len(f); i++ {
			switch c := f[i]; {
			case c >= '0' && c <= '9':
				digits++
			case c == ',':
				comma = true
			case c == '.' || c == '-' || c == '%':
			default:
				digits = -1
				i = len(f)
			}
		}
		if digits > 0 {
			figures++
			if comma {
				grouped++
			}
		}
	}
	return figures >= 3 || grouped >= 2
}

// tocLeader is the leader of an entry of a table of contents, dots to
// its page's number or to the line's end.
var tocLeader = regexp.MustCompile(`(?:\.{4,}|…{2,}|·{4,})\s*\d{0,4}\s*$`)

// bracketNote is a short note alone in brackets: （12分）, (见附件2).
var bracketNote = regexp.MustCompile(`^[（(][^（）()]{1,20}[）)]$`)

// captionLabels are the words before a number that label a figure, a
// table or a note, or a speaker, never a section: 图片1：, 附表2：, 网友1：.
var captionLabels = map[string]bool{"图片": true, "圖片": true, "附图": true, "附圖": true, "附表": true, "视频": true, "視頻": true,
	"附件": true, "附录": true, "附錄": true, "公式": true, "注释": true, "注釋": true, "图表": true, "圖表": true,
	"照片": true, "相片": true, "截图": true, "截圖": true, "示意图": true, "示意圖": true, "资料图": true, "資料圖": true, "附注": true, "附註": true,
	// Speakers (网友1：…, 嘉宾2：…): turns of a roundup, no sections.
	"网友": true, "網友": true, "观众": true, "觀眾": true, "嘉宾": true, "嘉賓": true, "记者": true, "記者": true,
	"读者": true, "讀者": true, "用户": true, "用戶": true, "市民": true, "村民": true, "居民": true, "家长": true, "家長": true}

// labelledNumber reports whether label, the word and space before a
// stage's number, and rest, what follows the number and its colon, make
// a labelled number (风险 1：权限问题): the label no caption's, and no
// digit after the colon (北京时间10:30 is a time).
func labelledNumber(label, rest string) bool {
	if r, _ := utf8.DecodeRuneInString(label); !isHan(r) || stageWord(label) {
		return true // 阶段 A, Step 1: a stage's own pattern
	}
	if r, _ := utf8.DecodeRuneInString(rest); r >= '0' && r <= '9' {
		return false
	}
	return !captionLabels[trimSpace(label)]
}

// stageWord reports whether label opens with a stage's word of the
// stage pattern (阶段, 步骤, 第…阶段).
func stageWord(label string) bool {
	for _, w := range [...]string{"阶段", "階段", "步骤", "步驟", "第"} {
		if strings.HasPrefix(label, w) {
			return true
		}
	}
	return false
}

// codeNumber reads the number of a stage or letter code whose pattern
// matched text up to end, numeral its numeral: the number holds its mark
// or the separator before its title (A1., 步骤1：, 阶段 A ·, J0 —) but no
// parenthesis opening the title (A1（J3）：…). The value of a code rises
// with its letter, then its number, then a decimal (J2 < J2.6 < J3 < K1),
// so that codes need only rise; a stage's and a lettered step's is the
// letter's place (A is 1) or the number.
func codeNumber(text string, end int, numeral string) (int, int) {
	end = len(strings.TrimRightFunc(text[:end], func(r rune) bool {
		return isSpaceRune(r) || r == '（' || r == '('
	}))
	if numeral[0] < 'A' || numeral[0] > 'Z' {
		return end, numeralValue(numeral)
	}
	ord := int(numeral[0]-'A') + 1
	if len(numeral) > 1 {
		whole, frac, _ := strings.Cut(numeral[1:], ".")
		n, _ := strconv.Atoi(whole)
		f, _ := strconv.Atoi(frac)
		ord = ord*codeLetter + n*100 + f
	}
	return end, ord
}

// codeLetter is the weight of a letter code's letter in its value.
const codeLetter = 10000

// firstCode reports whether c's number may open its style under a
// parent: a stage or lettered step A or 1, a letter code numbered 0 or 1
// (J0, A1).
func firstCode(c *cand) bool {
	if c.ord < codeLetter {
		return c.ord <= 1
	}
	return c.ord%codeLetter <= 100
}

// zeroBased reports whether a numbering may start at 0, as some plans
// number their preamble: 0. 最高原则 (then 0.1 Contract-first, numbered 1
// under it, and 1. 护城河定义). Only "1." numbers may; a decimal's last
// number 0 (2.0 版本发布) is a version, not a heading's.
func zeroBased(style SectionStyle, numeral string) bool {
	return style == StyleArabicDot && numeral == "0"
}

// shapeOf reads the text after a number from at: a title; a run-in title,
// its first sentence, followed by more text; or a sentence.
func shapeOf(text string, at int) (titleEnd, restAt int, sh shape) {
	rest := text[at:]
	if i := strings.Index(rest, "。"); i >= 0 {
		after := strings.TrimLeftFunc(rest[i+len("。"):], isSpaceRune)
		if after != "" && runeCount(rest[:i]) <= maxRunInTitle {
			return at + i, len(text) - len(after), shapeRunIn
		}
		return len(text) - len(sentenceEnd(rest)), -1, shapeSentence
	}
	if runeCount(rest) <= maxTitle && !endsSentence(rest) && !strings.HasSuffix(rest, "：") {
		return len(text), -1, shapeTitle
	}
	return len(text) - len(sentenceEnd(rest)), -1, shapeSentence
}

// sentenceEnd returns what trails the title of a sentence heading: its
// final 。；： (the title of "（一）强化规划战略引领…主干构架。" has no 。).
func sentenceEnd(s string) string {
	return s[len(strings.TrimRight(s, "。；：;:")):]
}

// romanValue is the value of a Roman numeral of I, V and X (up to
// XXXIX), read up to its first other character.
func romanValue(s string) int {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s) && val(s[i]) > 0; i++ {
		v := val(s[i])
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// numeralValue reads a number written in Arabic digits, Chinese numerals
// (十一, 二十, 一百零五, 两百), capital ones (拾壹), Roman ones (IV, Ⅱ), or as
// a circled digit.
func numeralValue(s string) int {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		n, _ := strconv.Atoi(strings.TrimRight(s, " \t｜|丨/／.．"))
		return n
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= '①' && r <= '⑳' {
		return int(r-'①') + 1
	}
	if r >= 'Ⅰ' && r <= 'Ⅻ' {
		return int(r-'Ⅰ') + 1
	}
	if r == 'I' || r == 'V' || r == 'X' {
		return romanValue(s)
	}
	total, section, digit := 0, 0, 0
	for _, r := range s {
		switch r {
		case '零', '〇':
			digit = 0
		case '一', '壹':
			digit = 1
		case '二', '两', '貳', '贰':
			digit = 2
		case '三', '參', '叁', '参':
			digit = 3
		case '四', '肆':
			digit = 4
		case '五', '伍':
			digit = 5
		case '六', '陸', '陆':
			digit = 6
		case '七', '柒':
			digit = 7
		case '八', '捌':
			digit = 8
		case '九', '玖':
			digit = 9
		case '十', '百', '千', '拾', '佰':
			unit := 10
			switch r {
			case '百', '佰':
				unit = 100
			case '千':
				unit = 1000
			}
			if digit == 0 {
				digit = 1 // 十一: the leading 一 is left out
			}
			section += digit * unit
			digit = 0
		default:
			return 0
		}
	}
	total = section + digit
	return total
}

// titleKey returns c's title with its spaces taken out, to compare with
// another's.
func (c *cand) titleKey(paras []Paragraph) string {
	t := paras[c.idx].Text
	if c.titleAt > len(t) || c.titleEnd > len(t) || c.titleAt > c.titleEnd {
		return ""
	}
	return strings.Join(strings.Fields(t[c.titleAt:c.titleEnd]), "")
}

// tocTitle reports whether s is the title of a table of contents: 目录,
// 目  录, 目錄.
func tocTitle(s string) bool {
	if !strings.Contains(s, "目") {
		return false // most lines asked: no need to take their spaces out
	}
	s = strings.Join(strings.Fields(s), "")
	return s == "目录" || s == "目錄"
}

// blockMarkers are the marks a subhead may open with: ■ 细节扫描.
const blockMarkers = "■▌◆▍"

// isBlockMarker reports whether r is one of blockMarkers, by a switch:
// it is asked of the first rune of most paragraphs.
func isBlockMarker(r rune) bool {
	switch r {
	case '■', '▌', '◆', '▍':
		return true
	}
	return false
}

// tableOfContents drops the entries of a law's table of contents: a run
// of three or more 编, 章 or 节 titles with nothing between them (目录 /
// 第一章 总则 / 第二章 法律 / 第一节 …) whose first number comes again later,
// where the parts themselves begin. They stay as text.
func tableOfContents(cands []*cand, paras []Paragraph) {
	for start := 0; start < len(cands); {
		entry := func(c *cand) bool {
			// 第三章 … / 第一节 设 立 / 第四十二条 over its text on the next
			// line: an article alone on its line is no entry.
			return c.family == famLaw && c.style != StyleArticle && c.ord > 0 && c.tag == 0 && c.shape == shapeTitle && c.restAt < 0
		}
		// The run ends where a number comes again: the parts begin.
		seen := map[[2]int]bool{{int(cands[start].style), cands[start].ord}: true}
		end := start + 1
		for end < len(cands) && cands[end].idx == cands[end-1].idx+1 && entry(cands[end]) && !seen[[2]int{int(cands[end].style), cands[end].ord}] {
			seen[[2]int{int(cands[end].style), cands[end].ord}] = true
			end++
		}
		if first := cands[start]; end-start >= 3 && entry(first) {
			// The first entry comes again, where the parts begin; or
			// another with its title word for word, where the first part
			// is a file of its own (目录 / 第一章 招标公告 / 第二章 投标人须知 …
			// / 第二章 投标人须知). A 第一节 that comes again under another
			// chapter is no entry come again.
			titles := map[[2]int]string{}
			for _, c := range cands[start:end] {
				titles[[2]int{int(c.style), c.ord}] = c.titleKey(paras)
			}
			again := false
			for _, c := range cands[end:] {
				if c.style == first.style && c.ord == first.ord {
					again = true
					break
				}
				if t, ok := titles[[2]int{int(c.style), c.ord}]; ok && t != "" && t == c.titleKey(paras) {
					again = true
					break
				}
			}
			if again {
				for _, c := range cands[start:end] {
					c.dropped = true
				}
			}
		}
		start = end
	}
}

// loneLabel makes a bold subhead of a short bold line that is the only
// one of its kind: a label heads a part among other parts (货物贸易,
// 服务贸易, 投资领域 …) unless it ends with a colon or names a part of the
// document (摘要, 正文); one short subhead among longer ones (涨声一片,
// then 与工作绑定的签证) is their sibling.
func loneLabel(cands []*cand, paras []Paragraph, info []paraInfo) {
	var lone *cand
	for _, c := range cands {
		if c.style != StyleLabel {
			continue
		}
		t := paras[c.idx].Text
		if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") || partName.MatchString(t) {
			return
		}
		if lone != nil {
			return
		}
		lone = c
	}
	if lone != nil {
		lone.style = StyleBold
		if info[lone.idx].centered {
			lone.style = StyleBoldCentered
		}
	}
}

// markerHeading returns where the title starts in a line that is a block
// marker, a space maybe, and a short title with no sentence end; 0 for
// any other line.
func markerHeading(text string) int {
	r, n := utf8.DecodeRuneInString(text)
	if !isBlockMarker(r) {
		return 0
	}
	title := strings.TrimLeft(text[n:], " \u3000")
	if k := runeCount(title); k < 2 || k > maxBoldHeading || endsSentence(title) || strings.HasSuffix(title, "：") {
		return 0
	}
	return len(text) - len(title)
}

// headsBody reports whether paragraph i is followed by body text (a text
// paragraph longer than a subhead) before another line of its marker, and
// not right after one: a run of marker lines with nothing between them is
// a list.
func headsBody(paras []Paragraph, i int) bool {
	r, _ := utf8.DecodeRuneInString(paras[i].Text)
	if i > 0 {
		if prev, _ := utf8.DecodeRuneInString(paras[i-1].Text); prev == r {
			return false // the last item of a list
		}
	}
	for j := i + 1; j < len(paras) && j <= i+8; j++ {
		p := &paras[j]
		if first, _ := utf8.DecodeRuneInString(p.Text); first == r {
			return false
		}
		if p.Kind == KindText && runesOver(p.Text, maxPlain) {
			return true
		}
	}
	return false
}

// isSentenceSubhead reports whether p is a short line that is one
// sentence of a few words and nothing else ("生态底色更加亮丽。"): the bold
// run-in heading of a report whose text was saved one paragraph a line,
// its bold lost. checkSentenceHeads then asks for several, each over a long
// paragraph.
func isSentenceSubhead(p *Paragraph) bool {
	if p.Kind != KindText || len(p.Marks) > 0 || len(p.Text) > (maxPlain+1)*utf8.UTFMax {
		return false
	}
	head, ok := strings.CutSuffix(p.Text, "。")
	n := runeCount(head)
	if !ok || n < 4 || n > maxPlain || containsAnyRune(head, "\n。，,、；;：:！？!?“”\"（）()《》 ") {
		return false
	}
	f, _ := utf8.DecodeRuneInString(head)
	return isHan(f)
}

// endsWithCount reports whether s ends with a figure: ASCII digits, then
// ASCII white space, then at most one rune that is none, as a row of a
// table set as text does ("劳工、社会服务、宗教等界 200人"), not a subhead.
// It is the pattern \d+\s*\S?$ read back from the end, where the
// pattern would be tried from every place in the line.
func endsWithCount(s string) bool {
	t := strings.TrimRight(s, asciiSpace)
	if t != "" && isDigitByte(t[len(t)-1]) {
		return true // no rune after the white space
	}
	if t != s || s == "" {
		return false // white space ends s: no rune may follow it
	}
	_, w := decodeLastRune(s)
	t = strings.TrimRight(s[:len(s)-w], asciiSpace)
	return t != "" && isDigitByte(t[len(t)-1])
}

// firstColon returns where the first colon of s is, full-width or ASCII,
// and its length in bytes, or -1.
func firstColon(s string) (i, size int) {
	i, size = strings.IndexByte(s, ':'), 1 // IndexAny would decode every rune
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		i, size = j, len("：")
	}
	return i, size
}

// valueLine reports whether s is a label and a value of figures: a colon,
// and after it at least five digits that, with the dashes, commas and
// brackets between them, make up most of what follows (电话：0855-8225253,
// 监督电话：0855-8222559、8223107).
func valueLine(s string) bool {
	if len(s) > 64*utf8.UTFMax {
		return false // a heading is short; a long paragraph needs no look
	}
	i, _ := firstColon(s)
	if i < 0 {
		return false
	}
	digits, other := 0, 0
	for _, r := range s[i:] {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("：:-－—、,，;；()（） ", r):
		default:
			other++
		}
	}
	return digits >= 5 && digits > 2*other
}

// containsHan reports whether s holds a Han character.
func containsHan(s string) bool {
	for _, r := range s {
		if r >= 0x2e80 && isHan(r) {
			return true
		}
	}
	return false
}

// tableLine reports whether paras[i], a short line, is a line of a table
// copied as text: a line of the header of its columns (see headerRow:
// 预算数 预算调整 预算调整 预算数, and 项 目 beside it), the unit of its
// figures (单位：万元), or a cell between two rows of figures (…102,313 102,313 / 业务费用 / 专项债务
// 对应项目专项收入 387,029 37,447 94 424,570).
func tableLine(paras []Paragraph, i int) bool {
	text := func(k int) string {
		if k < 0 || k >= len(paras) || paras[k].Kind != KindText {
			return ""
		}
		return paras[k].Text
	}
	figures := func(k int) bool { t := text(k); return len(t) <= maxRowBytes && figureRow(t) }
	if headerRow(text(i)) || headerRow(text(i-1)) || headerRow(text(i+1)) {
		// 2022年 第一次 第二次 调整后 / 项 目 / 预算数 预算调整 …: the lines of a
		// header, over rows of figures (稳增长 促改革 调结构, a slogan, has none).
		for k := i + 1; k <= i+3; k++ {
			if figures(k) {
				return true
			}
		}
	}
	if t := text(i); strings.HasPrefix(t, "单位：") || strings.HasPrefix(t, "单位:") || strings.HasPrefix(t, "單位：") || strings.HasPrefix(t, "單位:") {
		return true // 单位：万元, the unit of a table's figures
	}
	return figures(i-1) && figures(i+1)
}

// maxRowBytes is the longest line read as a row of a table copied as
// text: rows of figures are short; prose is not read for them.
const maxRowBytes = 400

// headerRow reports whether s is the header of a table's columns copied
// as text: three words or more apart by spaces, two of them at least of
// two characters or more (letter-spaced text, 工 作 回 顾, has words of
// one), none longer than six, and no sentence in it.
func headerRow(s string) bool {
	if len(s) > maxRowBytes/2 || strings.IndexByte(s, ' ') < 0 || containsAnyRune(s, "，。；：！？,;:!?") {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) < 3 {
		return false
	}
	long := 0
	for _, f := range fields {
		n := runeCount(f)
		if n > 6 || !containsHan(f) {
			return false
		}
		if n >= 2 {
			long++
		}
	}
	return long >= 2
}

// maxFieldLabel is the longest label of a form's field, in runes:
// 招标代理机构：.
const maxFieldLabel = 8

// fieldLabel reports whether s is a form's field: a short label, a
// colon and a value (联系人：见招标公告).
func fieldLabel(s string) bool {
	if len(s) > 2*maxPlain*utf8.UTFMax {
		return false
	}
	i, size := firstColon(s)
	if i <= 0 {
		return false
	}
	// 附录2：竞价指引 / 附录3：… name parts, not fields; 王志刚表示：“…。” is a
	// sentence.
	value := trimSpace(s[i+size:])
	return runeCount(s[:i]) <= maxFieldLabel && !strings.ContainsAny(s[:i], "0123456789") &&
		value != "" && runeCount(value) <= 2*maxPlain && !containsAnyRune(value, "。！？“”\"")
}

// formField reports whether paras[i], a field (see fieldLabel), stands
// beside another: the lines of a form (招标人：国网山东省电力公司 /
// 招标代理机构：…, 联系人：… / 电话：…) are no subheads, as 背景：一场风波
// over text may be.
func formField(paras []Paragraph, i int) bool {
	if !fieldLabel(paras[i].Text) {
		return false
	}
	field := func(k int) bool {
		// 1.1.2<TAB>招标人<TAB>名称：见招标公告 / 地址：见招标公告: a field beside
		// the row of a table whose cell it goes on is one too.
		return k >= 0 && k < len(paras) && (paras[k].Kind == KindText && fieldLabel(paras[k].Text) || paras[k].Kind == KindTable)
	}
	return field(i-1) || field(i+1)
}

// isPlainHeading reports whether p is a short standalone line with no
// sentence end and no markup, as a subhead is when scraping lost its bold
// ("本土病例情况", "“日本风情街”引发舆论关注"). checkPlain then asks for
// siblings of the same shape and body text under each.
func isPlainHeading(p *Paragraph) bool {
	if p.Kind != KindText || len(p.Marks) > 0 || len(p.Text) > maxPlain*utf8.UTFMax {
		return false
	}
	// One pass over the line's runes (at most maxPlain*UTFMax bytes)
	// reads what the tests below ask.
	n, han, colons, colon, before := 0, false, 0, -1, 0
	for i := 0; i < len(p.Text); n++ {
		r, size := decodeRune(p.Text[i:])
		switch r {
		case '\n', '。', '！', '？', '÷', '×', '＝', '=', '；', ';', '□', '☐', '☑', '☒':
			// A formula (月工资收入÷月计薪天数, 250天÷4季＝62.5天/季), a clause
			// (schema 通过；字段顺序固定) or a form's boxes (异议受理场所：□开标现场
			// □非开标现场) is no subhead.
			return false
		case '：', ':':
			if colon < 0 {
				colon, before = i, n
			}
			colons++
		}
		han = han || r >= 0x2e80 && isHan(r)
		i += size
	}
	// Two colons: a form's fields (制表：张三 审核：李四). A line with no Han
	// character (REPO_SNAPSHOT, interventions) names a file or a field of a
	// Chinese text, not a part of it.
	if n < 2 || n > maxPlain || colons >= 2 || !han || endsWithCount(p.Text) {
		return false
	}
	// 平台：Windows电脑: a short name, a colon and a value that is no
	// Chinese phrase (a product, a figure, an address) is a field; 背景：一场风波
	// may be a subhead.
	if colon > 0 && before <= 4 {
		_, size := utf8.DecodeRuneInString(p.Text[colon:])
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p.Text[colon+size:], " ")); r < utf8.RuneSelf {
			return false
		}
	}
	r, _ := decodeLastRune(p.Text)
	if unicode.IsPunct(r) && r != '”' && r != '》' && r != '）' || unicode.IsSymbol(r) {
		return false
	}
	if speakerSign(p.Text) || officialSign(p.Text) {
		return false // 上海社会科学院党委书记 权衡代表: who speaks, under a subhead
	}
	f, _ := utf8.DecodeRuneInString(p.Text)
	return !unicode.IsPunct(f) && !unicode.IsSymbol(f) || f == '“' || f == '《' // not a ● bullet
}

// speakerLine is a deputy's or member's signature line in a paper's
// coverage of the two sessions: a post, a space, a name and 代表 or 委员
// (上海社会科学院党委书记  权衡代表, 中国人民大学教授 郑功成代表).
var speakerLine = regexp.MustCompile(`^(\S+)\s+(\p{Han}{2,4})(?:代表|委员|委員)$`)

// asciiSpace is what \s matches in a pattern.
const asciiSpace = " \t\n\f\r"

// officialLine is an office, a space and a name: who gives a report or
// signs a notice (广东省财政厅厅长 戴运龙, 北京市市长 陈吉宁).
var officialLine = regexp.MustCompile(`^(\S{3,})\s+(\p{Han}{2,4})$`)

// officePosts end the offices of officialLine.
var officePosts = []string{"厅长", "廳長", "市长", "市長", "省长", "省長", "县长", "縣長", "区长", "區長", "局长", "局長",
	"部长", "部長", "主任", "书记", "書記", "主席", "秘书长", "秘書長", "行长", "行長", "董事长", "董事長", "总经理", "總經理",
	"院长", "院長", "校长", "校長", "社长", "社長", "理事长", "理事長", "处长", "處長", "署长", "署長", "司长", "司長", "总理", "總理"}

// officialSign reports whether s is an official's signature line (see
// officialLine): an office ending in a post, and a person's name.
func officialSign(s string) bool {
	if !strings.ContainsAny(s, asciiSpace) {
		return false // \s in the pattern is ASCII white space
	}
	m := officialLine.FindStringSubmatch(s)
	if m == nil || !looksLikeHanName(m[2]) || containsAnyOf(m[1], "专访", "專訪", "对话", "對話", "访谈", "訪談", "采访", "採訪") {
		return false // 专访集团董事长 刘永好: an interview's subhead
	}
	return slices.ContainsFunc(officePosts, func(p string) bool { return strings.HasSuffix(m[1], p) })
}

// speakerSign reports whether s is a speaker's signature line (see
// speakerLine): a post of four characters or more, and a name, not a word
// (聚焦两会 代表委员, 专访 全国政协委员 are subheads).
func speakerSign(s string) bool {
	if !strings.HasSuffix(s, "代表") && !strings.HasSuffix(s, "委员") && !strings.HasSuffix(s, "委員") {
		return false // as the pattern ends
	}
	m := speakerLine.FindStringSubmatch(s)
	if m == nil || runeCount(m[1]) < 4 {
		return false
	}
	return !containsAnyOf(m[2], "代表", "委员", "委員", "人大", "政协", "政協", "全国", "全國", "基层", "基層")
}
