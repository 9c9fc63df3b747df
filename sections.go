package newsdoc

import (
	"encoding/json"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section is a node of the section tree: a heading and the paragraphs it
// covers, Document.Paragraphs[Start:End], its heading (Start) included.
// Children nest inside it; siblings do not overlap. Paragraphs before the
// first section (a lead, the title block) belong to none.
type Section struct {
	// ID is the section's path in the tree, "2.3" for the third child of
	// the second top-level section; it is stable for a given document.
	ID string `json:"id"`
	// Number is the heading's numbering as written ("（一）", "第三章",
	// "1．"), empty for an unnumbered heading.
	Number string `json:"number,omitempty"`
	// Title is the heading without its number.
	Title string `json:"title"`
	// Level is the level of the section's style, from 1: each style has
	// one level throughout a document, deeper than the levels of the
	// styles above it (an article under a chapter with no 节 may be at
	// level 3 under a level-1 chapter).
	Level int `json:"level"`
	// Style names how the heading was recognized: a numbering style
	// ("一、", "（一）", "1.", "1、", "（1）", "①", "第X编", "第X章", "第X节",
	// "第X条", "第X部分"), a tag ("h1"…"h6"), "【】", "bold", "bold-centered",
	// "label" (a short bold line such as "附件1" or "案例篇：") or "plain" (a
	// short standalone line).
	Style string `json:"style"`
	// RunIn is set when the heading was split from the start of its
	// paragraph.
	RunIn    bool       `json:"run_in,omitempty"`
	Start    int        `json:"-"`
	End      int        `json:"-"`
	Children []*Section `json:"children,omitempty"`
}

// sectionJSON is the wire form of a Section: its range as "paragraphs".
type sectionJSON struct {
	ID         string     `json:"id"`
	Number     string     `json:"number,omitempty"`
	Title      string     `json:"title"`
	Level      int        `json:"level"`
	Style      string     `json:"style"`
	RunIn      bool       `json:"run_in,omitempty"`
	Paragraphs [2]int     `json:"paragraphs"`
	Children   []*Section `json:"children,omitempty"`
}

// MarshalJSON writes the section with its range as "paragraphs":
// [start, end).
func (s *Section) MarshalJSON() ([]byte, error) {
	return json.Marshal(sectionJSON{s.ID, s.Number, s.Title, s.Level, s.Style, s.RunIn, [2]int{s.Start, s.End}, s.Children})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Section) UnmarshalJSON(b []byte) error {
	var j sectionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = Section{ID: j.ID, Number: j.Number, Title: j.Title, Level: j.Level, Style: j.Style, RunIn: j.RunIn,
		Start: j.Paragraphs[0], End: j.Paragraphs[1], Children: j.Children}
	return nil
}

// All returns the section and its descendants, in document order
// (pre-order).
func (s *Section) All() iter.Seq[*Section] {
	return func(yield func(*Section) bool) { s.walk(yield) }
}

func (s *Section) walk(yield func(*Section) bool) bool {
	if !yield(s) {
		return false
	}
	for _, c := range s.Children {
		if !c.walk(yield) {
			return false
		}
	}
	return true
}

// AllSections returns every section of the tree in document order
// (pre-order: a parent before its children).
func (d *Document) AllSections() iter.Seq[*Section] {
	return func(yield func(*Section) bool) {
		for _, s := range d.Sections {
			if !s.walk(yield) {
				return
			}
		}
	}
}

// family groups numbering styles whose relative order is known.
type family uint8

const (
	famNone  family = iota // unnumbered headings: ordered by first appearance
	famGB                  // GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）
	famLaw                 // legislation: 编 → 章 → 节 → 条
	famAnnex               // 附件一, 附件2: above every other heading
)

// numbering is a numbering style: a pattern for the number at the start
// of a paragraph, and its place in the known orders.
type numbering struct {
	style  string
	family family
	rank   int8           // place in its family's order, from 0
	re     *regexp.Regexp // group 1 is the numeral
	where  string         // where the style is seen
}

const cnDigits = "零〇一二三四五六七八九十百千两"

// numberings are the numbering styles, in the order they are tried.
var numberings = []numbering{
	{"附件X", famAnnex, 0, regexp.MustCompile(`^附件([` + cnDigits + `\d]{1,3})(?:[：:\s]|$)`), "annexes after the last article or section: 附件一：… (gov/law_hk_basic_law_1990.md), 附件1 (hexo-sina 20210322-091613)"},
	{"第X编", famLaw, 1, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,6})编`), "刑法 and 民法典 books (gov/law_xingfa.md)"},
	{"第X章", famLaw, 2, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,6})章`), "chapters of laws and regulations (gov/*)"},
	{"第X节", famLaw, 3, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,6})节`), "sections of long chapters (gov/law_xingfa.md)"},
	{"第X条", famLaw, 4, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,6})条(?:之[` + cnDigits + `]{1,3})?`), "articles, run in with their text: 第一条 为了…, and inserted ones: 第十七条之一 (gov/law_xingfa.md)"},
	{"第X部分", famGB, 0, regexp.MustCompile(`^第([` + cnDigits + `\d]{1,4})部分`), "parts of long reports: 第一部分 总体要求"},
	{"一、", famGB, 1, regexp.MustCompile(`^([` + cnDigits + `]{1,4})、`), "report sections: 一、2021年工作回顾 (the seed)"},
	{"（一）", famGB, 2, regexp.MustCompile(`^[（(]([` + cnDigits + `]{1,4})[）)]`), "report subsections, often run in: （一）深入实施…。 (the seed)"},
	{"1.", famGB, 3, regexp.MustCompile(`^(\d{1,3})[.．]`), "third level: 1．战略目标和路径具象化 (hexo-sina 20210404)"},
	{"1、", famGB, 3, regexp.MustCompile(`^(\d{1,3})、`), "third level, another hand: 1、CPU 被做成产品之前被检出缺陷 (zhihu)"},
	{"（1）", famGB, 4, regexp.MustCompile(`^[（(](\d{1,3})[）)]`), "fourth level and list items: （1）申请执行书 (gov/interp_enforcement_2020.md)"},
	{"①", famGB, 5, regexp.MustCompile(`^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])`), "fifth level and list items"},
}

