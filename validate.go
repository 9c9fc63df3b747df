// Validation of the section tree's candidates: plain lines that are
// subheads only among their like, headings set over two paragraphs, and
// the title block before a numbered outline.

package newsdoc

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// outlineHead drops the unnumbered headings that stand before a
// document's numbered outline (一、, （一）, 第一章 …) and have no heading of
// their style after its start: they are the document's title block — a
// law's or report's title over its chapters, an announcement's "# 关于…
// 的公告" set with the same "#" as its "# 一、" — not sections holding the
// whole outline. Two or more headings of a style that each head body
// text of their own stay headings. The first of them, when it reads as a title and the
// document has no title block yet, becomes a title line; the others
// become text. A preface heading (前言, 序言 …) keeps its place.
func outlineHead(cands []*cand, paras []Paragraph) {
	first := -1
	for i, c := range cands {
		if !c.dropped && (c.family == famGB || c.family == famLaw) {
			first = i
			break
		}
	}
	if first <= 0 {
		return
	}
	// A first number with nothing under it before the next of its style
	// (1. cd thesis_project … / 2. …) begins a list, not the outline a
	// title block stands over.
	if next := first + 1; next < len(cands) && cands[next].style == cands[first].style {
		prose := false
		for k := cands[first].mergeEnd; k < cands[next].idx && !prose; k++ {
			prose = paras[k].Kind == KindText && isProse(paras[k].Text)
		}
		if !prose && cands[first].restAt < 0 {
			return
		}
	}
	after := map[SectionStyle]bool{}
	for _, c := range cands[first:] {
		if !c.dropped && c.family == famNone {
			after[c.style] = true
		}
	}
	// Two or more headings of one style, each over body text of its own,
	// are sections before a numbered list, not a title block (bold
	// subheads of an article that ends with a "1. 2. 3." list).
	bodied := map[SectionStyle]int{}
	for i, c := range cands[:first] {
		if c.dropped || c.family != famNone {
			continue
		}
		for k := c.mergeEnd; k < cands[i+1].idx; k++ {
			if paras[k].Kind == KindText && isProse(paras[k].Text) {
				bodied[c.style]++
				break
			}
		}
	}
	for style, n := range bodied {
		if n >= 2 {
			after[style] = true
		}
	}
	hasTitle := false
	for i := 0; i < cands[first].idx; i++ {
		hasTitle = hasTitle || paras[i].Kind == KindTitle
	}
	head := true // no candidate kept before this one
	for _, c := range cands[:first] {
		if c.dropped {
			continue
		}
		title := trimSpace(paras[c.idx].Text[c.titleAt:c.titleEnd])
		// 中华人民共和国印花税法 / （2021年6月10日…通过）: a line right over the
		// note of its adoption is the law's title, whatever comes back later.
		adopted := c.mergeEnd < len(paras) && adoptionNote(&paras[c.mergeEnd])
		if c.family != famNone || after[c.style] && !adopted || prefaceName.MatchString(title) {
			head = false
			continue
		}
		c.dropped = true
		kind := KindText
		if head && !hasTitle && !endsSentence(title) && runeCount(title) <= maxTitle {
			kind, hasTitle = KindTitle, true
		}
		for k := c.idx; k < c.mergeEnd; k++ {
			paras[k].Kind = kind
		}
	}
}

// prefaceName is the heading of a preface, a section of its own before a
// document's numbered outline.
var prefaceName = regexp.MustCompile(`^(?:前言|序言|引言|导言|導言|导语|導語|序|绪论|緒論|概述|摘要|说明|說明)$`)

// partName is the name of a part of a document set as a short bold line,
// a label over the sections under it: 摘要, 正文, 结语.
var partName = regexp.MustCompile(`^(?:前言|序言|引言|导言|導言|导语|導語|序|绪论|緒論|概述|摘要|说明|說明|正文|内文|內文|结语|結語|结束语|結束語|结论|結論|后记|後記|附录|附錄|尾声|尾聲)[：:]?$`)

