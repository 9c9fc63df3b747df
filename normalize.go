package newsdoc

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Normalize returns s as Parse writes paragraph text:
//
//   - leading and trailing white space, the ideographic-space (U+3000)
//     paragraph indent included, is removed;
//   - full-width letters and digits are folded to ASCII ("２０２２" → "2022"),
//     and nothing else: full-width punctuation such as ，。：；！？（）、“” and ％
//     is kept exactly (width.Fold or NFKC applied to the whole text would
//     turn "，" into ",");
//   - every run of white space (NBSP, U+3000 and line ends included)
//     becomes one space, except that a run next to full-width punctuation
//     ("相比， 00后" → "相比，00后") or holding a line end between two wide
//     characters (Chinese text broken across source lines) disappears;
//   - Kangxi radicals (U+2F00–U+2FD5, as text copied from PDFs writes
//     "第⼆百零五条") become the ideographs NFKC maps them to ("第二百零五条");
//   - format characters (Unicode Cf: zero-width space and joiners, BOM,
//     bidi marks, soft hyphen) and control characters are dropped;
//   - invalid UTF-8 becomes U+FFFD;
//   - the result is in Unicode normalization form C.
//
// Normalize does not decode HTML entities: text that comes out of the HTML
// tokenizer is already decoded, and decoding twice would corrupt text that
// mentions an entity. Normalize is idempotent: Normalize(Normalize(s)) ==
// Normalize(s).
func Normalize(s string) string {
	var none []int32
	if visibleRun(s, &noMarks, &none) == len(s) {
		return s // visible ASCII and runes that pass as they are: nothing to change
	}
	w := textWriter{buf: make([]byte, 0, len(s))} // as long as s, or shorter, but for U+FFFD and NFC
	w.writeString(s)
	if out := w.finish(nil); string(out) != s {
		return string(out)
	}
	return s // a space or a rune the run stops at, kept as it was: no copy
}

// textWriter normalizes text written to it in pieces (one per HTML text
// token), so that white space is collapsed across element boundaries and
// text split by markup joins without a space. Space is written lazily,
// only when a visible character follows, so the result never starts or
// ends with space.
type textWriter struct {
	buf       []byte
	last      rune // last visible rune written
	space     bool // white space is pending
	lineEnd   bool // the pending white space holds a line end
	hardBreak bool // a <br> is pending
	brSpace   bool // a <br> in text that keeps no line ends (a cell, a caption): a space no rule removes
	checkNFC  bool // a rune was written that NFC may change or combine
	invalid   bool // a byte that is not UTF-8 was written (as U+FFFD)

	// lits, when set, are the texts the paragraph rules look for: as it
	// writes, the writer notes in hits where in buf a rune starts that
	// is marked in lits (literals.marked), every such place, so that the
	// rules need no pass of their own over the text (see
	// literals.eachAt). The places are in no order.
	lits *literals
	hits []int32
}

func (w *textWriter) reset() {
	// Field by field: the buffers keep their arrays and lits stays, so
	// that no pointer is written (a write the collector would watch).
	w.buf = w.buf[:0]
	w.hits = w.hits[:0]
	w.last = 0
	w.space, w.lineEnd, w.hardBreak, w.brSpace, w.checkNFC, w.invalid = false, false, false, false, false, false
}

// noMarks is the table of marked runes of a writer with no lits: none.
var noMarks [64]uint64

func (w *textWriter) empty() bool { return len(w.buf) == 0 }

// breakLine records a <br>: the next visible character starts a new line.
func (w *textWriter) breakLine() {
	if len(w.buf) > 0 {
		w.hardBreak = true
	}
}

// breakSpace records a <br> in text that keeps no line ends, such as a
// table cell: a space, even between two Chinese characters.
func (w *textWriter) breakSpace() {
	w.brSpace = true
}

