package newsdoc

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNeeds bounds the literals of a prefilter: more alternatives than
// this cost more to look for than the pattern saves.
const maxNeeds = 64

// maxRunTexts bounds the texts that a run of parts of a sequence makes
// (see mustHold).
const maxRunTexts = 4

// requiredLiterals returns texts one of which every match of re holds,
// or nil when it cannot tell (a pattern that can match without any
// literal, or one with case folding). Looking for them with
// strings.Contains costs a fraction of running the pattern, and most
// paragraphs hold none: the pattern then need not run at all.
func requiredLiterals(re *regexp.Regexp) []string {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	needs, ok := mustHold(t.Simplify())
	if !ok {
		return nil
	}
	return needs
}

// prefilterOf returns the texts one of which every match of re holds, as
// literals to look for, or nil when re needs none.
func prefilterOf(re *regexp.Regexp) *literals {
	needs := requiredLiterals(re)
	if needs == nil {
		return nil
	}
	return newLiterals(needs)
}

// maxRunes returns the most runes a text that re matches whole can have,
// or 0 when re may match a text of any length: re is anchored at both
// ends (^…$, or alternatives that all are) and repeats nothing without
// bound.
func maxRunes(re *regexp.Regexp) int {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return 0
	}
	t = t.Simplify()
	if !anchored(t, true) {
		return 0
	}
	n, ok := longest(t)
	if !ok {
		return 0
	}
	return n
}

// anchored reports whether every alternative of t starts at the text's
// start (^), and, with end, ends at its end ($).
func anchored(t *syntax.Regexp, end bool) bool {
	switch t.Op {
	case syntax.OpCapture:
		return anchored(t.Sub[0], end)
	case syntax.OpAlternate:
		for _, sub := range t.Sub {
			if !anchored(sub, end) {
				return false
			}
		}
		return len(t.Sub) > 0
	case syntax.OpConcat:
		n := len(t.Sub)
		return n > 0 && t.Sub[0].Op == syntax.OpBeginText && (!end || n >= 2 && t.Sub[n-1].Op == syntax.OpEndText)
	}
	return !end && t.Op == syntax.OpBeginText
}

// longest returns the most runes t can match, and false when unbounded.
func longest(t *syntax.Regexp) (int, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		return len(t.Rune), true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpCapture, syntax.OpQuest:
		return longest(t.Sub[0])
	case syntax.OpRepeat:
		if t.Max < 0 {
			return 0, false
		}
		n, ok := longest(t.Sub[0])
		return n * t.Max, ok
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range t.Sub {
			n, ok := longest(sub)
			if !ok {
				return 0, false
			}
			if t.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false
}

// headRegexp is a pattern anchored at the start of the text (^… in
// every alternative) whose matches span at most n runes. Go's
// backtracker costs in proportion to the text it is given, not to the
// match, so the methods run the pattern on the text's first (n+1)·UTFMax
// bytes only: every match lies there, with at least one whole rune after
// it, so that $ and \b see what follows the match. They give what the
// pattern gives on the whole text. n is 0 for a pattern not so anchored
// or bounded, which then runs on the whole text.
//
// The pattern is read as regexp.Compile reads it. Compiled with
// CompilePOSIX, ^ and $ also match at line breaks, and a class can match
// one: a text that holds a line break is given whole.
//
// need holds the texts one of which every match holds (nil when the
// pattern needs none): a head that holds none of them cannot match, and
// the pattern does not run.
type headRegexp struct {
	re   *regexp.Regexp
	n    int
	need *literals
}

// headOf returns re as a headRegexp.
func headOf(re *regexp.Regexp) headRegexp {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return headRegexp{re: re}
	}
	t = t.Simplify()
	h := headRegexp{re: re}
	if needs, ok := mustHold(t); ok {
		h.need = newLiterals(needs)
	}
	if !anchored(t, false) {
		return h
	}
	if n, ok := longest(t); ok {
		h.n = n
	}
	return h
}