// tagStyles are the styles of headings from markup, by level.
var tagStyles = [...]string{"", "h1", "h2", "h3", "h4", "h5", "h6"}

// bracketHeading is a paragraph that is only a 【小标题】.
var bracketHeading = regexp.MustCompile(`^【([^【】]{1,30})】$`)

// Limits of heading shapes, in runes.
const (
	maxTitle       = 80 // a numbered title
	maxRunInTitle  = 60 // the first sentence of a run-in heading
	maxBoldHeading = 40 // an unnumbered bold heading
	maxPlain       = 20 // a short standalone line taken for a lost subhead
	maxLabel       = 6  // a label such as "案例篇：" or "附件1", never merged with the next line
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
	style  string
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
	rank     int8 // place in its family's order
	tag      int8 // 1–6 for an h1–h6 heading, numbered or not
	family   family
	shape    shape
	inserted bool // an article inserted after ord: 第十七条之一
	kicker   bool // a bold line ending with a colon, the first line of a two-line subhead
	forced   bool // an h1–h6, or a 第X条: a heading even with no body
	item     bool // turned into a numbered list item
	dropped  bool // not a heading after all
}

func (c *cand) hasBody(end int) bool {
	return c.restAt >= 0 || end > c.mergeEnd
}

// buildSections finds the title block and the headings of doc, checks
// them, builds the tree, and rewrites the paragraphs: run-in headings are
// split, numbered items become list items, headings point to sections.
func buildSections(doc *Document, info []paraInfo) {
	paras := doc.Paragraphs
	top := titleBlock(paras)
	for i := range top {
		paras[i].Kind = KindTitle
	}
	cands := findCandidates(paras, info, top)
	roots, items := buildTree(cands, len(paras))
	finalize(doc, roots, items)
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
		if numberOf(p.Text) != nil {
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
	for i := start + 1; i < len(paras); i++ {
		p := &paras[i]
		switch {
		case p.Kind == KindImage:
			continue
		case numberOf(p.Text) != nil:
			i = len(paras) // the first numbered heading ends the block
			continue
		case h1 && p.Kind == KindHeading && p.Level == 1:
			block[i] = true // a second h1: the part of a code (民法典 / 总则)
			continue
		case strings.HasPrefix(p.Text, "——"):
			markers++
		case adoptionLine.MatchString(p.Text):
			markers++
		case !h1 && isTitleLine(p) && utf8.RuneCountInString(p.Text) <= 20:
			// the speaker: 北京市市长 陈吉宁
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
var adoptionLine = regexp.MustCompile(`^[（(]?\d{4}年\d{1,2}月\d{1,2}日.{0,200}(?:通过|施行|公布|修正|修订|发布|印发)[^。]{0,80}[）)]?。?$`)

// isTitleLine reports whether p is a short, wholly bold line with no
// sentence end: a title or a subhead.
func isTitleLine(p *Paragraph) bool {
	return (p.Kind == KindText || p.Kind == KindHeading) && len(p.Marks) > 0 && len(p.Text) <= maxBoldHeading*utf8.UTFMax &&
		utf8.RuneCountInString(p.Text) <= maxBoldHeading && isAllBold(p) && !endsSentence(p.Text)
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

func countSpaces(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
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
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '；', ';', '，', ',', '、', '…':
		return true
	case '！', '!':
		return true // an exclamation is emphasis
	case '？', '?':
		// A short question can be a subhead; one after a comma is a sentence.
		return strings.ContainsAny(s, "，,：:")
	}
	return false
}

// numberOf matches the numbering styles at the start of text.
func numberOf(text string) *numbering {
	for i := range numberings {
		if numberings[i].re.MatchString(text) {
			return &numberings[i]
		}
	}
	return nil
}

// maybeNumbered is a cheap first look: numbered headings start with one of
// these.
func maybeNumbered(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r >= '0' && r <= '9' || r == '第' || r == '附' || r == '（' || r == '(' || r >= '①' && r <= '⑳' ||
		strings.ContainsRune(cnDigits, r)
}

// findCandidates returns the paragraphs that may head a section, in order.
func findCandidates(paras []Paragraph, info []paraInfo, skip map[int]bool) []*cand {
	var cands []*cand
	var plain []int // short standalone lines: headings only if checkPlain keeps them
	arena := newChunked[cand](16)
	add := func(c cand) *cand {
		p := arena.add(c)
		cands = append(cands, p)
		return p
	}
	for i := range paras {
		p := &paras[i]
		if skip[i] || p.Text == "" || (p.Kind != KindText && p.Kind != KindHeading && p.Kind != KindListItem) {
			continue
		}
		if c, ok := numbered(p, i); ok {
			add(c)
			continue
		}
		switch {
		case p.Kind == KindHeading:
			level := min(max(p.Level, 1), 6)
			add(cand{idx: i, style: tagStyles[level], titleEnd: len(p.Text), restAt: -1, forced: true, tag: int8(level)})
		case p.Kind != KindText:
		case bracketHeading.MatchString(p.Text):
			add(cand{idx: i, style: "【】", titleEnd: len(p.Text), restAt: -1})
		case isTitleLine(p) && !strings.HasPrefix(p.Text, "——"):
			// A longer bold line ending with a colon introduces what
			// follows: a heading only as the first line of a two-line
			// subhead ("格力电器员工持股计划引发新思考：" / "好的激励计划…").
			kicker := strings.HasSuffix(p.Text, "：") && utf8.RuneCountInString(p.Text) > maxLabel
			style := "bold"
			switch {
			case utf8.RuneCountInString(p.Text) <= maxLabel:
				style = "label" // "案例篇：", "附件1": a part made of sections
			case info[i].centered:
				style = "bold-centered"
			}
			add(cand{idx: i, style: style, titleEnd: len(p.Text), restAt: -1, kicker: kicker})
		case isPlainHeading(p):
			plain = append(plain, i)
		}
	}
	for _, c := range cands {
		c.mergeEnd = c.idx + 1
	}
	cands = mergePairs(cands, paras)
	if kept := checkPlain(plain, cands, paras); len(kept) > 0 {
		cands = mergeByIndex(cands, kept, paras, &arena)
	}
	lawTitle(cands, paras)
	out := cands[:0]
	for _, c := range cands {
		if !c.dropped {
			out = append(out, c)
		}
	}
	return out
}

// mergeByIndex adds headings at the paragraphs in plain to cands, in
// paragraph order.
func mergeByIndex(cands []*cand, plain []int, paras []Paragraph, arena *chunked[cand]) []*cand {
	out := make([]*cand, 0, len(cands)+len(plain))
	heading := func(i int) *cand {
		return arena.add(cand{idx: i, style: "plain", titleEnd: len(paras[i].Text), restAt: -1, mergeEnd: i + 1})
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

// lawTitle makes a law's title, a lone bold line right before its first
// 编 or 章 (中华人民共和国监察法 / 第一章 总则, inside a web page), a title
// line rather than a section holding the whole law.
func lawTitle(cands []*cand, paras []Paragraph) {
	styles := map[string]int{}
	for _, c := range cands {
		if !c.dropped {
			styles[c.style]++
		}
	}
	for i, c := range cands {
		if c.dropped || c.family != famNone || c.tag > 0 || styles[c.style] != 1 {
			continue
		}
		for _, next := range cands[i+1:] {
			if next.dropped {
				continue
			}
			if next.family == famLaw && next.rank <= 2 {
				c.dropped = true
				for k := c.idx; k < c.mergeEnd; k++ {
					paras[k].Kind = KindTitle
				}
			}
			break
		}
	}
}

// numbered reads a numbered heading candidate, or returns nil.
func numbered(p *Paragraph, i int) (cand, bool) {
	if !maybeNumbered(p.Text) {
		return cand{}, false
	}
	n := numberOf(p.Text)
	if n == nil {
		return cand{}, false
	}
	m := n.re.FindStringSubmatchIndex(p.Text)
	end := m[1]
	if n.family == famAnnex {
		end = m[3] // "附件一：": the colon is not part of the number
	}
	if n.style == "1." {
		// 1.5亿元, 2021.10: a decimal or a date, not a number.
		if r, _ := utf8.DecodeRuneInString(p.Text[end:]); r >= '0' && r <= '9' || r == '.' || r == '．' || r == '%' {
			return cand{}, false
		}
	}
	ord := numeralValue(p.Text[m[2]:m[3]])
	if ord <= 0 {
		return cand{}, false
	}
	c := cand{idx: i, style: n.style, family: n.family, rank: n.rank, ord: ord, number: p.Text[:end], restAt: -1,
		inserted: strings.Contains(p.Text[m[3]:end], "之")}
	// A colon after the number ("附件一：…") belongs to the number, as the
	// 、 of "一、" does.
	at := end
	for at < len(p.Text) {
		r, size := utf8.DecodeRuneInString(p.Text[at:])
		if r == '：' || r == ':' {
			c.number += string(r)
		} else if !unicode.IsSpace(r) {
			break
		}
		at += size
	}
	c.titleAt = at
	rest := p.Text[at:]
	switch {
	case n.style == "第X条":
		// An article's number is its heading; what follows is its text.
		c.forced, c.titleEnd, c.shape = true, at, shapeTitle
		if rest != "" {
			c.restAt, c.shape = at, shapeRunIn
		}
	case rest == "":
		c.titleEnd, c.shape = at, shapeTitle
	default:
		c.titleEnd, c.restAt, c.shape = shapeOf(p.Text, at)
	}
	if p.Kind == KindHeading {
		c.forced, c.tag = true, int8(min(max(p.Level, 1), 6))
	}
	return c, true
}

// shapeOf reads the text after a number from at: a title; a run-in title,
// its first sentence, followed by more text; or a sentence.
func shapeOf(text string, at int) (titleEnd, restAt int, sh shape) {
	rest := text[at:]
	if i := strings.Index(rest, "。"); i >= 0 {
		after := strings.TrimLeftFunc(rest[i+len("。"):], unicode.IsSpace)
		if after != "" && utf8.RuneCountInString(rest[:i]) <= maxRunInTitle {
			return at + i, len(text) - len(after), shapeRunIn
		}
		return len(text) - len(sentenceEnd(rest)), -1, shapeSentence
	}
	if utf8.RuneCountInString(rest) <= maxTitle && !endsSentence(rest) && !strings.HasSuffix(rest, "：") {
		return len(text), -1, shapeTitle
	}
	return len(text) - len(sentenceEnd(rest)), -1, shapeSentence
}

// sentenceEnd returns what trails the title of a sentence heading: its
// final 。；： (the title of "（一）强化规划战略引领…主干构架。" has no 。).
func sentenceEnd(s string) string {
	return s[len(strings.TrimRight(s, "。；：;:")):]
}

// numeralValue reads a number written in Arabic digits, Chinese numerals
// (十一, 二十, 一百零五, 两百), or as a circled digit.
func numeralValue(s string) int {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		n, _ := strconv.Atoi(s)
		return n
	}
	if r, _ := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return int(r-'①') + 1
	}
	total, section, digit := 0, 0, 0
	for _, r := range s {
		switch r {
		case '零', '〇':
			digit = 0
		case '一':
			digit = 1
		case '二', '两':
			digit = 2
		case '三':
			digit = 3
		case '四':
			digit = 4
		case '五':
			digit = 5
		case '六':
			digit = 6
		case '七':
			digit = 7
		case '八':
			digit = 8
		case '九':
			digit = 9
		case '十', '百', '千':
			unit := 10
			switch r {
			case '百':
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

// countEnd is a line that ends with a figure: a row of a table set as
// text ("劳工、社会服务、宗教等界 200人"), not a subhead.
var countEnd = regexp.MustCompile(`\d+\s*\S?$`)

// isPlainHeading reports whether p is a short standalone line with no
// sentence end and no markup, as a subhead is when scraping lost its bold
// ("本土病例情况", "“日本风情街”引发舆论关注"). checkPlain then asks for
// siblings of the same shape and body text under each.
func isPlainHeading(p *Paragraph) bool {
	if p.Kind != KindText || len(p.Marks) > 0 || len(p.Text) > maxPlain*utf8.UTFMax {
		return false
	}
	n := utf8.RuneCountInString(p.Text)
	if n < 2 || n > maxPlain || strings.ContainsRune(p.Text, '\n') || countEnd.MatchString(p.Text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.Text)
	if unicode.IsPunct(r) && r != '”' && r != '》' && r != '）' || unicode.IsSymbol(r) {
		return false
	}
	f, _ := utf8.DecodeRuneInString(p.Text)
	return !unicode.IsPunct(f) && !unicode.IsSymbol(f) || f == '“' || f == '《' // not a ● bullet
}

// checkPlain returns the plain lines that are headings: only where the
// document has at least two, and each is followed by body text before the
// next heading (another plain line, or a candidate of cands).
func checkPlain(plain []int, cands []*cand, paras []Paragraph) []int {
	if len(plain) < 2 {
		return nil
	}
	var kept []int
	c := 0 // the first candidate after the plain line
	for k, i := range plain {
		for c < len(cands) && cands[c].idx <= i {
			c++
		}
		next, numbered := len(paras), false
		if c < len(cands) {
			next, numbered = cands[c].idx, cands[c].ord > 0
		}
		if k+1 < len(plain) && plain[k+1] < next {
			next, numbered = plain[k+1], false
		}
		body := false
		for j := i + 1; j < next && !body; j++ {
			body = paras[j].Kind == KindText && utf8.RuneCountInString(paras[j].Text) > maxPlain
		}
		if body || numbered {
			kept = append(kept, i)
		}
	}
	if len(kept) < 2 {
		return nil
	}
	return kept
}

// mergePairs joins an unnumbered heading with the next paragraph when that
// is a heading of the same style: a subhead set on two lines
// ("上半年员工持股计划资金同比翻倍" / "洛阳钼业等“富了”高管、“坑了”股东").
func mergePairs(cands []*cand, paras []Paragraph) []*cand {
	for i := 0; i+1 < len(cands); i++ {
		a, b := cands[i], cands[i+1]
		if !a.dropped && !b.forced && b.ord == 0 && b.idx == a.mergeEnd && joins(a, b, paras) {
			a.mergeEnd = b.mergeEnd
			b.dropped = true
			// Keep merging a third line into a.
			cands[i+1] = a
			cands[i] = b
		}
	}
	for _, c := range cands {
		if c.kicker && c.mergeEnd == c.idx+1 {
			c.dropped = true // a lead-in sentence, not a subhead
		}
	}
	return cands
}

// joins reports whether heading b continues heading a on the next line:
// two bold lines of one style (a label such as "案例篇：" excepted), or an
// annex number alone with its title after it ("附件1" / "关于修改…的决定").
func joins(a, b *cand, paras []Paragraph) bool {
	if a.family == famAnnex {
		return a.titleAt == len(paras[a.idx].Text) && b.family == famNone && b.style != "plain"
	}
	return a.ord == 0 && !a.forced && a.style == b.style && a.style != "plain" &&
		utf8.RuneCountInString(paras[a.idx].Text) > maxLabel && utf8.RuneCountInString(paras[b.idx].Text) > maxLabel
}

// buildTree places the candidates in a tree, checking their numbers, and
// turns numbered entries with no body into list items.
func buildTree(cands []*cand, nparas int) (roots, items []*cand) {
	root := &cand{idx: -1}
	depthOf := map[string]int{} // an unranked style's depth where first seen
	lastOrd := map[string]int{} // the last number of each style, anywhere
	stack := []*cand{root}
	for _, c := range cands {
		at := placement(stack, depthOf, c)
		parent := stack[at]
		if c.ord > 0 && !c.forced && !consecutive(parent, c, lastOrd) {
			// (Markup makes a heading even where a number was skipped:
			// a "## 第二章" after articles with no "第一章".)
			c.dropped = true
			continue
		}
		stack = append(stack[:at+1], c)
		if _, ok := depthOf[c.style]; !ok {
			depthOf[c.style] = len(stack) - 1
		}
		c.parent = parent
		parent.children = append(parent.children, c)
		if c.ord > 0 {
			lastOrd[c.style] = c.ord
		}
	}
	settle(root, nparas, &items)
	assignLevels(root)
	return root.children, items
}

// placement returns the index in the stack of open sections of the one a
// new heading goes under.
//
// A heading from markup goes by its tag: an h2 closes every section
// opened since the last h1 ("## 序言" then "## 第一章"), and the sections
// from text inside them, unless it is a number the known orders put under
// one. A numbered heading
// goes by the known orders (GB/T 9704: 一、 → （一） → 1. → （1）; laws:
// 编 → 章 → 节 → 条; a chapter above a report-style number): it closes
// every open section of its rank or below, and nests under the rest, so
// that an article (条) sits under a 节 where there is one and under its 章
// where there is none. Other headings keep the depth at which their style
// first appeared.
func placement(stack []*cand, depthOf map[string]int, c *cand) int {
	if c.tag > 0 {
		i := len(stack) - 1
		for ; i > 0; i-- {
			n := stack[i]
			if n.tag > 0 {
				if n.tag < c.tag {
					break
				}
				continue
			}
			// A section from text nests a heading from markup only where
			// the known orders say so ("### 一、" under "附件二：").
			if n.family != famNone && c.family != famNone && !ranksAbove(c, n) {
				break
			}
		}
		return i
	}
	if c.family != famNone {
		for i := 1; i < len(stack); i++ {
			if ranksAbove(c, stack[i]) {
				return i - 1
			}
		}
		return len(stack) - 1
	}
	if d, ok := depthOf[c.style]; ok {
		return min(d-1, len(stack)-1)
	}
	return len(stack) - 1
}

// ranksAbove reports whether, by the known orders, heading c belongs at
// the level of open heading o or above it.
func ranksAbove(c, o *cand) bool {
	switch {
	case c.family != famNone && c.family == o.family:
		return c.rank <= o.rank
	case c.family == famLaw && o.family == famGB:
		return true // a chapter after a report-style section ends it
	case c.family == famAnnex:
		return true // an annex closes whatever is open
	}
	return false
}

// assignLevels gives each style one level: the smallest that puts every
// section deeper than its parent (the longest chain of styles above it).
// Where styles nest both ways, levels are depths in the tree.
func assignLevels(root *cand) {
	above := map[string]map[string]bool{} // style → styles of its parents
	var edges func(n *cand)
	edges = func(n *cand) {
		for _, c := range n.children {
			if above[c.style] == nil {
				above[c.style] = map[string]bool{}
			}
			if n.idx >= 0 {
				above[c.style][n.style] = true
			}
			edges(c)
		}
	}
	edges(root)
	level := map[string]int{}
	visiting := map[string]bool{}
	cyclic := false
	var depth func(style string) int
	depth = func(style string) int {
		if l, ok := level[style]; ok {
			return l
		}
		if visiting[style] {
			cyclic = true
			return 0
		}
		visiting[style] = true
		l := 1
		for p := range above[style] {
			l = max(l, depth(p)+1)
		}
		visiting[style] = false
		level[style] = l
		return l
	}
	var set func(n *cand, d int)
	set = func(n *cand, d int) {
		for _, c := range n.children {
			c.level = d
			if !cyclic {
				c.level = depth(c.style)
			}
			set(c, d+1)
		}
	}
	for style := range above {
		depth(style)
	}
	set(root, 1)
}

// consecutive checks a numbered heading's number against its siblings:
// the first under a parent is 1, or continues the style's numbering from
// the previous parent (articles run on across chapters); later ones follow
// the sibling before.
func consecutive(parent, c *cand, lastOrd map[string]int) bool {
	next := c.ord - 1
	if c.inserted {
		next = c.ord // 第十七条之一 follows 第十七条 (or 第十七条之…)
	}
	for i := len(parent.children) - 1; i >= 0; i-- {
		if s := parent.children[i]; s.style == c.style {
			return next == s.ord
		}
	}
	return c.ord == 1 && !c.inserted || next == lastOrd[c.style]
}

// settle decides which numbered styles head sections and which number
// list items, and drops lone numbers. A report-style numbering whose
// entries mostly head no body is a list ("1．地级市1—7月投资增速前二名：…"
// then "2．…"); the vote is per style over the whole document, so that one
// numbering is read one way throughout (articles 1–70 of a judicial
// interpretation, across its chapters). A report-style number with no
// sibling is a paragraph that happens to start with one.
func settle(root *cand, nparas int, items *[]*cand) {
	var measure func(n *cand, end int)
	measure = func(n *cand, end int) {
		n.end = end
		for i, c := range n.children {
			cEnd := end
			if i+1 < len(n.children) {
				cEnd = n.children[i+1].idx
			}
			measure(c, cEnd)
		}
	}
	measure(root, nparas)
	votes := map[string][2]int{} // style → entries with body, entries
	var count func(n *cand)
	count = func(n *cand) {
		for i, c := range n.children {
			if c.family == famGB && !c.forced {
				v := votes[c.style]
				if c.hasBody(c.end) {
					v[0]++
				}
				v[1]++
				votes[c.style] = v
			}
			if c.ord == 1 && c.family == famGB && !c.forced && !hasNext(n.children, i) {
				c.dropped = true // a lone "1." is a paragraph that starts with a number
			}
			count(c)
		}
	}
	count(root)
	var prune func(n *cand)
	prune = func(n *cand) {
		spliced := false
		for _, c := range n.children {
			prune(c)
			if v, ok := votes[c.style]; ok && c.family == famGB && !c.forced && v[0]*2 <= v[1] && !c.dropped {
				c.item = true
				*items = append(*items, c)
			}
			spliced = spliced || c.dropped || c.item
		}
		if !spliced {
			return
		}
		var kept []*cand
		for _, c := range n.children {
			if c.dropped || c.item {
				kept = append(kept, c.children...)
			} else {
				kept = append(kept, c)
			}
		}
		n.children = kept
	}
	prune(root)
}

// hasNext reports whether the numbered child i has a sibling of its
// style after it.
func hasNext(children []*cand, i int) bool {
	for _, c := range children[i+1:] {
		if c.style == children[i].style {
			return true
		}
	}
	return false
}

// finalize rewrites doc.Paragraphs with the headings found, builds the
// Sections, and points headings at them.
func finalize(doc *Document, roots, items []*cand) {
	if len(roots) == 0 && len(items) == 0 {
		return // most news bodies: nothing to rewrite
	}
	old := doc.Paragraphs
	at := make([]*cand, len(old)) // the heading or list item at each paragraph
	runIns := 0
	var walk func(cs []*cand)
	walk = func(cs []*cand) {
		for _, c := range cs {
			at[c.idx] = c
			if c.restAt >= 0 {
				runIns++
			}
			walk(c.children)
		}
	}
	walk(roots)
	for _, c := range items {
		at[c.idx] = c // a list item keeps its number
	}
	// Without run-in headings no paragraph is added, and each is written
	// at or before the place it is read from: rewrite them in place.
	out := old[:0]
	if runIns > 0 {
		out = make([]Paragraph, 0, len(old)+runIns)
	}
	newIdx := make([]int, len(old)+1)
	for i := 0; i < len(old); i++ {
		newIdx[i] = len(out)
		c := at[i]
		if c == nil {
			out = append(out, old[i])
			continue
		}
		if c.item {
			p := old[i]
			p.Kind, p.Number = KindListItem, c.number
			p.truncateFront(c.titleAt)
			out = append(out, p)
			continue
		}
		head, body := splitHeading(old, c)
		out = append(out, head)
		if body != nil {
			out = append(out, *body)
		}
		for k := i + 1; k < c.mergeEnd; k++ {
			newIdx[k] = len(out) - 1
		}
		i = c.mergeEnd - 1
	}
	newIdx[len(old)] = len(out)
	doc.Paragraphs = out
	doc.Sections = makeSections(roots, "", newIdx, len(out), out)
}

// splitHeading makes the heading paragraph of c, and the paragraph of the
// rest of its text when the heading is run in.
func splitHeading(paras []Paragraph, c *cand) (Paragraph, *Paragraph) {
	p := paras[c.idx]
	for k := c.idx + 1; k < c.mergeEnd; k++ {
		p = joinParagraphs(p, paras[k])
	}
	// The heading keeps the punctuation that closed it where it was
	// ("（一）…新成效。" of a run-in heading); only Section.Title leaves it
	// out.
	titleEnd := len(p.Text)
	if c.restAt >= 0 && c.mergeEnd == c.idx+1 {
		titleEnd = max(len(strings.TrimRight(p.Text[:c.restAt], " ")), c.titleAt)
	}
	head := p
	head.Kind, head.Number = KindHeading, c.number
	var body *Paragraph
	if c.restAt >= 0 {
		b := p
		b.Kind, b.Level = KindText, 0
		b.truncateFront(c.restAt)
		body = &b
		head.RunIn = true
	}
	head.truncate(p.Text[:titleEnd])
	head.truncateFront(c.titleAt)
	head.truncateFront(len(head.Text) - len(strings.TrimLeft(head.Text, " ")))
	c.title = head.Text
	if c.mergeEnd == c.idx+1 && c.titleEnd >= c.titleAt {
		c.title = strings.TrimSpace(p.Text[c.titleAt:c.titleEnd])
	}
	return head, body
}

// joinParagraphs joins the lines of a heading set on two paragraphs.
func joinParagraphs(a, b Paragraph) Paragraph {
	off := len(a.Text) + 1
	a.Text += " " + b.Text
	for _, m := range b.Marks {
		m.Start += off
		m.End += off
		if k := len(a.Marks) - 1; k >= 0 && a.Marks[k].Kind == m.Kind && a.Marks[k].End == off-1 &&
			a.Marks[k].Code == m.Code && a.Marks[k].Href == m.Href {
			a.Marks[k].End = m.End
			a.Marks[k].Text = a.Text[a.Marks[k].Start:m.End]
			continue
		}
		a.Marks = append(a.Marks, m)
	}
	return a
}

// truncateFront drops the first at bytes of the paragraph's text, moving
// its marks.
func (p *Paragraph) truncateFront(at int) {
	if at <= 0 {
		return
	}
	p.Text = p.Text[at:]
	marks := p.Marks[:0:0]
	for _, m := range p.Marks {
		if m.End <= at {
			continue
		}
		m.Start = max(m.Start-at, 0)
		m.End -= at
		m.Text = p.Text[m.Start:m.End]
		marks = append(marks, m)
	}
	p.Marks = nil
	if len(marks) > 0 {
		p.Marks = marks
	}
}

// makeSections builds the Sections of a list of sibling candidates.
func makeSections(cs []*cand, prefix string, newIdx []int, end int, paras []Paragraph) []*Section {
	if len(cs) == 0 {
		return nil
	}
	out := make([]*Section, 0, len(cs))
	all := make([]Section, len(cs)) // one allocation for the siblings
	for i, c := range cs {
		id := prefix + strconv.Itoa(i+1)
		sEnd := end
		if i+1 < len(cs) {
			sEnd = newIdx[cs[i+1].idx]
		}
		start := newIdx[c.idx]
		h := &paras[start]
		s := &all[i]
		*s = Section{ID: id, Number: c.number, Title: c.title, Level: c.level, Style: c.style,
			RunIn: h.RunIn, Start: start, End: sEnd}
		h.Section, h.Level = id, s.Level
		s.Children = makeSections(c.children, id+".", newIdx, sEnd, paras)
		out = append(out, s)
	}
	return out
}