// write normalizes p into the buffer. It returns the byte offset of the
// first visible character it wrote, or -1 if it wrote none.
func (w *textWriter) write(p []byte) int {
	first := -1
	marks := &noMarks
	if w.lits != nil {
		marks = &w.lits.first
	}
	for i := 0; i < len(p); {
		c := p[i]
		if c <= ' ' || c == 0x7f {
			// White space, pending until a visible character comes, and
			// control characters, dropped: the rest of ASCII is visible.
			i++
			switch c {
			case ' ', '\t', '\f', '\v':
				w.space = true
			case '\n', '\r':
				w.space, w.lineEnd = true, true
			}
			continue
		}
		// Runs of visible ASCII and of CJK ideographs and punctuation,
		// the bulk of the text, are copied whole.
		h0 := len(w.hits)
		if n := visibleRun(p[i:], marks, &w.hits); n > 0 {
			r := rune(c)
			if c >= utf8.RuneSelf {
				r, _ = utf8.DecodeRune(p[i:]) // its class matters to visible: 。 takes no space before it
			}
			h1 := len(w.hits)
			if f := w.visible(r); first < 0 {
				first = f
			}
			for k, base := h0, int32(len(w.buf)); k < h1; k++ {
				w.hits[k] += base // visibleRun noted them from the run's start
			}
			w.buf = append(w.buf, p[i:i+n]...)
			i += n
			if p[i-1] >= utf8.RuneSelf {
				w.last, _ = utf8.DecodeLastRune(p[:i])
			} else {
				w.last = rune(p[i-1])
			}
			continue
		}
		// Past ASCII (visible ASCII always starts a run).
		r, n := utf8.DecodeRune(p[i:])
		i += n
		if n == 1 {
			w.invalid = true // a rune past ASCII is never one byte long
		}
		if first < 0 {
			if f := w.writeRune(r); f >= 0 {
				first = f
			}
		} else {
			w.writeRune(r)
		}
	}
	return first
}

// visibleRun returns the length of the run at the start of p made only
// of visible ASCII characters and of three-byte runes that writeRune
// passes as they are: CJK unified ideographs (U+4E00–U+9FFF), CJK and
// general punctuation (U+3001–U+3029, U+2010–U+2027) and the full-width
// punctuation (，：？（）…, not the full-width digits and letters). They
// need no decoding: they are visible, NFC-inert, and fold to nothing;
// between two of them no space is pending, so one run may mix them:
// "2021年3月" is one run, not three, and the processor mispredicts fewer
// branches on mixed text. It appends to hits the offset in p of each
// rune of the run marked in marks (a literals.first table; see
// textWriter.hits).
func visibleRun[T ~string | ~[]byte](p T, marks *[64]uint64, hits *[]int32) int {
	i := 0
	for i < len(p) {
		c := p[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				return i
			}
			if marks[c>>6]&(1<<(c&63)) != 0 {
				*hits = append(*hits, int32(i))
			}
			i++
			continue
		}
		if i+2 >= len(p) {
			return i
		}
		// A lead byte of three (E0 to EF) and two continuation bytes,
		// decoded with no test of the lead byte's range, and the rune
		// looked up in passedRunes: one lookup, where a chain of range
		// tests (an ideograph's lead byte, then punctuation's) branches
		// one way or the other from one rune to the next, and the
		// processor mispredicts. An overlong or surrogate form decodes to
		// a rune that is not in the table.
		c1, c2 := p[i+1], p[i+2]
		r := uint32(c&0x0f)<<12 | uint32(c1&0x3f)<<6 | uint32(c2&0x3f)
		if c&0xf0 != 0xe0 || (c1^0x80)|(c2^0x80) >= 0x40 || passedRunes[r>>6]&(1<<(r&63)) == 0 {
			return i
		}
		if marks[c1&0x3f]&(1<<(c2&0x3f)) != 0 { // the rune's low 12 bits, as literals.marked reads them
			*hits = append(*hits, int32(i))
		}
		i += 3
	}
	return i
}

