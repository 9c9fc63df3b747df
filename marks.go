// Edits of a paragraph's text that move its marks with it: every piece of
// mark-offset arithmetic is here.

package newsdoc

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// joinParagraphs joins the lines of a heading set on two paragraphs. No
// space goes next to wide punctuation (英国《泰晤士报》： / 蓬勃发展的…), as
// Normalize writes none there; between two other wide characters, one
// goes only when !tight: the two parts of a subhead set as a headline (…翻倍
// / 洛阳钼业等…) are apart, the lines of an official title broken where the
// line ran out (最高人民法院 / 关于审理…适用法律 / 问题的若干规定) are not.
func joinParagraphs(a, b Paragraph, tight bool) Paragraph {
	sep := " "
	last, _ := decodeLastRune(a.Text)
	first, _ := utf8.DecodeRuneInString(b.Text)
	if isWidePunct(last) || isWidePunct(first) || tight && isWide(last) && isWide(first) {
		sep = ""
	}
	end := len(a.Text) // where a's text ends: a mark ending there runs on into b's
	off := end + len(sep)
	a.Text += sep + b.Text
	for _, m := range b.Marks {
		m.Start += off
		m.End += off
		if k := len(a.Marks) - 1; k >= 0 && a.Marks[k].Kind == m.Kind && a.Marks[k].End == end &&
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

// truncate shortens the paragraph's text to text, a prefix of it, and
// its marks with it.
func (p *Paragraph) truncate(text string) {
	p.Text = text
	marks := p.Marks[:0]
	for _, m := range p.Marks {
		if m.Start >= len(text) {
			continue
		}
		if m.End > len(text) {
			m.End = len(text)
			m.Text = text[m.Start:]
		}
		marks = append(marks, m)
	}
	p.Marks = marks
	if len(marks) == 0 {
		p.Marks = nil
	}
}

// nfcWithMarks puts b in NFC piece by piece between mark boundaries, so
// that each mark still covers the same characters.
func nfcWithMarks(b []byte, marks []Mark) []byte {
	cuts := []int{0, len(b)}
	for _, m := range marks {
		cuts = append(cuts, m.Start, m.End)
	}
	slices.Sort(cuts)
	moved := make(map[int]int, len(cuts))
	var out []byte
	for i, c := range cuts {
		if i > 0 && c > cuts[i-1] {
			out = norm.NFC.Append(out, b[cuts[i-1]:c]...)
		}
		moved[c] = len(out)
	}
	for i := range marks {
		marks[i].Start, marks[i].End = moved[marks[i].Start], moved[marks[i].End]
	}
	return out
}
