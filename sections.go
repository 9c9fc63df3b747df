package newsdoc

import (
	"encoding/json"
	"iter"
	"slices"
	"strconv"
	"strings"
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
	// Title is the heading without its number, and without the "。", "；"
	// or "：" that closes a heading read from a sentence (the "。" of a
	// run-in heading, which its heading paragraph keeps).
	Title string `json:"title"`
	// Level is the level of the section's style, from 1: each style has
	// one level throughout a document, deeper than the levels of the
	// styles above it (an article under a chapter with no 节 may be at
	// level 3 under a level-1 chapter). In the rare document where two
	// styles nest both ways, each under the other somewhere, levels are
	// depths in the tree instead.
	Level int `json:"level"`
	// Style is how the heading was recognized; see [SectionStyle].
	Style SectionStyle `json:"style"`
	// RunIn is set when the heading was split from the start of its
	// paragraph.
	RunIn    bool       `json:"run_in,omitempty"`
	Start    int        `json:"-"`
	End      int        `json:"-"`
	Children []*Section `json:"children,omitempty"`
}

// SectionStyle is how a section's heading was recognized. In a document,
// each style has one level, but for a rare exception (see
// [Section.Level]). Its name, given by String and written as the "style"
// of a section in JSON, is the one in quotes below.
//
// Numbered headings are told by their numbering, in these orders from
// the top:
//
//   - reports, after GB/T 9704-2012 §7.3.3: "第X部分", "壹、" (capital
//     numerals, in Taiwan's rules and notices), "一、", "（一）"
//     (or "第一，" at its level), "1." or "1、", "（1）" or "1）", "①"; under "1.",
//     a decimal outline: "1.1", "1.1.1", "1.1.1.1" (its last number is
//     the Number's value);
//   - laws and regulations: "第X编", "第X分编", "第X章", "第X节", "第X条";
//   - annexes, above every other heading: "附件X", "附件" (an annex with
//     no number), and "appended" (the title, with no number, of a
//     decision set after a law);
//   - magazine and WeChat pieces: "Part N", then "01";
//   - plans and how-tos: a stage "阶段X" (阶段 A, 第一阶段, Step 1, or a
//     word and its number with a colon, 风险 1：), then a
//     letter code "A1" (A1., J0 —, J2.6), then a letter "A)". Their
//     headings nest under whatever numbered heading is open; a code's
//     numbers need only rise (J7 then J10), and the separator between
//     a code and its title (· — |) is part of its Number.
//
// Unnumbered headings are told by their markup, "h1" to "h6", or by their
// shape: "【】", "bold", "bold-centered", "label", "plain" and "■" (a
// short line after a block marker).
//
// The zero SectionStyle, whose name is "", is no style: Parse never gives
// it.
type SectionStyle uint8

