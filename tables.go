package newsdoc

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html/atom"
)

// Limits on what a table may expand to. Spans make a few bytes of input
// cover many grid positions (<td rowspan="1000" colspan="1000"> is 34
// bytes), so the positions are counted and capped: the work and memory
// of a table stay linear in the input, whatever its spans.
const (
	// MaxSpan is the largest rowspan or colspan read; larger values are
	// read as MaxSpan. A rowspan never reaches past the table's last row.
	MaxSpan = 1000
	// MaxTableCells is the most grid positions (rows × columns, spans
	// expanded) one table may expand to, in [Paragraph.Grid] and in the
	// table's text.
	MaxTableCells = 1 << 16
	// MaxDocumentCells is the most grid positions all the tables of one
	// document may expand to together.
	MaxDocumentCells = 1 << 20
)

// tableState collects a table's rows while its element is open.
type tableState struct {
	frame   int  // stack index of the <table>
	layout  bool // a table that lays out a page: its cells are paragraphs
	rows    [][]Cell
	row     []Cell
	inRow   bool
	cell    Cell
	inCell  bool
	cellW   textWriter
	inCap   bool
	capW    textWriter
	caption string
}

// sink returns the writer for text inside the table, or nil for text
// outside any cell, which stays in the running paragraph (browsers move
// it before the table).
func (t *tableState) sink() *textWriter {
	switch {
	case t.layout:
		return nil
	case t.inCell:
		return &t.cellW
	case t.inCap:
		return &t.capW
	}
	return nil
}

func (t *tableState) enter(a atom.Atom, el *Element) {
	switch a {
	case atom.Caption:
		t.inCap = true
	case atom.Tr:
		t.endRow()
		t.inRow = true
	case atom.Td, atom.Th:
		t.endCell()
		t.inRow = true
		t.inCell = true
		t.cell = Cell{Header: a == atom.Th, RowSpan: span(el, "rowspan"), ColSpan: span(el, "colspan")}
	}
}

func (t *tableState) exit(a atom.Atom) {
	switch a {
	case atom.Caption:
		if !t.capW.empty() {
			t.caption = joinText(t.caption, string(t.capW.finish(nil)))
		}
		t.capW.reset()
		t.inCap = false
	case atom.Tr:
		t.endRow()
	case atom.Td, atom.Th:
		t.endCell()
	}
}

func (t *tableState) endCell() {
	if !t.inCell {
		return
	}
	t.cell.Text = string(t.cellW.finish(nil))
	t.cellW.reset()
	t.row = append(t.row, t.cell)
	t.inCell = false
}

func (t *tableState) endRow() {
	t.endCell()
	if t.inRow && len(t.row) > 0 {
		t.rows = append(t.rows, t.row)
	}
	t.row, t.inRow = nil, false
}

// span reads a rowspan or colspan attribute; 0 means 1.
func span(el *Element, key string) int {
	v, ok := el.attr(key)
	if !ok {
		return 0
	}
	v = bytes.TrimSpace(v)
	if len(v) > 9 {
		return MaxSpan // also keeps Atoi from reading a huge number
	}
	n, err := strconv.Atoi(string(v))
	if err != nil || n <= 1 {
		return 0
	}
	return min(n, MaxSpan)
}

// endTable appends the table paragraph. Its text renders the grid as rows
// separated by "\n" and cells by "\t", within the document's cell budget.
func (p *parser) endTable() {
	t := p.table()
	p.tables = p.tables[:len(p.tables)-1]
	if t.layout {
		p.flush()
		return
	}
	t.exit(atom.Caption)
	t.endRow()
	p.flush() // text that stood in the table outside any cell
	if len(t.rows) == 0 {
		if t.caption != "" {
			p.appendParagraph(Paragraph{Kind: KindText, Text: t.caption})
		}
		return
	}
	if numberedRows(t.rows) {
		// 第一條 | 本會會名定為…: articles laid out as a table, a number
		// and its text a row, are paragraphs.
		if t.caption != "" {
			p.appendParagraph(Paragraph{Kind: KindText, Text: t.caption})
		}
		for _, row := range t.rows {
			p.appendParagraph(Paragraph{Kind: KindText, Text: joinText(row[0].Text, row[1].Text)})
		}
		return
	}
	para := Paragraph{Kind: KindTable, Caption: t.caption, Rows: t.rows}
	limit := min(MaxTableCells, MaxDocumentCells-p.cells)
	g := layoutTable(t.rows, limit)
	if g.spansIgnored {
		for _, row := range t.rows {
			for i := range row {
				row[i].RowSpan, row[i].ColSpan = 0, 0
			}
		}
		p.warn("table-limit", "a table's spans would expand it past "+strconv.Itoa(limit)+
			" cells; its spans were ignored and every cell kept")
	}
	p.cells += g.area
	para.Text = g.text(t.rows)
	if strings.Trim(para.Text, "\t\n") == "" {
		// Only empty cells: nothing to keep but the caption.
		if t.caption != "" {
			p.appendParagraph(Paragraph{Kind: KindText, Text: t.caption})
		}
		return
	}
	p.appendParagraph(para)
}

// numberedRows reports whether a table lays out numbered text: every row
// two cells, the first only a number of an outline (第一條, 一、, （一）)
// and the second its text.
func numberedRows(rows [][]Cell) bool {
	for _, row := range rows {
		if len(row) != 2 || row[0].RowSpan > 1 || row[0].ColSpan > 1 || row[1].ColSpan > 1 || row[1].Text == "" {
			return false
		}
		num := trimSpace(row[0].Text)
		n := numberOf(num)
		if n == nil || runeCount(num) > 12 {
			return false
		}
		if loc := n.re.FindStringIndex(numberHead(num)); loc == nil || trimSpace(numberHead(num)[loc[1]:]) != "" {
			return false // a number with a title after it: a table of contents, a data table
		}
	}
	return len(rows) > 0
}