// head returns the part of s that every match lies in: its first n+1
// runes, cut as bytes, so that part of the runes after them may be left
// (a rune takes at most UTFMax bytes).
func (h headRegexp) head(s string) string {
	if h.n == 0 || len(s) <= (h.n+1)*utf8.UTFMax || strings.IndexByte(s, '\n') >= 0 {
		return s
	}
	return s[:(h.n+1)*utf8.UTFMax]
}

func (h headRegexp) MatchString(s string) bool {
	s = h.head(s)
	return (h.need == nil || h.need.in(s)) && h.re.MatchString(s)
}

func (h headRegexp) FindStringSubmatch(s string) []string {
	s = h.head(s)
	if h.need != nil && !h.need.in(s) {
		return nil
	}
	return h.re.FindStringSubmatch(s)
}

func (h headRegexp) FindStringSubmatchIndex(s string) []int {
	s = h.head(s)
	if h.need != nil && !h.need.in(s) {
		return nil
	}
	return h.re.FindStringSubmatchIndex(s)
}

func (h headRegexp) FindStringIndex(s string) []int {
	s = h.head(s)
	if h.need != nil && !h.need.in(s) {
		return nil
	}
	return h.re.FindStringIndex(s)
}

// ReplaceAllString runs the pattern on the whole text, which holds every
// match, not on its head.
func (h headRegexp) ReplaceAllString(s, repl string) string {
	if h.need != nil && !h.need.in(s) {
		return s
	}
	return h.re.ReplaceAllString(s, repl)
}

// splitBranches returns the alternatives of a pattern made of several
// (A|B|C, or ^(?:A|B|C)$ with the anchors given to each), each compiled
// on its own, with the texts each needs (nil for one that needs none); nil
// when the pattern has one alternative, or quotes text (\Q…\E). Running only the alternatives
// whose texts a paragraph holds spares the backtracker a pattern of
// hundreds of states over the whole paragraph. The pattern is split as
// written (printing a parsed one back folds the case of every class, a
// fifth of a second for the default rules); a flag group such as (?s)
// carries over to the alternatives after it, as in the whole pattern.
func splitBranches(re *regexp.Regexp) ([]*regexp.Regexp, [][]*literals) {
	src := re.String()
	if strings.Contains(src, `\Q`) {
		return nil, nil // quoted text (\Q…\E) may hold a | of its own
	}
	head, tail := "", ""
	if inner, ok := strings.CutPrefix(src, "^(?:"); ok && strings.HasSuffix(inner, ")$") && closes(inner[:len(inner)-2]) {
		head, tail, src = "^", "$", inner[:len(inner)-2]
	}
	parts := topLevel(src)
	if len(parts) < 2 {
		return nil, nil
	}
	var branches []*regexp.Regexp
	var alts [][]*literals
	flags := ""
	for _, part := range parts {
		b, err := regexp.Compile(head + "(?:" + flags + part + ")" + tail)
		if err != nil {
			return nil, nil
		}
		flags += flagGroups(part)
		var alt []*literals
		if clauses := requiredBranches(b); len(clauses) == 1 {
			for _, c := range clauses[0] {
				alt = append(alt, newLiterals(c))
			}
		}
		branches = append(branches, b)
		alts = append(alts, alt)
	}
	return branches, alts
}

// topLevel splits a pattern's source at the | that stand outside every
// group and class.
func topLevel(src string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // the escaped byte
		case '[':
			i = classEnd(src, i)
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				parts = append(parts, src[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, src[start:])
}

// classEnd returns the index of the ] that closes the class opened at
// src[i], or the end of src.
func classEnd(src string, i int) int {
	j := i + 1
	if j < len(src) && src[j] == '^' {
		j++
	}
	if j < len(src) && src[j] == ']' {
		j++ // a ] first in the class is itself
	}
	for ; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			if j+1 < len(src) && src[j+1] == ':' { // [:alpha:]
				if k := strings.Index(src[j:], ":]"); k >= 0 {
					j += k + 1
				}
			}
		case ']':
			return j
		}
	}
	return len(src)
}