// Section styles. A numbering written with ASCII parentheses or a
// full-width full stop has the style of its full-width form: "(一)" is
// StyleParenChinese, "1．" StyleArabicDot.
const (
	_ SectionStyle = iota

	StyleAnnex           // "附件X": a numbered annex: 附件一：香港特别行政区行政长官的产生办法, 附件2
	StyleAnnexUnnumbered // "附件": an annex with no number, its title on the next line: 附件： / 国旗制法说明
	StyleBook            // "第X编": a book of a code: 第一编 总则
	StyleChapter         // "第X章": a chapter of a law or regulation, or of a report: 第二十三章 附则, 第 1 章
	StyleLawSection      // "第X节": a section of a chapter: 第八节 没收财产
	StyleArticle         // "第X条": an article, its number alone as its heading: 第一条, 第十七条之一, 第 34-1 條
	StylePartN           // "Part N": a part of a long magazine or WeChat piece: PART 1, Part 2
	StyleTwoDigit        // "01": a section of a WeChat piece: 01 政策松绑, 01｜, 01.
	StylePart            // "第X部分": a part of a long report: 第一部分 总体要求
	StyleChineseNumeral  // "一、": a report's section: 一、2021年工作回顾
	StyleParenChinese    // "（一）": a report's subsection, often run in: （一）深入实施城市总体规划。
	StyleArabicDot       // "1.": the third level of a report: 1．战略目标和路径具象化
	StyleArabicComma     // "1、": the third level, as some write it: 1、CPU 被做成产品之前被检出缺陷
	StyleParenArabic     // "（1）": the fourth level: （1）申请执行书
	StyleCircled         // "①": the fifth level: ①达到最大分辨率时的最长转换时间小于20微秒
	StyleOrdinal         // "第一，": an ordinal heading a passage, at the level of （一）: 第一，中国特色社会主义制度…具有深厚的历史底蕴。
	StyleH1              // "h1": an <h1> element or a Markdown "#" heading
	StyleH2              // "h2": an <h2> element or a Markdown "##" heading
	StyleH3              // "h3": an <h3> element or a Markdown "###" heading
	StyleH4              // "h4": an <h4> element or a Markdown "####" heading
	StyleH5              // "h5": an <h5> element or a Markdown "#####" heading
	StyleH6              // "h6": an <h6> element or a Markdown "######" heading
	StyleBracket         // "【】": a paragraph that is only a bracketed title: 【小标题】
	StyleBold            // "bold": a short, wholly bold line with no sentence end
	StyleBoldCentered    // "bold-centered": a "bold" line that is centered
	StyleLabel           // "label": a bold line of at most six characters heading a part: 案例篇：, 解读篇：, 摘要, 正文; one alone that neither ends with a colon nor names a part is "bold"
	StylePlain           // "plain": a short standalone line with no markup and no sentence end, when at least two such lines head body text (本土病例情况) and such lines are less than half the text, or one short sentence alone on its line, when at least three such lines each head a long paragraph (生态底色更加亮丽。)
	StyleMarker          // "■": a short line after a block marker (■ ▌ ▍ ◆) heading body text, the marker its Number: ■ 细节扫描
	StyleAppended        // "appended": the title of a decision or annex set after a law, over up to four lines, above the note of its adoption
	StyleDecimal2        // "1.1": the second level of a decimal outline, under "1.": 1.1. 问题浅析, 1.1 概述
	StyleDecimal3        // "1.1.1": its third level: 1.2.1. 提升动能回收效率
	StyleDecimal4        // "1.1.1.1": its fourth level
	StyleCapitalNumeral  // "壹、": above "一、", in capital numerals, as Taiwan's rules and notices number: 壹、主旨
	StyleArabicParen     // "1）": a number and a closing parenthesis, at the level of "（1）": 1）建立标准，完成初筛。
	StyleStage           // "阶段X": a stage of a plan or a step of a how-to, or another labelled number: 阶段 A · 完成阶段4, 第一阶段, Step 1, 步骤2：, 风险 1：权限问题
	StyleLetterNumber    // "A1": a letter code, its number rising: A1. T4-5 schema, J0 — Contracts, J2.6 — Cycle Care, A1（J3）：Mean Reversion
	StyleLetterParen     // "A)": a capital letter and a closing parenthesis: A) 模块 smoke, B) 全量回归
	StyleRoman           // "I.": a part of an essay or a feature in Roman numerals: I. 告别“已知”, Ⅱ、
	StyleSubBook         // "第X分编": a sub-book of a code's book, above its chapters: 第一分编 通则 (民法典)
)

var sectionStyles = enum[SectionStyle]{"SectionStyle", "section style", []string{"",
	"附件X", "附件", "第X编", "第X章", "第X节", "第X条", "Part N", "01", "第X部分",
	"一、", "（一）", "1.", "1、", "（1）", "①", "第一，",
	"h1", "h2", "h3", "h4", "h5", "h6",
	"【】", "bold", "bold-centered", "label", "plain", "■", "appended", "1.1", "1.1.1", "1.1.1.1", "壹、", "1）", "阶段X", "A1", "A)", "I.", "第X分编"}}

// String returns the style's name, such as "（一）" or "bold-centered",
// or "SectionStyle(N)" for a value that is not one of the constants.
func (s SectionStyle) String() string { return sectionStyles.String(s) }

// MarshalText encodes the style as its name. A value that is not one of
// the constants is an error.
func (s SectionStyle) MarshalText() ([]byte, error) { return sectionStyles.marshal(s) }

// UnmarshalText decodes a style name; an unknown name is an error.
func (s *SectionStyle) UnmarshalText(b []byte) error { return sectionStyles.unmarshal(b, s) }

// sectionJSON is the wire form of a Section: its range as "paragraphs",
// and its children in wire form too, so that a tree is written and read
// by encoding/json in one pass: were the children Sections, each level's
// MarshalJSON output would be checked again by its parent's, and each
// level's input scanned again by its UnmarshalJSON, as many times as the
// tree is deep.
type sectionJSON struct {
	ID         string         `json:"id"`
	Number     string         `json:"number,omitempty"`
	Title      string         `json:"title"`
	Level      int            `json:"level"`
	Style      SectionStyle   `json:"style"`
	RunIn      bool           `json:"run_in,omitempty"`
	Paragraphs [2]int         `json:"paragraphs"`
	Children   []*sectionJSON `json:"children,omitempty"`
}

// wire returns s and its descendants in wire form; a nil child stays nil
// (JSON null), as encoding/json writes a nil *Section.
func (s *Section) wire() *sectionJSON {
	return &sectionJSON{s.ID, s.Number, s.Title, s.Level, s.Style, s.RunIn, [2]int{s.Start, s.End},
		mapChildren(s.Children, (*Section).wire)}
}

