package newsdoc

import (
	"encoding/json"
	"iter"
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