// closes reports whether src, the inside of a group, has balanced
// parentheses: the group that opened before it closes right after it.
func closes(src string) bool {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			i = classEnd(src, i)
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// flagGroups returns the flag groups, such as (?s), that stand at the
// top level of an alternative: they hold for the alternatives after it.
func flagGroups(part string) string {
	var out strings.Builder
	depth := 0
	for i := 0; i < len(part); i++ {
		switch part[i] {
		case '\\':
			i++
		case '[':
			i = classEnd(part, i)
		case '(':
			if depth == 0 && strings.HasPrefix(part[i:], "(?") {
				if k := strings.IndexByte(part[i:], ')'); k > 2 && !strings.ContainsAny(part[i+2:i+k], ":<P") {
					out.WriteString(part[i : i+k+1])
				}
			}
			depth++
		case ')':
			depth--
		}
	}
	return out.String()
}

// requiredBranches returns, for each alternative of a pattern (the
// pattern itself when it has none), the texts each of its parts needs: a
// match holds, for one alternative, one text of every clause. It returns
// nil when some alternative has no clause.
func requiredBranches(re *regexp.Regexp) [][][]string {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = t.Simplify()
	for t.Op == syntax.OpCapture {
		t = t.Sub[0]
	}
	branches := []*syntax.Regexp{t}
	if t.Op == syntax.OpAlternate {
		branches = t.Sub
	}
	var out [][][]string
	for _, b := range branches {
		parts := []*syntax.Regexp{b}
		if b.Op == syntax.OpConcat {
			parts = b.Sub
		}
		var clauses [][]string
		for _, sub := range parts {
			if needs, ok := mustHold(sub); ok {
				clauses = append(clauses, needs)
			}
		}
		if len(clauses) == 0 {
			return nil
		}
		out = append(out, clauses)
	}
	return out
}

// mustHold returns texts one of which every match of t holds.
func mustHold(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return nil, false
		}
		if t.Flags&syntax.FoldCase != 0 {
			caseless, ascii := true, true
			for _, r := range t.Rune {
				caseless = caseless && unicode.SimpleFold(r) == r
				ascii = ascii && r < utf8.RuneSelf
			}
			switch {
			case caseless:
				return []string{string(t.Rune)}, true // 專頁: no case to fold
			case ascii:
				// The look folds ASCII only, and (?i)s also matches ſ
				// (U+017F), (?i)k the Kelvin sign (U+212A): the longest
				// run of letters that fold within ASCII is what every
				// match holds (plur of plurk).
				best, run := "", []rune(nil)
				for _, r := range t.Rune {
					if !foldsInASCII(r) {
						run = nil
						continue
					}
					if run = append(run, r); len(run) > len([]rune(best)) {
						best = string(run)
					}
				}
				if best == "" {
					return nil, false
				}
				return []string{foldMark + strings.ToLower(best)}, true
			}
			return nil, false // folding beyond ASCII: no cheap look
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCharClass:
		return exactTexts(t) // a small class of runes: one of them
	case syntax.OpCapture:
		return mustHold(t.Sub[0])
	case syntax.OpPlus:
		return mustHold(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return mustHold(t.Sub[0])
		}
	case syntax.OpAlternate:
		return unionOf(t.Sub, mustHold)
	case syntax.OpConcat:
		// Adjacent literals make one longer literal; of the parts, the
		// one with the longest shortest text is the best filter.
		var best []string
		bestLen := 0
		// What must stand right at an anchored start is no filter: the
		// pattern itself fails at once where it is not, and where it is
		// the look found nothing the pattern would not. It is kept only
		// when nothing else is needed.
		atStart := -1
		if t.Sub[0].Op == syntax.OpBeginText {
			atStart = 1
		}
		var start []string
		// Parts that each match one of a few texts make the texts of
		// their run: 相(?:关|關) needs 相关 or 相關, not 相, which every
		// third paragraph holds. Only a few: each text costs a look
		// wherever its first rune stands, and （ stands everywhere.
		for i := range t.Sub {
			if i == atStart {
				continue
			}
			run := []string{""}
			for j := i; j < len(t.Sub); j++ {
				texts, ok := exactTexts(t.Sub[j])
				if !ok || len(run)*len(texts) > maxRunTexts {
					break
				}
				run = product(run, texts)
				if n := shortest(run); n > bestLen && !slices.Contains(run, "") {
					best, bestLen = run, n
				}
			}
		}
		for i := 0; i < len(t.Sub); i++ {
			sub := t.Sub[i]
			at := i
			if sub.Op == syntax.OpLiteral && sub.Flags&syntax.FoldCase == 0 {
				lit := string(sub.Rune)
				for i+1 < len(t.Sub) && t.Sub[i+1].Op == syntax.OpLiteral && t.Sub[i+1].Flags&syntax.FoldCase == 0 {
					i++
					lit += string(t.Sub[i].Rune)
				}
				if at == atStart {
					start = []string{lit}
				} else if n := runeCount(lit); n > bestLen {
					best, bestLen = []string{lit}, n
				}
				continue
			}
			needs, ok := mustHold(sub)
			if !ok {
				continue
			}
			if at == atStart {
				start = needs
			} else if n := shortest(needs); n > bestLen {
				best, bestLen = needs, n
			}
		}
		if best == nil {
			best = start
		}
		return best, best != nil
	}
	return nil, false
}