// passedRunes is the set of runes of three bytes that visibleRun passes, a
// bit for each rune of U+0000–U+FFFF (8 KB): the CJK unified ideographs
// (U+4E00–U+9FFF) and passedPunct. It is read-only once made.
var passedRunes = func() (t [1 << 10]uint64) {
	for r := rune(0x800); r <= 0xffff; r++ {
		if r >= 0x4e00 && r <= 0x9fff || passedPunct(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

// passedPunct reports whether r is punctuation that writeRune passes as
// it is: U+3001–U+3029 (、。《》【】), U+2010–U+2027 (—“”…), and the
// full-width forms U+FF01–U+FF0F, U+FF1A–U+FF20, U+FF3B–U+FF3F, U+FF40,
// U+FF5B–U+FF5E (，：？（）), but not the full-width digits and letters,
// which fold to ASCII.
func passedPunct(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x3029, r >= 0x2010 && r <= 0x2027:
		return true
	case r >= 0xff01 && r <= 0xff5e:
		return r <= 0xff0f || r >= 0xff1a && r <= 0xff20 || r >= 0xff3b && r <= 0xff40 || r >= 0xff5b
	}
	return false
}

func (w *textWriter) writeString(s string) int {
	return w.write([]byte(s))
}

// writeRune writes one non-ASCII rune and returns its offset, or -1 if it
// was white space or dropped.
func (w *textWriter) writeRune(r rune) int {
	switch {
	case r >= 0x4e00 && r <= 0x9fff: // CJK unified ideographs: the common case, NFC-inert
	case isSpaceRune(r): // NBSP, U+3000, U+2028…
		w.space = true
		if r == 0x2028 || r == 0x2029 || r == 0x85 {
			w.lineEnd = true
		}
		return -1
	case r >= 0xff10 && r <= 0xff19 || r >= 0xff21 && r <= 0xff3a || r >= 0xff41 && r <= 0xff5a:
		// Full-width digits and letters fold to ASCII; full-width
		// punctuation (，：？) stays as it is.
		r = width.LookupRune(r).Narrow()
	case r >= 0xff01 && r <= 0xff5e: // the other full-width forms: NFC-inert
	case r >= 0x2010 && r <= 0x2027 || r >= 0x3001 && r <= 0x3029:
		// General and CJK punctuation (—“”…、。《》【】): NFC-inert, as
		// TestFastPathsAgreeWithXText checks.
	case r >= 0x2f00 && r <= 0x2fd5:
		// Kangxi radicals (⼀ ⼆ ⼈ ⾏), which text copied from PDFs sets for
		// the ideographs they look like (第⼆百零五条): NFKC maps each to
		// its ideograph (一 二 人 行).
		if m, _ := utf8.DecodeRuneInString(norm.NFKC.String(string(r))); m != utf8.RuneError {
			r = m
		}
	case unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
		return -1
	default:
		if !w.checkNFC && !nfcInert(r) {
			w.checkNFC = true
		}
	}
	at := w.visible(r)
	w.hit(r)
	w.buf = utf8.AppendRune(w.buf, r)
	return at
}

// hit notes the offset at which r is about to be written, when r is
// marked in w.lits.
func (w *textWriter) hit(r rune) {
	if w.lits != nil && w.lits.marked(r) {
		w.hits = append(w.hits, int32(len(w.buf)))
	}
}

// visible writes the pending break or space before the visible rune r and
// returns the offset r will be written at.
func (w *textWriter) visible(r rune) int {
	switch {
	case w.hardBreak:
		w.hit('\n')
		w.buf = append(w.buf, '\n')
	case (w.space || w.brSpace) && len(w.buf) > 0 && !(w.lineEnd && !w.brSpace && isWide(w.last) && isWide(r)) &&
		!isWidePunct(w.last) && !isWidePunct(r):
		w.hit(' ')
		w.buf = append(w.buf, ' ')
	}
	w.space, w.lineEnd, w.hardBreak, w.brSpace = false, false, false, false
	w.last = r
	return len(w.buf)
}

// isWidePunct reports whether r is full-width punctuation (，。（）“”…),
// which carries its own spacing: white space next to it is dropped.
func isWidePunct(r rune) bool {
	return r >= 0x2000 && (unicode.IsPunct(r) || unicode.IsSymbol(r)) && isWide(r)
}

// nfcInert reports whether r starts an NFC segment and NFC leaves it as
// it is: it has no decomposition and does not combine with the rune
// before it. Text made only of such runes is in NFC. ASCII and the CJK
// unified ideographs (U+4E00–U+9FFF), which writeRune passes without
// asking, are all inert (TestFastPathsAgreeWithXText checks it).
func nfcInert(r rune) bool {
	var b [utf8.UTFMax]byte
	p := norm.NFC.Properties(b[:utf8.EncodeRune(b[:], r)])
	return p.BoundaryBefore() && len(p.Decomposition()) == 0
}

// isWide reports whether r is an East Asian wide or full-width character,
// the characters between which a source line end is no space.
func isWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}

// finish returns the normalized text, in NFC. Marks, given as byte ranges
// into the buffer, are moved to match when NFC changes the text. The
// returned slice is the writer's buffer: copy it before the next write.
func (w *textWriter) finish(marks []Mark) []byte {
	if !w.checkNFC || norm.NFC.IsNormal(w.buf) {
		return w.buf
	}
	return nfcWithMarks(w.buf, marks)
}

// indexAnyRune is strings.IndexAny for a set of runes past ASCII (ASCII
// ones may be among them): one search for each rune of set, at a
// fraction of the cost of IndexAny, which looks every rune of s up in
// set, each after turning it into a string. set must not hold U+FFFD,
// which IndexAny also finds for every byte of s that is no UTF-8.
func indexAnyRune(s, set string) int {
	first := len(s)
	for i := 0; i < len(set); {
		_, n := decodeRune(set[i:])
		// A rune that starts before first ends before first+n-1.
		if j := strings.Index(s[:min(len(s), first+n-1)], set[i:i+n]); j >= 0 && j < first {
			first = j
		}
		i += n
	}
	if first == len(s) {
		return -1
	}
	return first
}

// containsAnyRune is strings.ContainsAny for a set of runes past ASCII,
// as indexAnyRune is strings.IndexAny.
func containsAnyRune(s, set string) bool {
	for i := 0; i < len(set); {
		_, n := decodeRune(set[i:])
		if strings.Contains(s, set[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}

// trimSpace is strings.TrimSpace. A text that opens and ends with ASCII
// that is no space, or with a Han character of U+4000–U+9FFF (lead byte
// E4 to E9), as most of the texts it is asked of do, is returned at once:
// strings.TrimSpace looks a rune past ASCII up in Unicode's table of white
// space, at both ends.
func trimSpace(s string) string {
	if n := len(s); n > 0 && (s[0] > ' ' && s[0] < utf8.RuneSelf || s[0] >= 0xE4 && s[0] <= 0xE9) {
		last := s[n-1]
		if last > ' ' && last < utf8.RuneSelf || n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 && (s[n-2]^0x80)|(last^0x80) < 0x40 {
			return s
		}
	}
	return strings.TrimSpace(s)
}

// isHan is unicode.Is(unicode.Han, r), with the CJK Unified Ideographs
// (U+4E00–U+9FFF), where nearly every Chinese character is, and the runes
// below U+2E80 and the full-width forms (U+FF00–U+FFFF), where no Han
// character is (Chinese punctuation, ASCII), read without a look through
// the table.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	if r < 0x2E80 || r >= 0xFF00 && r <= 0xFFFF {
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// cutset is a set of runes to trim, as strings.Trim takes them in a
// string. strings.Trim looks every rune it reads up in the string with
// IndexRune, which costs a search when the set holds runes past ASCII (a
// full-width bracket, a separator); cutset tests a bit, or the few runes
// past ASCII. It is read-only once made.
type cutset struct {
	ascii [2]uint64
	wide  []rune
	// wideMay has bit r%4096 set for each rune of wide: most runes past
	// ASCII (Han characters above all) are told apart by it, with no
	// look through wide.
	wideMay [64]uint64
}

func newCutset(set string) *cutset {
	c := &cutset{}
	for _, r := range set {
		if r < utf8.RuneSelf {
			c.ascii[r>>6] |= 1 << (r & 63)
		} else if !slices.Contains(c.wide, r) {
			c.wide = append(c.wide, r)
			c.wideMay[(r&4095)>>6] |= 1 << (r & 63)
		}
	}
	return c
}

func (c *cutset) has(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && c.ascii[r>>6]&(1<<(r&63)) != 0
	}
	return c.wideMay[(r&4095)>>6]&(1<<(r&63)) != 0 && slices.Contains(c.wide, r)
}

// trimLeft is strings.TrimLeft(s, set).
func (c *cutset) trimLeft(s string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !c.has(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// trimRight is strings.TrimRight(s, set).
func (c *cutset) trimRight(s string) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeLastRune(s)
		}
		if !c.has(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// trim is strings.Trim(s, set).
func (c *cutset) trim(s string) string { return c.trimLeft(c.trimRight(s)) }
