// Levels of the section tree: where each candidate goes, from the known
// orders of numbering styles and the order headings first appear in.

package newsdoc

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
)

// buildTree places the candidates in a tree, checking their numbers, and
// turns numbered entries with no body into list items.
func buildTree(cands []*cand, paras []Paragraph) (roots, items []*cand) {
	if len(cands) == 0 {
		return nil, nil // no heading: no tree to build, as in most news
	}
	// The root's children have room for every candidate: a document of
	// headings at one level (a list of bold lines) does not grow them by
	// doubling; one of many levels leaves 8 bytes a candidate unused.
	root := &cand{idx: -1, children: make([]*cand, 0, len(cands))}
	var (
		depthOf byStyle[int] // an unranked style's depth where first seen, plus one (0: not seen)
		// underNumber: an unranked style first seen right under a
		// numbered heading goes under the innermost numbered heading
		// open.
		underNumber styleSet
		lastOrd     byStyle[int] // the last number of each style, anywhere
	)
	stack := []*cand{root}
	flat := flatMarkup(cands)
	for k, c := range cands {
		at := placement(stack, &depthOf, underNumber, c, flat)
		parent := stack[at]
		if c.ord > 0 && !c.forced && !consecutive(parent, c, &lastOrd) && !opensDecimal(c, cands[k+1:]) {
			// (Markup makes a heading even where a number was skipped:
			// a "## 第二章" after articles with no "第一章".)
			c.dropped = true
			continue
		}
		stack = append(stack[:at+1], c)
		if depthOf[c.style] == 0 {
			depthOf[c.style] = len(stack) // its depth, len(stack)-1, plus one
			if c.family == famNone && c.tag == 0 && parent.family != famNone && parent.tag == 0 {
				underNumber.add(c.style)
			}
		}
		c.parent = parent
		parent.children = append(parent.children, c)
		if c.ord > 0 {
			lastOrd[c.style] = c.ord
		}
	}
	settle(root, paras, &items)
	assignLevels(root)
	return root.children, items
}