// foldsInASCII reports whether every rune r matches in any case is ASCII.
func foldsInASCII(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return r < utf8.RuneSelf
}

// exactTexts returns every text t matches, when they are few (at most
// maxNeeds) and t matches nothing else: a literal, a small class, and
// alternatives, sequences and options of those. Case folding beyond runes
// that have no case gives false.
func exactTexts(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			for _, r := range t.Rune {
				if unicode.SimpleFold(r) != r {
					return nil, false
				}
			}
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i+1]-t.Rune[i] > 3 || len(out) > 8 {
				return nil, false
			}
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return exactTexts(t.Sub[0])
	case syntax.OpQuest:
		texts, ok := exactTexts(t.Sub[0])
		if !ok || len(texts)+1 > maxNeeds {
			return nil, false
		}
		return append(texts, ""), true
	case syntax.OpAlternate:
		return unionOf(t.Sub, exactTexts)
	case syntax.OpConcat:
		run := []string{""}
		for _, sub := range t.Sub {
			texts, ok := exactTexts(sub)
			if !ok || len(run)*len(texts) > maxNeeds {
				return nil, false
			}
			run = product(run, texts)
		}
		return run, true
	}
	return nil, false
}

// unionOf returns the texts f gives for each of subs, all together, or
// false when f gives none for one of them or they are more than maxNeeds.
func unionOf(subs []*syntax.Regexp, f func(*syntax.Regexp) ([]string, bool)) ([]string, bool) {
	var all []string
	for _, sub := range subs {
		texts, ok := f(sub)
		if !ok || len(all)+len(texts) > maxNeeds {
			return nil, false
		}
		all = append(all, texts...)
	}
	return all, true
}

