// Validation of the section tree's candidates: plain lines that are
// subheads only among their like, headings set over two paragraphs, and
// the title of a law.

package newsdoc

import (
	"unicode/utf8"
)

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