// checkPlain returns the plain lines that are headings: only where the
// document has at least two, and each is followed by body text before the
// next heading (another plain line, or a candidate of cands). A line over
// a date alone signs a letter and is none. Lines right under an image
// with no caption are its caption: in a document that sets its subheads
// in bold or h1–h6, where half of the plain lines or more stand so; in
// any document, where most of them stand under photos each set once (an
// image set again and again is a banner over each part).
func checkPlain(plain []int, cands []*cand, paras []Paragraph) []int {
	// 广州市工业和信息化局 over 2025年9月14日: the sender's name over the
	// date signs a letter (落款); it heads nothing.
	plain = slices.DeleteFunc(slices.Clone(plain), func(i int) bool {
		return i+1 < len(paras) && paras[i+1].Kind == KindText && isDateOnly(paras[i+1].Text)
	})
	if len(plain) < 2 {
		return nil
	}
	// Where short lines with no sentence end are half the text or more,
	// they are how the text is written (a WeChat piece set a phrase a
	// line: 万物互联时代 / 我们享受到了生活上的极大便利 / 但与此同时), and one
	// of them stands out as a subhead no more than the others.
	text := 0
	for k := range paras {
		if paras[k].Kind == KindText {
			text++
		}
	}
	if len(plain)*2 >= text && text >= 12 {
		return nil
	}
	underImage := func(i int) bool {
		return i > 0 && paras[i-1].Kind == KindImage && paras[i-1].Image != nil && paras[i-1].Image.Caption == ""
	}
	// A photo set once in the document has its caption under it; an
	// image set again and again (a banner over each part) heads a part.
	srcs := map[string]int{}
	for _, i := range plain {
		if underImage(i) {
			srcs[paras[i-1].Image.Src]++
		}
	}
	for k := range paras {
		if p := &paras[k]; p.Kind == KindImage && p.Image != nil && srcs[p.Image.Src] > 0 {
			srcs[p.Image.Src]++
		}
	}
	photoLine := func(i int) bool {
		return underImage(i) && srcs[paras[i-1].Image.Src] <= 2 // counted once as over a line, once as an image
	}
	photoLines := 0
	for _, i := range plain {
		if photoLine(i) {
			photoLines++
		}
	}
	// Where most short lines stand under photos, those are their captions
	// (a photo report: 北碚山火点); a subhead after a photo among subheads
	// that are not stays one.
	caption := func(i int) bool { return photoLines*2 > len(plain) && photoLine(i) }
	captions := 0
	for _, i := range plain {
		if underImage(i) {
			captions++
		}
	}
	// A line that comes back within one numbered part (MAINTENANCE,
	// 门禁体系速查使用说明 cited again and again) is a refrain or a
	// reference, not a subhead: a part has one of each. The same subheads
	// under each of 一、二、三、 (主要成效, 存在问题) are parallel, not a refrain.
	refrain := map[string]bool{}
	{
		part := map[string]int{} // text → the numbered candidate before its last occurrence
		c := 0
		prev := -1
		for _, i := range plain {
			for c < len(cands) && cands[c].idx < i {
				if cands[c].ord > 0 {
					prev = cands[c].idx
				}
				c++
			}
			t := paras[i].Text
			if p, ok := part[t]; ok && p == prev {
				refrain[t] = true
			}
			part[t] = prev
		}
	}
	marked := 0 // subheads set in bold or in h1–h6
	for _, c := range cands {
		if c.ord == 0 && (c.tag > 0 || c.style == StyleBold || c.style == StyleBoldCentered || c.style == StyleLabel) {
			marked++
		}
	}
	firstNumbered := len(paras)
	for _, c := range cands {
		if c.ord > 0 && !c.dropped {
			firstNumbered = c.idx
			break
		}
	}
	var kept []int
	c := 0 // the first candidate after the plain line
	for k, i := range plain {
		if i < firstNumbered && documentTitle(paras[i].Text) {
			continue // …关于加强和规范电网 / 规划投资管理工作的通知: the document's title, set over lines
		}
		for c < len(cands) && cands[c].idx <= i {
			c++
		}
		if refrain[paras[i].Text] {
			continue
		}
		if marked >= 2 && captions*2 >= len(plain) && underImage(i) || caption(i) {
			continue // the caption of the image above it: 避税天堂瑞士风光不再, 北碚山火点
		}
		next, numbered := len(paras), false
		if c < len(cands) {
			next, numbered = cands[c].idx, cands[c].ord > 0
			// 貳、主辦單位 … 協辦:新店高中排球隊 / 參、比賽時間: a line between
			// two numbers of one sequence heads none of them.
			if prev := c - 1; numbered && prev >= 0 && cands[prev].ord > 0 && cands[prev].style == cands[c].style && cands[c].ord == cands[prev].ord+1 {
				numbered = false
			}
		}
		if k+1 < len(plain) && plain[k+1] < next {
			next, numbered = plain[k+1], false
		}
		body := false
		for j := i + 1; j < next && !body; j++ {
			body = paras[j].Kind == KindText && isProse(paras[j].Text)
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

// documentTitle reports whether s ends as the title of an official
// document does, with its kind: 的通知, 的决定, 实施细则, 管理办法.
func documentTitle(s string) bool {
	for _, end := range [...]string{"的通知", "的決定", "的决定", "的意见", "的意見", "的批复", "的批覆", "的函", "的公告", "的报告", "的報告",
		"的请示", "的通报", "的通報", "实施方案", "實施方案", "管理办法", "管理辦法", "实施细则", "實施細則", "的规定", "的規定"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// isDateOnly reports whether s is a date and nothing else: 2025年9月14日,
// 2025-09-14, 二〇二五年九月十四日.
func isDateOnly(s string) bool {
	s = trimSpace(s)
	if s == "" || len(s) > 40 {
		return false
	}
	span := dateSpan(s, nil)
	return span != nil && span[0] == 0 && trimSpace(s[span[1]:]) == ""
}

// checkSentenceHeads returns the sentence subheads (see isSentenceSubhead)
// that are headings: each right over a long paragraph of prose and not
// right under an image (a caption), and at least three of them in the
// document. A short sentence alone among
// prose ("但这只是开始。") is text.
func checkSentenceHeads(lines []int, paras []Paragraph) []int {
	var kept []int
	for _, i := range lines {
		if i > 0 && paras[i-1].Kind == KindImage {
			continue // an image's caption: 大涧学校。
		}
		if i+1 < len(paras) && paras[i+1].Kind == KindText && isProse(paras[i+1].Text) &&
			runesOver(paras[i+1].Text, 3*maxPlain) {
			kept = append(kept, i)
		}
	}
	if len(kept) < 3 {
		return nil
	}
	return kept
}

// isProse reports whether a paragraph is body text under a plain
// subhead: longer than a subhead, and a sentence (it ends like one, or is
// too long for a line of a list). The short lines of a promo (每日时政深度点评，
// 了解国家大事，看透国际风云变幻) are no body.
func isProse(s string) bool {
	if len(s) <= maxPlain {
		return false
	}
	if len(s) > 3*maxPlain*utf8.UTFMax {
		return true // more than 3*maxPlain runes, whatever they are
	}
	if !runesOver(s, maxPlain) {
		return false
	}
	// Ended as a sentence, more than maxPlain runes; else more than
	// 3*maxPlain.
	r, _ := decodeLastRune(strings.TrimRight(s, " ”\"’」』)）"))
	return strings.ContainsRune("。！？!?…；;：:", r) || runesOver(s, 3*maxPlain)
}

// mergePairs joins an unnumbered heading with the next paragraph when that
// is a heading of the same style: a subhead set on two lines
// ("上半年员工持股计划资金同比翻倍" / "洛阳钼业等“富了”高管、“坑了”股东").
func mergePairs(cands []*cand, paras []Paragraph) []*cand {
	for i := 0; i+1 < len(cands); i++ {
		a, b := cands[i], cands[i+1]
		if !a.dropped && (!b.forced || a.family == famSeq) && b.ord == 0 && b.idx == a.mergeEnd && joins(a, b, paras) {
			a.mergeEnd = b.mergeEnd
			b.dropped = true
			// Keep merging a third line into a.
			cands[i+1] = a
			cands[i] = b
		}
	}
	// 附件: / 中华人民共和国国徽图案, 01 / 政策松绑: a number alone takes the
	// short line after it, no heading of its own, for its title.
	next := 0
	for _, c := range cands {
		for next < len(cands) && cands[next].idx <= c.idx {
			next++
		}
		if c.dropped || c.mergeEnd != c.idx+1 || next < len(cands) && cands[next].idx == c.idx+1 || c.idx+1 >= len(paras) {
			continue
		}
		if wrappedTail(c, paras) {
			c.mergeEnd, c.wrapped = c.idx+2, true
			continue
		}
		if c.family != famAnnex && c.family != famSeq || c.titleAt < len(paras[c.idx].Text) {
			continue
		}
		if p := &paras[c.idx+1]; p.Kind == KindText && c.family == famAnnex && attachedFile.MatchString(trimSpace(p.Text)) {
			c.dropped = true // 附件： / 附件----…需求响应.wps: a file sent with the text, no part of it
		} else if p.Kind == KindText && titleLine(p) {
			c.mergeEnd = c.idx + 2
			// 附件1： / 中交建筑集团有限公司 / 管理创新成果申报表: a title that
			// opens with the issuer's name alone on its line goes on.
			if q := c.idx + 2; q < len(paras) && issuerName(p.Text) && paras[q].Kind == KindText && titleLine(&paras[q]) && !issuerName(paras[q].Text) {
				c.mergeEnd = q + 1
			}
			if k := c.mergeEnd - 1; c.family == famAnnex && wrappedLine(paras, k, paras[k].Text, true) {
				c.mergeEnd, c.wrapped = k+2, true
			}
		}
	}
	for _, c := range cands {
		if c.kicker && c.mergeEnd == c.idx+1 {
			c.dropped = true // a lead-in sentence, not a subhead
		}
	}
	return cands
}

// minWrappedTitle is the fewest runes of a numbered title that a line
// of its own may continue: a line wrapped as the text was.
const minWrappedTitle = 16

// wrappedTail reports whether the paragraph after c, a report-style
// numbered title or an annex's, is the end of that title wrapped onto a
// line of its own (see wrappedLine).
func wrappedTail(c *cand, paras []Paragraph) bool {
	if c.family != famGB && c.family != famAnnex || c.shape != shapeTitle || c.restAt >= 0 {
		return false
	}
	return wrappedLine(paras, c.idx, paras[c.idx].Text[c.titleAt:], c.family == famAnnex)
}

// wrappedLine reports whether paras[k+1] is the end of title, the title
// on line k, wrapped onto a line of its own: a long title with no mark
// at its end, a word of at most four Han characters, then prose or a
// line as long as prose's (一、财政部下达我省 2022 年新增债务限额情况及相关 /
// 要求 / 近期，…, text copied from a PDF); after an annex's title, its
// first numbered heading too (附件 1 / 广东地区 2022 年增加下达新增债券额度 /
// 分配方案 / 一、…). A person's name under a speech's title (…上的讲话 /
// 李明) is the speaker, not the title's end.
func wrappedLine(paras []Paragraph, k int, title string, annex bool) bool {
	if k+2 >= len(paras) || runeCount(title) < minWrappedTitle || !isHan(lastRune(title)) {
		return false
	}
	tail := &paras[k+1]
	if tail.Kind != KindText || len(tail.Marks) > 0 || runeCount(tail.Text) > 4 ||
		looksLikeHanName(tail.Text) && containsAnyOf(title[max(0, len(title)-4*utf8.UTFMax):], "讲话", "講話", "致辞", "致詞", "发言", "發言", "演讲", "演講") {
		return false // …上的讲话 / 李明: the speaker, no end of the title
	}
	for _, r := range tail.Text {
		if !isHan(r) {
			return false
		}
	}
	next := &paras[k+2]
	if next.Kind != KindText {
		return false
	}
	numbered := maybeNumbered(next.Text) && numberOf(next.Text) != nil
	if annex && numbered {
		return true // an annex's title goes on over its first heading
	}
	return isProse(next.Text) || runesOver(next.Text, maxPlain) && !numbered
}

// issuerName reports whether s is only the name of an organisation that
// issues documents: a company, a group, a committee, a government, a
// university (中交建筑集团有限公司, 国家发展改革委).
func issuerName(s string) bool {
	for _, end := range [...]string{"公司", "集团", "集團", "委员会", "委員會", "政府", "大学", "大學", "研究院", "协会", "協會"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return isOrgText(s)
}

// joins reports whether heading b continues heading a on the next line:
// two bold lines of one style (a label such as "案例篇：" excepted), a
// short bold line under a longer one, or an annex number alone with its
// title after it ("附件1" / "关于修改…的决定").
func joins(a, b *cand, paras []Paragraph) bool {
	if a.family == famAnnex || a.family == famSeq {
		return a.titleAt == len(paras[a.idx].Text) && b.family == famNone && b.style != StylePlain
	}
	if a.ord != 0 || a.forced || a.style == StylePlain || runeCount(paras[a.idx].Text) <= maxLabel {
		return false
	}
	if a.style == StyleBold && b.style == StyleLabel {
		// 你的推荐、我的需求 / 对不齐: a short bold line right under a longer
		// one ends it, unless it is a label of its own (案例篇：, 摘要) or
		// the line above ends as a heading does with a mark (？).
		t := paras[b.idx].Text
		return !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") && !partName.MatchString(t) && !endsSentence(paras[a.idx].Text) &&
			!strings.ContainsRune("？?！!：:", lastRune(paras[a.idx].Text))
	}
	return a.style == b.style && runeCount(paras[b.idx].Text) > maxLabel
}