// product returns every text of a followed by one of b.
func product(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

func shortest(texts []string) int {
	n := -1
	for _, s := range texts {
		if c := runeCount(s); n < 0 || c < n {
			n = c
		}
	}
	return n
}

// foldMark starts a literal of needs that matches in any ASCII case.
const foldMark = "\x00"

// literals finds any of a set of texts in one pass over a string: by the
// first rune of each, longest first, so that a text with many candidates
// costs one look per rune instead of one scan per candidate. The scan
// decodes the three-byte runes of Chinese text itself and looks each up in
// a bit set of first runes; only the runes it lets through cost a map look.
type literals struct {
	byRune map[rune][]string // exact texts by first rune
	fold   map[rune][]string // ASCII texts matched in any case, lower-cased, by lower first rune
	first  [64]uint64        // bit r%4096 set for every first rune: most runes, Han ones too, need no map look
	// For a three-byte first rune (Chinese text), the pair of it and the
	// rune after: a first rune common in prose (本, 更, 相) is let through
	// only where a text's second rune follows it.
	pairs  [64]uint64 // bit pairHash(r1, r2) set for the first two runes of every text
	single [64]uint64 // bit r%4096 set for a first rune that is a whole text, or starts one in any case
	// For an ASCII first byte, the bytes that may follow it in a text
	// (both cases of an ASCII letter for a text matched in any case), by
	// first byte; asciiAny marks the first bytes that are a whole text.
	asciiNext [128][4]uint64
	asciiAny  [2]uint64
}

// asciiMay reports whether a text of l may start at s[i:], whose first
// byte c is ASCII and marked: c alone is a text, or the byte after it
// may follow c in one.
func (l *literals) asciiMay(s string, i int, c byte) bool {
	if l.asciiAny[c>>6]&(1<<(c&63)) != 0 {
		return true
	}
	if i+1 >= len(s) {
		return false
	}
	n := s[i+1]
	return l.asciiNext[c][n>>6]&(1<<(n&63)) != 0
}

// markASCII records a text whose first byte is ASCII: t, or, with fold,
// t in any case (t is ASCII then, lower-cased).
func (l *literals) markASCII(t string, fold bool) {
	if len(t) == 1 {
		for _, c := range caseBytes(t[0], fold) {
			l.asciiAny[c>>6] |= 1 << (c & 63)
		}
		return
	}
	for _, c := range caseBytes(t[0], fold) {
		for _, n := range caseBytes(t[1], fold) {
			l.asciiNext[c][n>>6] |= 1 << (n & 63)
		}
	}
}

// caseBytes returns c, and with fold its other case when it is an ASCII
// letter.
func caseBytes(c byte, fold bool) []byte {
	switch {
	case fold && 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case fold && 'A' <= c && c <= 'Z':
		return []byte{c, c - 'A' + 'a'}
	}
	return []byte{c}
}

// texts returns the texts of l, sorted, those matched in any case with
// foldMark before them, as newLiterals was given them.
func (l *literals) texts() []string {
	var out []string
	for _, ts := range l.byRune {
		out = append(out, ts...)
	}
	for _, ts := range l.fold {
		for _, t := range ts {
			out = append(out, foldMark+t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (l *literals) mark(r rune) { l.first[(r&4095)>>6] |= 1 << (r & 63) }

func (l *literals) marked(r rune) bool { return l.first[(r&4095)>>6]&(1<<(r&63)) != 0 }

func (l *literals) markSingle(r rune) { l.single[(r&4095)>>6] |= 1 << (r & 63) }

func (l *literals) markPair(r1, r2 rune) {
	h := pairHash(r1, r2)
	l.pairs[h>>6] |= 1 << (h & 63)
}

// pairHash maps two runes to one of 4096 bits.
func pairHash(r1, r2 rune) uint32 {
	return (uint32(r1)*2654435761 + uint32(r2)*40503) >> 20
}

// pairMay reports whether a text of l may start at s[i:], whose first
// rune r (three bytes long) is marked: r alone is a text, or the rune
// after it is the second rune of a text that starts with r.
func (l *literals) pairMay(s string, i int, r rune) bool {
	if l.single[(r&4095)>>6]&(1<<(r&63)) != 0 {
		return true
	}
	j := i + 3
	if j >= len(s) {
		return false // no text of two runes fits
	}
	var r2 rune
	if c := s[j]; (c >= 0xE1 && c <= 0xEC || c >= 0xEE && c <= 0xEF) && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
		// A three-byte rune that is never overlong nor a surrogate, as
		// most of Chinese text is: decoded here.
		r2 = rune(c&0x0F)<<12 | rune(s[j+1]&0x3F)<<6 | rune(s[j+2]&0x3F)
	} else {
		r2, _ = utf8.DecodeRuneInString(s[j:])
	}
	h := pairHash(r, r2)
	return l.pairs[h>>6]&(1<<(h&63)) != 0
}

// next returns the first place at or after i, where a rune starts (as
// utf8.DecodeRuneInString steps), whose rune is marked (and, for a
// three-byte rune, the pair of it and the next, see pairMay), and that
// rune; or len(s) when there is none. Bytes that do not decode start no
// text.
func (l *literals) next(s string, i int) (int, rune) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if l.marked(rune(c)) && l.asciiMay(s, i, c) {
				return i, rune(c)
			}
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) {
			// Three bytes, as Chinese text is. An overlong or surrogate
			// form decodes here to a rune DecodeRuneInString would not
			// give; no text starts with those bytes, so a look there
			// finds nothing, and its bytes start no rune either.
			c1, c2 := s[i+1], s[i+2]
			if (c1^0x80)|(c2^0x80) < 0x40 { // two continuation bytes
				// The bit of the rune by its low 12 bits: c1 and c2.
				if l.first[c1&0x3F]&(1<<(c2&0x3F)) != 0 {
					if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); l.pairMay(s, i, r) {
						return i, r
					}
				}
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n > 1 && l.marked(r) {
			return i, r
		}
		i += n
	}
	return len(s), 0
}

func newLiterals(texts []string) *literals {
	l := &literals{byRune: map[rune][]string{}, fold: map[rune][]string{}}
	for _, t := range texts {
		if strings.HasPrefix(t, foldMark) {
			t = t[len(foldMark):]
			r, _ := utf8.DecodeRuneInString(t)
			l.fold[r] = append(l.fold[r], t)
			l.mark(r)
			l.mark(unicode.ToUpper(r))
			l.markSingle(r)
			l.markSingle(unicode.ToUpper(r))
			if r < utf8.RuneSelf {
				l.markASCII(t, true)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(t)
		l.byRune[r] = append(l.byRune[r], t)
		l.mark(r)
		if r < utf8.RuneSelf {
			l.markASCII(t, false)
		}
		if r2, _ := utf8.DecodeRuneInString(t[n:]); n == len(t) || r2 == utf8.RuneError {
			l.markSingle(r) // a text of one rune, or one whose second is no rune
		} else {
			l.markPair(r, r2)
		}
	}
	for _, m := range [...]map[rune][]string{l.byRune, l.fold} {
		for _, ts := range m {
			slices.SortStableFunc(ts, func(a, b string) int { return len(b) - len(a) })
		}
	}
	return l
}

// index returns the bytes of the first text of l in s at or after from,
// the longest where several start at one place; -1, -1 when none is.
func (l *literals) index(s string, from int) (start, end int) {
	for i := from; ; i++ {
		var r rune
		i, r = l.next(s, i)
		if i == len(s) {
			return -1, -1
		}
		for _, t := range l.byRune[r] {
			if strings.HasPrefix(s[i:], t) {
				return i, i + len(t)
			}
		}
		if len(l.fold) > 0 && r < utf8.RuneSelf {
			for _, t := range l.fold[unicode.ToLower(r)] {
				if len(s)-i >= len(t) && strings.EqualFold(s[i:i+len(t)], t) {
					return i, i + len(t)
				}
			}
		}
	}
}

// lastEnd returns the byte index right after the last text of l in s,
// or -1.
func (l *literals) lastEnd(s string) int {
	end := -1
	for from := 0; ; {
		start, e := l.index(s, from)
		if start < 0 {
			return end
		}
		end = e
		_, n := utf8.DecodeRuneInString(s[start:])
		from = start + n
	}
}

// each calls f with every text of l that occurs in s, once per place it
// starts at.
func (l *literals) each(s string, f func(t string)) {
	for i := 0; ; i++ {
		var r rune
		i, r = l.next(s, i)
		if i == len(s) {
			return
		}
		l.at(s, i, r, f)
	}
}

// eachAt is each, for a text whose writer noted every place where a
// rune marked in l starts (textWriter.hits): only those places are
// looked at.
func (l *literals) eachAt(s string, places []int32, f func(t string)) {
	for _, at := range places {
		// Each place as next reads it: an ASCII byte and the one after,
		// a three-byte rune (decoded here, as most places are) and the
		// rune after, any other rune alone.
		i := int(at)
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			if l.asciiMay(s, i, c) {
				l.at(s, i, rune(c), f)
			}
		case c&0xF0 == 0xE0 && i+2 < len(s) && (s[i+1]^0x80)|(s[i+2]^0x80) < 0x40:
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); l.pairMay(s, i, r) {
				l.at(s, i, r, f)
			}
		default:
			if r, n := utf8.DecodeRuneInString(s[i:]); n > 1 {
				l.at(s, i, r, f)
			}
		}
	}
}

// at calls f with each text of l that starts at s[i:], whose first rune
// is r.
func (l *literals) at(s string, i int, r rune, f func(t string)) {
	for _, t := range l.byRune[r] {
		if strings.HasPrefix(s[i:], t) {
			f(t)
		}
	}
	if len(l.fold) > 0 && r < utf8.RuneSelf {
		for _, t := range l.fold[unicode.ToLower(r)] {
			if len(s)-i >= len(t) && strings.EqualFold(s[i:i+len(t)], t) {
				f(foldMark + t)
			}
		}
	}
}

// in reports whether s holds one of the texts.
func (l *literals) in(s string) bool {
	start, _ := l.index(s, 0)
	return start >= 0
}

// firstRunes returns the ranges ([lo, hi] pairs) of the runes a match of
// re, anchored at the start of the text, can begin with, or nil when it
// cannot tell.
func firstRunes(re *regexp.Regexp) []rune {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = t.Simplify()
	var branches []*syntax.Regexp
	if t.Op == syntax.OpAlternate {
		branches = t.Sub
	} else {
		branches = []*syntax.Regexp{t}
	}
	var out []rune
	for _, b := range branches {
		if b.Op != syntax.OpConcat || len(b.Sub) < 2 || b.Sub[0].Op != syntax.OpBeginText {
			return nil
		}
		rs, ok := startRunes(b.Sub[1:])
		if !ok {
			return nil
		}
		out = append(out, rs...)
	}
	return out
}

// startRunes returns the rune ranges a match of the sequence subs starts
// with.
func startRunes(subs []*syntax.Regexp) ([]rune, bool) {
	if len(subs) == 0 {
		return nil, false // may match the empty text
	}
	t := subs[0]
	switch t.Op {
	case syntax.OpLiteral:
		r := t.Rune[0]
		out := []rune{r, r}
		if t.Flags&syntax.FoldCase != 0 {
			// (?i:logo): the rune in every case, l and L.
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				out = append(out, f, f)
			}
		}
		return out, true
	case syntax.OpCharClass:
		return t.Rune, true
	case syntax.OpCapture:
		return startRunes(append([]*syntax.Regexp{t.Sub[0]}, subs[1:]...))
	case syntax.OpPlus:
		return startRunes([]*syntax.Regexp{t.Sub[0]})
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return startRunes([]*syntax.Regexp{t.Sub[0]})
		}
		fallthrough
	case syntax.OpQuest, syntax.OpStar:
		a, ok := startRunes([]*syntax.Regexp{t.Sub[0]})
		if !ok {
			return nil, false
		}
		b, ok := startRunes(subs[1:])
		return append(a, b...), ok
	case syntax.OpAlternate:
		var out []rune
		for _, sub := range t.Sub {
			rs, ok := startRunes(append([]*syntax.Regexp{sub}, subs[1:]...))
			if !ok {
				return nil, false
			}
			out = append(out, rs...)
		}
		return out, true
	case syntax.OpConcat:
		return startRunes(append(append([]*syntax.Regexp{}, t.Sub...), subs[1:]...))
	}
	return nil, false
}

// inRanges reports whether r is in one of the [lo, hi] pairs.
func inRanges(r rune, ranges []rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}