// section returns the Section tree of j.
func (j *sectionJSON) section() *Section {
	return &Section{ID: j.ID, Number: j.Number, Title: j.Title, Level: j.Level, Style: j.Style, RunIn: j.RunIn,
		Start: j.Paragraphs[0], End: j.Paragraphs[1], Children: mapChildren(j.Children, (*sectionJSON).section)}
}

// mapChildren returns the children cs, each mapped by f: a nil list stays
// nil, an empty one empty, and a nil child nil.
func mapChildren[A, B any](cs []*A, f func(*A) *B) []*B {
	if cs == nil {
		return nil
	}
	out := make([]*B, len(cs))
	for i, c := range cs {
		if c != nil {
			out[i] = f(c)
		}
	}
	return out
}

// MarshalJSON writes the section with its range as "paragraphs":
// [start, end).
func (s Section) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.wire())
}

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Section) UnmarshalJSON(b []byte) error {
	var j sectionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*s = *j.section()
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

// buildSections finds the title block and the headings of doc, checks
// them, builds the tree, and rewrites the paragraphs: run-in headings are
// split, numbered items become list items, headings point to sections.
func buildSections(doc *Document, info []paraInfo) {
	paras := doc.Paragraphs
	top := titleBlock(paras)
	top = repeatedTitle(paras, top, doc.Meta.Title)
	top = titleKicker(paras, top)
	for i := range top {
		paras[i].Kind = KindTitle
	}
	cands := namedLines(findCandidates(paras, info, top), paras, doc)
	roots, items := buildTree(cands, paras)
	finalize(doc, roots, items)
}

// namedLines drops the unnumbered headings from text (bold and plain
// lines, not h1–h6) that are only a name the document's metadata or
// credits give: the account a WeChat piece was posted by (安全内参 under
// the title, its front matter's source), the one it was reposted from
// (奇安信威胁情报中心, read from 以下文章来源于…), its author, its site. A name
// heads no part.
func namedLines(cands []*cand, paras []Paragraph, doc *Document) []*cand {
	names := map[string]bool{}
	add := func(s string) {
		if s = trimSpace(s); s != "" {
			names[s] = true
		}
	}
	add(doc.Meta.Author)
	add(doc.Meta.SiteName)
	add(doc.Credits.Source)
	for _, a := range doc.Credits.Authors {
		add(a)
	}
	for _, k := range []string{"source", "author", "account", "site"} {
		if s, ok := doc.Meta.Extra[k].(string); ok {
			add(s)
		}
	}
	if len(names) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if c.family == famNone && c.tag == 0 && names[trimSpace(paras[c.idx].Text)] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// titleKicker adds to the title block a smaller markup heading that
// stands right over the title's first line with nothing but images before
// it: the kicker (眉题) of a paper's page, "### 理论热词 实践热点 两会热议"
// over "# 干字当头亮点纷呈…". It belongs to the title, not to the body.
func titleKicker(paras []Paragraph, top map[int]bool) map[int]bool {
	first := -1
	for i := range paras {
		if top[i] {
			first = i
			break
		}
	}
	if first < 1 || paras[first].Kind != KindHeading {
		return top
	}
	k := first - 1
	if p := &paras[k]; p.Kind != KindHeading || p.Level <= paras[first].Level || !onlyImages(paras, 0, k) {
		return top
	}
	top[k] = true
	return top
}

// repeatedTitle adds to the title block a heading or bold line that
// repeats the document's title (a line of the title block, or the
// front matter's) before any body text: WeChat exports print the
// headline again, in bold, under the byline. It is the title, not a
// section.
func repeatedTitle(paras []Paragraph, top map[int]bool, title string) map[int]bool {
	titles := make([]string, 0, len(top)+1)
	if title != "" {
		titles = append(titles, title)
	}
	for j := range top {
		titles = append(titles, paras[j].Text)
	}
	if len(titles) == 0 {
		return top
	}
	for i := range paras {
		p := &paras[i]
		if top[i] || p.Kind == KindImage || p.Text == "" {
			continue
		}
		if p.Kind != KindHeading && !isTitleLine(p) {
			if p.Kind == KindText && isProse(p.Text) {
				return top // body text: what follows is the article
			}
			continue
		}
		if slices.Contains(titles, p.Text) && p.Number == "" && numberOf(p.Text) == nil {
			if top == nil {
				top = map[int]bool{}
			}
			top[i] = true
			return top // the title is repeated once
		}
	}
	return top
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
		p = joinParagraphs(p, paras[k], c.style == StyleAppended || c.wrapped)
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
		c.title = trimSpace(p.Text[c.titleAt:c.titleEnd])
	}
	return head, body
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
		if len(c.children) > 0 { // the children's prefix only where there are children
			s.Children = makeSections(c.children, id+".", newIdx, sEnd, paras)
		}
		out = append(out, s)
	}
	return out
}