// placement returns the index in the stack of open sections of the one a
// new heading goes under.
//
// A heading from markup goes by its tag: an h2 closes every section
// opened since the last h1 ("## 序言" then "## 第一章"), and the sections
// from text inside them, unless it is a number the known orders put under
// one. An unnumbered heading from text whose style first appeared right
// under a numbered heading goes under the innermost numbered heading
// open: the subheads of 一、 and of 三、（一） alike. A numbered heading
// goes by the known orders (GB/T 9704: 一、 → （一） → 1. → （1）; laws:
// 编 → 章 → 节 → 条; a chapter above a report-style number): it closes
// every open section of its rank or below, and nests under the rest, so
// that an article (条) sits under a 节 where there is one and under its 章
// where there is none. Other headings keep the depth at which their style
// first appeared.
//
// Where flat markup sets every heading with one tag while their numbers
// nest (an announcement turned into Markdown with "# 一、", "# （一）",
// "# 1."), the numbers decide, and an unnumbered heading nests under the
// numbered section it follows.
func placement(stack []*cand, depthOf *byStyle[int], underNumber styleSet, c *cand, flat bool) int {
	if c.tag > 0 && !flat {
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
	if underNumber.has(c.style) {
		for i := len(stack) - 1; i > 0; i-- {
			if stack[i].family != famNone && stack[i].tag == 0 {
				return i
			}
		}
	}
	if d := depthOf[c.style]; d > 0 {
		return min(d-2, len(stack)-1) // the depth of its parent: depth-1, depthOf holding depth+1
	}
	return len(stack) - 1
}

// flatMarkup reports whether every heading from markup has the same tag
// while the numbers among them are of two ranks or more.
func flatMarkup(cands []*cand) bool {
	tag := int8(0)
	ranks := map[[2]int]bool{}
	for _, c := range cands {
		if c.tag == 0 {
			continue
		}
		if tag != 0 && c.tag != tag {
			return false
		}
		tag = c.tag
		if c.family != famNone {
			ranks[[2]int{int(c.family), int(c.rank)}] = true
		}
	}
	return len(ranks) >= 2
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
	var (
		seen  styleSet          // the styles of the tree
		above byStyle[styleSet] // style → styles of its parents
	)
	var edges func(n *cand)
	edges = func(n *cand) {
		for _, c := range n.children {
			seen.add(c.style)
			if n.idx >= 0 {
				above[c.style].add(n.style)
			}
			edges(c)
		}
	}
	edges(root)
	var (
		level    byStyle[int] // 0 until known; a level is at least 1
		visiting styleSet
	)
	cyclic := false
	var depth func(style SectionStyle) int
	depth = func(style SectionStyle) int {
		if l := level[style]; l > 0 {
			return l
		}
		if visiting.has(style) {
			cyclic = true
			return 0
		}
		visiting.add(style)
		l := 1
		for p := range above[style].all() {
			l = max(l, depth(p)+1)
		}
		visiting.remove(style)
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
	for style := range seen.all() {
		depth(style)
	}
	set(root, 1)
}

// consecutive checks a numbered heading's number against its siblings:
// the first under a parent is 1, or continues the style's numbering from
// the previous parent (articles run on across chapters); later ones follow
// the sibling before, but for a 编, 章 or 节 titled on its own line, which
// need only rise (an excerpt of a law), and a plan's codes (see below).
func consecutive(parent, c *cand, lastOrd *byStyle[int]) bool {
	if c.family == famCode {
		// A plan's codes skip numbers (J7 then J10) and restart under
		// each stage: they need only rise.
		for i := len(parent.children) - 1; i >= 0; i-- {
			if s := parent.children[i]; s.style == c.style {
				return c.ord > s.ord
			}
		}
		return firstCode(c)
	}
	next := c.ord - 1
	if c.inserted {
		next = c.ord // 第十七条之一 follows 第十七条 (or 第十七条之…)
	}
	for i := len(parent.children) - 1; i >= 0; i-- {
		if s := parent.children[i]; s.style == c.style {
			// 第七章 社会保险和福利 after 第四章, a title on its own line:
			// an excerpt of a law leaves chapters out.
			if c.family == famLaw && c.style != StyleArticle && c.shape == shapeTitle && c.ord > s.ord {
				return true
			}
			return next == s.ord
		}
	}
	if c.family == famLaw && c.style != StyleArticle && c.shape == shapeTitle && lastOrd[c.style] == 0 {
		// 第二编 物权 opening an excerpt of a code: the first book, chapter
		// or section of an excerpt may be any, as its articles may.
		return true
	}
	return (c.ord == 1 || c.ord == 0) && !c.inserted || next == lastOrd[c.style]
}

// opensDecimal reports whether c, a "1." titled on its own line, opens a
// decimal outline: the next heading is its first "1.1". Such a number
// starts a numbering again after lists numbered the same way (a tender's
// instructions, 1.总则 then 1.1招标项目概况, after the items of its
// tables).
func opensDecimal(c *cand, next []*cand) bool {
	if c.ord != 1 || c.style != StyleArabicDot || c.shape != shapeTitle || len(next) == 0 || next[0].style != StyleDecimal2 || next[0].ord != 1 {
		return false
	}
	return decimalUnder(c, next[0])
}

// headsDecimal reports whether c has a child of a decimal outline under
// its number: 1.总则 over 1.1招标项目概况.
func headsDecimal(c *cand) bool {
	return slices.ContainsFunc(c.children, func(k *cand) bool { return decimalUnder(c, k) })
}

// decimalUnder reports whether c, a number of a decimal outline, carries
// its parent's number: 3.1. under 3., 1.2.1 under 1.2.
func decimalUnder(parent, c *cand) bool {
	if !isDecimal(c.style) {
		return false
	}
	p, n := strings.TrimRight(parent.number, ".． \t"), strings.TrimRight(c.number, ".． \t")
	i := strings.LastIndexAny(n, ".．")
	return p != "" && i > 0 && n[:i] == p
}

// settle decides which numbered styles head sections and which number
// list items, and drops lone numbers. A numbered link that heads nothing
// but images, among entries that head text, is an item too (a list of
// links in a newsletter). A report-style numbering whose
// entries mostly head no body is a list ("1．地级市1—7月投资增速前二名：…"
// then "2．…"); the vote is per style over the whole document, so that one
// numbering is read one way throughout (the clauses "（一）…的" of the
// articles of a judicial interpretation), except where one section's
// children are all titles (see listed). A report-style number with no
// sibling is a paragraph that happens to start with one.
func settle(root *cand, paras []Paragraph, items *[]*cand) {
	nparas := len(paras)
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
	// A run-in note shorter than its sentence ("2、…德育处将组织评比。检查时间：
	// 10月17日。") is no body only in a numbering whose other entries include
	// bare sentences heading nothing: a list of tasks, some with a note.
	var bare styleSet
	var findBare func(n *cand)
	findBare = func(n *cand) {
		for _, c := range n.children {
			if c.shape == shapeSentence && c.end <= c.mergeEnd {
				bare.add(c.style)
			}
			findBare(c)
		}
	}
	findBare(root)
	var clearNotes func(n *cand)
	clearNotes = func(n *cand) {
		for _, c := range n.children {
			c.note = c.note && (bare.has(c.style) || c.noteOnly)
			clearNotes(c)
		}
	}
	clearNotes(root)
	var codes byStyle[int] // a plan's code style → its entries in the document
	var countCodes func(n *cand)
	countCodes = func(n *cand) {
		for _, c := range n.children {
			if c.family == famCode {
				codes[c.style]++
			}
			countCodes(c)
		}
	}
	countCodes(root)
	var votes byStyle[[2]int] // style → entries with body, entries (none: no vote)
	var count func(n *cand)
	count = func(n *cand) {
		for i, c := range n.children {
			// A "1." over its "1.1" heads a decimal outline whatever its
			// style's other entries do: it has no vote (1.总则 over
			// 1.1招标项目概况 says nothing of the 1.… items of a tender's
			// tables).
			if listStyle(c.family) && !c.forced && !headsDecimal(c) {
				if c.hasBody(c.end) {
					votes[c.style][0]++
				}
				votes[c.style][1]++
			}
			if c.ord <= 1 && c.family == famGB && !c.forced && !hasNext(n.children, i) && (n.dropped || !decimalUnder(n, c)) {
				c.dropped = true // a lone "1." is a paragraph that starts with a number; 3.1. under 3. is not
			}
			if c.family == famCode && !c.forced && codes[c.style] == 1 {
				c.dropped = true // a lone "A1." or "Step 1" is a paragraph that starts with a code; B1 under 阶段 B after A1 to A4 is not
			}
			count(c)
		}
	}
	count(root)
	itemAt := map[int]bool{} // paragraphs of list items
	// substance reports whether c heads more than a list of words: a
	// run-in body, a subsection, a paragraph that is no list item, or a
	// list of two sentences or more.
	substance := func(c *cand) bool {
		if c.restAt >= 0 || len(c.children) > 0 {
			return true
		}
		sentences := 0
		for k := c.mergeEnd; k < c.end; k++ {
			if !itemAt[k] {
				return true
			}
			if endsSentence(paras[k].Text) {
				sentences++
			}
		}
		// （一）加强预算管理 over 1.严格执行预算制度，…。 2.… 3.…: a title over
		// a list of two sentences or more heads it.
		return sentences >= 2
	}
	var prune func(n *cand)
	prune = func(n *cand) {
		if len(n.children) == 0 {
			return
		}
		for _, c := range n.children {
			prune(c)
		}
		// style → titles with substance, entries, sentences with no body,
		// entries with body
		var groups byStyle[[4]int]
		for _, c := range n.children {
			g := &groups[c.style]
			if c.shape == shapeTitle && !c.clause && substance(c) || shortRunIn(c, paras) {
				g[0]++
			}
			g[1]++
			if c.shape == shapeSentence && !c.hasBody(c.end) {
				g[2]++
			}
			if c.hasBody(c.end) {
				g[3]++
			}
		}
		// A title among siblings that head decimal outlines is a section
		// as they are (4. Demo展示 between 3. 技术细节 over its 3.1. and 5.
		// 总结展望 over its 5.1.).
		var decimalHeads styleSet
		for _, c := range n.children {
			if headsDecimal(c) {
				decimalHeads.add(c.style)
			}
		}
		spliced := false
		for _, c := range n.children {
			v := votes[c.style]
			ok := v[1] > 0
			// A "##" on one entry of a list whose entries head nothing
			// ("## 五、《中华人民共和国国籍法》" among 一、 to 六、) does not make it a
			// heading.
			g := groups[c.style]
			strayTag := c.forced && c.tag > 0 && g[3] == 0 && g[1] >= 3
			// 8、[文章] Chrome DevTools 的一些使用技巧 right before 9、, among
			// entries that head text: a link that heads nothing but images
			// is an item of a list of links.
			bareLink := c.restAt < 0 && len(c.children) == 0 && g[3] > 0 && onlyImages(paras, c.mergeEnd, c.end) &&
				featuresOf(&paras[c.idx]).linkList()
			// （一）管理创新成果是指…，…的成果。 under 第七条: a sentence
			// numbered under an article is one of its items, whatever
			// follows it.
			articleItem := n.style == StyleArticle && c.family == famGB && c.shape != shapeTitle
			if ok && listStyle(c.family) && (!c.forced || strayTag) && !c.dropped && !headsDecimal(c) && !(decimalHeads.has(c.style) && c.shape == shapeTitle) && (listed(v, g) || bareLink || articleItem) {
				c.item = true
				itemAt[c.idx] = true
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

// maxRunInHead is the longest run-in title, in runes, that heads a
// passage as a titled section does: 加强报名资格审核。各高校要…
const maxRunInHead = 16

// shortRunIn reports whether c is a run-in heading whose title is a short
// phrase with no comma or colon, the body after it in the same paragraph
// (1.加强报名资格审核。各高校要根据…): a title, as a section's is, and no
// item of a list of sentences. Below "1." (（1）, ①) such entries are
// still items: ① 案例说明。以WORD或PDF形式提交….
func shortRunIn(c *cand, paras []Paragraph) bool {
	if c.shape != shapeRunIn || c.clause || c.note || c.restAt < 0 || c.family == famGB && c.rank > 30 {
		return false
	}
	title := paras[c.idx].Text[c.titleAt:c.titleEnd]
	return runeCount(title) <= maxRunInHead && !containsAnyRune(title, "，,；;：:、")
}

// listStyle reports whether numbers of family f may number list items
// as well as head sections: report-style numbers and plans' codes.
func listStyle(f family) bool { return f == famGB || f == famCode }

// onlyImages reports whether paras[from:to] holds nothing but images.
func onlyImages(paras []Paragraph, from, to int) bool {
	for k := from; k < to && k < len(paras); k++ {
		if paras[k].Kind != KindImage {
			return false
		}
	}
	return true
}

// listed decides from the votes of a numbering style, over the document
// (v: entries with body, entries) and among one section's children (g:
// titles with substance, entries, sentences with no body, entries with
// body), whether its entries there number list items: where the style
// mostly heads no body. Children that are all titles (no clause among
// them) heading text, or a list of two sentences or more (see
// substance in settle), or short run-in phrases (see
// shortRunIn), are sections, and children that are all
// sentences heading nothing, or three or more heading nothing, are items,
// whatever the style does elsewhere: a notice lists
// its requirements as "（一）…。" under 一、 and heads sections with
// "（一）成果推荐单位" under 二、.
func listed(v [2]int, g [4]int) bool {
	switch {
	case g[0] == g[1]:
		return false
	case g[2] == g[1] || g[3] == 0 && g[1] >= 3:
		return true
	}
	return v[0]*2 <= v[1]
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

// numStyles is one more than the largest SectionStyle: arrays indexed by
// style hold what maps keyed by style would, with no hashing.
const numStyles = int(StyleSubBook) + 1

// byStyle holds a T for each section style.
type byStyle[T any] [numStyles]T

// styleSet is a set of section styles, a bit for each.
type styleSet uint64

// A styleSet has a bit for every style.
var _ [64 - numStyles]struct{}

func (s styleSet) has(st SectionStyle) bool { return s&(1<<st) != 0 }
func (s *styleSet) add(st SectionStyle)     { *s |= 1 << st }
func (s *styleSet) remove(st SectionStyle)  { *s &^= 1 << st }

// all yields the styles of s, in order.
func (s styleSet) all() iter.Seq[SectionStyle] {
	return func(yield func(SectionStyle) bool) {
		for rest := s; rest != 0; rest &= rest - 1 {
			if !yield(SectionStyle(bits.TrailingZeros64(uint64(rest)))) {
				return
			}
		}
	}
}