// layoutBlock reports whether a in a table cell makes the table a page
// layout rather than data: a cell holding paragraphs, lists, headings or
// another table, as old government sites lay out whole pages.
func layoutBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Section, atom.Article, atom.Form, atom.Dl, atom.Pre:
		return true
	}
	return false
}

// layout turns the innermost table into a layout table: what its cells
// held so far becomes paragraphs, in order, and the rest of it is read as
// ordinary blocks.
func (p *parser) layout() {
	t := p.table()
	t.layout = true
	t.endRow()
	p.flush()
	if t.caption != "" {
		p.appendParagraph(Paragraph{Kind: KindText, Text: t.caption})
	}
	for _, row := range t.rows {
		for _, c := range row {
			if c.Text != "" {
				p.appendParagraph(Paragraph{Kind: KindText, Text: c.Text})
			}
		}
	}
	t.rows = nil
}

// Grid expands a table's rows into a rectangle of cell texts, repeating a
// spanning cell's text in every row and column it covers. It returns nil
// for a paragraph that is not a table.
//
// The rectangle is at most [MaxTableCells] positions. A table whose spans
// would expand it further is laid out with its spans ignored, and one
// whose rows, even so, are too uneven to pad into such a rectangle comes
// back with its rows as they are, each cell once.
func (p *Paragraph) Grid() [][]string {
	if p.Kind != KindTable {
		return nil
	}
	return layoutTable(p.Rows, MaxTableCells).grid(p.Rows, true)
}

// tableLayout is how a table's cells are placed: on a rectangle of width
// columns, spans expanded, or, when that is past the limit, with spans
// ignored, and padded only if even that fits.
type tableLayout struct {
	width        int  // columns of the rectangle; 0 when the rows are left uneven
	spansIgnored bool // the spans would pass the limit
	area         int  // positions the layout covers
}

// layoutTable places rows within limit positions. Its work is bounded by
// the limit and the number of cells, never by the spans.
func layoutTable(rows [][]Cell, limit int) tableLayout {
	if w, ok := spanWidth(rows, limit); ok {
		return tableLayout{width: w, area: w * len(rows)}
	}
	l := tableLayout{spansIgnored: true}
	cells, widest := 0, 0
	for _, row := range rows {
		cells += len(row)
		widest = max(widest, len(row))
	}
	if widest*len(rows) <= limit {
		l.width, l.area = widest, widest*len(rows)
	} else {
		l.area = cells
	}
	return l
}

// spanWidth returns the width of the rectangle that rows cover with their
// spans expanded, or false as soon as the rectangle passes limit
// positions. pending[c] counts the rows a rowspan from above still covers
// in column c.
func spanWidth(rows [][]Cell, limit int) (int, bool) {
	var pending []int
	for r, row := range rows {
		c := 0
		for _, cell := range row {
			for c < len(pending) && pending[c] > 0 {
				c++
			}
			rs, cs := min(max(cell.RowSpan, 1), len(rows)-r), min(max(cell.ColSpan, 1), MaxSpan)
			if (c+cs)*len(rows) > limit {
				return 0, false
			}
			for len(pending) < c+cs {
				pending = append(pending, 0)
			}
			for k := c; k < c+cs; k++ {
				pending[k] = rs
			}
			c += cs
		}
		for k := range pending {
			if pending[k] > 0 {
				pending[k]--
			}
		}
	}
	return len(pending), true
}

// grid lays rows out as l says. A spanning cell's text fills every
// position it covers when repeat is set, and only its first one otherwise.
func (l tableLayout) grid(rows [][]Cell, repeat bool) [][]string {
	out := make([][]string, len(rows))
	if l.spansIgnored {
		for r, row := range rows {
			out[r] = make([]string, max(l.width, len(row)))
			for c, cell := range row {
				out[r][c] = cell.Text
			}
		}
		return out
	}
	pending := make([]int, l.width)
	carry := make([]string, l.width) // the text of the rowspan covering a column
	for r, row := range rows {
		line := make([]string, l.width)
		c := 0
		for _, cell := range row {
			for c < l.width && pending[c] > 0 {
				c++
			}
			rs, cs := min(max(cell.RowSpan, 1), len(rows)-r), min(max(cell.ColSpan, 1), MaxSpan)
			for k := c; k < c+cs && k < l.width; k++ {
				pending[k], carry[k] = rs, ""
				if repeat || k == c {
					line[k] = cell.Text
				}
				if repeat {
					carry[k] = cell.Text
				}
			}
			c += cs
		}
		for k := range pending {
			if pending[k] > 0 {
				if line[k] == "" {
					line[k] = carry[k]
				}
				pending[k]--
			}
		}
		out[r] = line
	}
	return out
}

// text renders the table as rows separated by "\n" and cells by "\t".
func (l tableLayout) text(rows [][]Cell) string {
	var sb strings.Builder
	for i, row := range l.grid(rows, false) {
		if i > 0 {
			sb.WriteByte('\n')
		}
		for j, cell := range row {
			if j > 0 {
				sb.WriteByte('\t')
			}
			sb.WriteString(cell)
		}
	}
	return sb.String()
}
