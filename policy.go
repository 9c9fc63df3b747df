package newsdoc

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// A Policy is an ordered set of named [Rule] values that decide what
// cleaning drops. Build one with [NewPolicy] and [Policy.Add], or start
// from a preset ([DefaultPolicy], [GenericPolicy], [SinaPolicy],
// [PortalPolicy], [PagePolicy], [SitesPolicy]); each preset returns a
// fresh Policy that the caller may change.
//
// Parse only reads a Policy, so one Policy may serve concurrent Parse
// calls; do not change it while they run. The zero Policy is empty and
// ready to use.
type Policy struct {
	rules []Rule
	ix    policyIndex
	err   error // the first invalid rule, found by reindex
}

// ErrInvalidRule is wrapped by the error [Policy.Err] and [Parse] return
// for a rule that cannot work: one with no name, one made by hand rather
// than by a rule maker, or one given nothing to match (DropTags with no
// tag, DropIf with a nil function, DropParagraphs or DropTail with a nil
// pattern or one not made by regexp.Compile, such as a zero
// regexp.Regexp, DropTail with no characters to drop after its mark).
var ErrInvalidRule = errors.New("newsdoc: invalid rule")

// Err returns an error wrapping [ErrInvalidRule] for the first rule of p
// that cannot work, or nil. Parse returns this error for the policy it
// is given.
func (p *Policy) Err() error { return p.err }

// check returns why r cannot work, or nil.
func (r *Rule) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidRule}, args...)...)
	}
	if trimSpace(r.Name) == "" {
		return bad("a rule has no name (%s)", r.kind)
	}
	switch r.kind {
	case 0:
		return bad("rule %q was not made by a rule maker such as DropTags", r.Name)
	case ruleTags, ruleClasses, ruleIDs, ruleIDPrefixes, ruleURLSchemes, ruleCreditClasses, ruleCommentRegion, ruleArticleIn,
		ruleCreditLabels:
		if len(r.values) == 0 {
			return bad("rule %q (%s) has nothing to match", r.Name, r.kind)
		}
		for _, v := range r.values {
			if trimSpace(v) == "" || (r.kind != ruleCommentRegion && strings.ContainsAny(v, " \t\n\r\f")) {
				return bad("rule %q (%s): %q can match nothing or everything", r.Name, r.kind, v)
			}
		}
	case ruleFunc:
		if r.match == nil {
			return bad("rule %q (DropIf) has a nil function", r.Name)
		}
	case ruleText:
		if r.re == nil {
			return bad("rule %q (DropParagraphs) has a nil pattern", r.Name)
		}
		if !compiled(r.re) {
			return bad("rule %q (DropParagraphs) has a pattern not made by regexp.Compile", r.Name)
		}
	case ruleTail:
		if r.re == nil {
			return bad("rule %q (DropTail) has a nil pattern", r.Name)
		}
		if !compiled(r.re) {
			return bad("rule %q (DropTail) has a pattern not made by regexp.Compile", r.Name)
		}
		if r.max <= 0 {
			return bad("rule %q (DropTail) drops no paragraph after its mark: maxRunes %d", r.Name, r.max)
		}
	}
	return nil
}

// compiled reports whether re was made by regexp.Compile (or one of its
// kin): such a Regexp always names its whole match, SubexpNames()[0],
// and a zero regexp.Regexp, which panics when it matches, names nothing.
func compiled(re *regexp.Regexp) bool { return len(re.SubexpNames()) > 0 }

// policyIndex maps what a start tag or comment shows to the rule that
// matches it. Values are rule positions plus one, so that zero means none.
type policyIndex struct {
	tags     map[string]int    // Tags rules by the names that are no atom of HTML's
	tagAtoms map[atom.Atom]int // and by those that are
	// tagAtomBits has a bit set for each atom of tagAtoms: most elements
	// need no look in the map (see atomBits).
	tagAtomBits atomBits
	classes     map[string]int
	ids         map[string]int
	prefixes    []int // ruleIDPrefix rules
	comment     int
	regions     []int
	hidden      int
	pixel       int
	urls        int
	funcs       []int
	texts       []int
	tails       []int // DropTail
	credits     int
	title       int

	// Full pages.
	article        int              // KeepArticle
	articleIDs     map[string][]int // ArticleIn rules by the ids they select
	articleClasses map[string][]int // ArticleIn rules by the classes they select
	linkLists      int              // DropLinkLists
	chrome         int              // DropChrome
	navLinks       int              // DropNavLinks
	summaryBox     int              // DropSummaryBox

	grammar *creditGrammar // the credit labels, with those of CreditLabels rules

	// The texts the paragraph rules need, found in one pass over a
	// paragraph (or, for the running text of the token pass, at the
	// places its writer noted: textMaskAt): textMasks says which of
	// texts (by position) each one lets through; textAlways marks the
	// rules that need none.
	textScan   *literals
	textMasks  map[string]uint64
	textAlways uint64
	// textMax is the most runes a paragraph any paragraph rule may drop
	// can have, or 0 when some rule has no bound: a longer paragraph
	// needs no look.
	textMax int
}

// textMask returns the paragraph rules (bit k for texts[k]) that may match
// text: those whose needed texts it holds, and those that need none.
func (ix *policyIndex) textMask(text string) uint64 {
	if ix.textScan == nil {
		return ^uint64(0)
	}
	mask := ix.textAlways
	ix.textScan.each(text, func(t string) { mask |= ix.textMasks[t] })
	return mask
}

// textMaskAt is textMask for a text whose writer noted where the runes
// marked in ix.textScan start (textWriter.hits).
func (ix *policyIndex) textMaskAt(text string, places []int32) uint64 {
	if ix.textScan == nil {
		return ^uint64(0)
	}
	mask := ix.textAlways
	ix.textScan.eachAt(text, places, func(t string) { mask |= ix.textMasks[t] })
	return mask
}

// NewPolicy returns an empty policy.
func NewPolicy() *Policy { return &Policy{} }

// Add appends rules to p and returns p. A rule whose name is already in p
// replaces the old one in its place.
func (p *Policy) Add(rules ...Rule) *Policy {
	for _, r := range rules {
		if i := p.find(r.Name); i >= 0 {
			p.rules[i] = r
		} else {
			p.rules = append(p.rules, r)
		}
	}
	p.reindex()
	return p
}

// Remove deletes the rules with the given names from p and returns p.
func (p *Policy) Remove(names ...string) *Policy {
	for _, n := range names {
		if i := p.find(n); i >= 0 {
			p.rules = append(p.rules[:i], p.rules[i+1:]...)
		}
	}
	p.reindex()
	return p
}

// Rules returns a copy of p's rules, in order.
func (p *Policy) Rules() []Rule {
	return append([]Rule(nil), p.rules...)
}

// Clone returns a copy of p that can be changed without changing p.
func (p *Policy) Clone() *Policy {
	return NewPolicy().Add(p.rules...)
}

func (p *Policy) find(name string) int {
	for i, r := range p.rules {
		if r.Name == name {
			return i
		}
	}
	return -1
}

// atomBits is a set of atoms as bits, read before a map that holds them:
// an atom's bit is one of 1,024, chosen by its offset in the atom table,
// so that two atoms share a bit only now and then, and an atom whose bit
// is clear is surely not in the set.
type atomBits [16]uint64

func (b *atomBits) set(a atom.Atom) {
	k := uint32(a) >> 8 & 1023
	b[k>>6] |= 1 << (k & 63)
}

// may reports whether a may be in the set.
func (b *atomBits) may(a atom.Atom) bool {
	k := uint32(a) >> 8 & 1023
	return b[k>>6]&(1<<(k&63)) != 0
}

func (p *Policy) reindex() {
	ix := policyIndex{tags: map[string]int{}, tagAtoms: map[atom.Atom]int{}, classes: map[string]int{}, ids: map[string]int{},
		articleIDs: map[string][]int{}, articleClasses: map[string][]int{}}
	set := func(m map[string]int, keys []string, i int) {
		for _, k := range keys {
			if _, dup := m[k]; !dup {
				m[k] = i
			}
		}
	}
	first := func(dst *int, i int) {
		if *dst == 0 {
			*dst = i
		}
	}
	p.err = nil
	var extra []creditLabel
	for i, r := range p.rules {
		n := i + 1
		if err := r.check(); err != nil {
			if p.err == nil {
				p.err = err
			}
			continue
		}
		switch r.kind {
		case ruleTags:
			for _, v := range r.values {
				// A tag of HTML's by its atom, which the token pass has in
				// hand: a lookup by number, not by string.
				if a := atom.Lookup([]byte(v)); a != 0 && a.String() == v {
					if _, dup := ix.tagAtoms[a]; !dup {
						ix.tagAtoms[a] = n
						ix.tagAtomBits.set(a)
					}
				} else if _, dup := ix.tags[v]; !dup {
					ix.tags[v] = n
				}
			}
		case ruleClasses, ruleCreditClasses:
			set(ix.classes, r.values, n)
		case ruleIDs:
			set(ix.ids, r.values, n)
		case ruleIDPrefixes:
			ix.prefixes = append(ix.prefixes, n)
		case ruleComments:
			first(&ix.comment, n)
		case ruleCommentRegion:
			ix.regions = append(ix.regions, n)
		case ruleHidden:
			first(&ix.hidden, n)
		case rulePixels:
			first(&ix.pixel, n)
		case ruleURLSchemes:
			first(&ix.urls, n)
		case ruleFunc:
			ix.funcs = append(ix.funcs, n)
		case ruleText:
			ix.texts = append(ix.texts, n)
		case ruleTail:
			ix.tails = append(ix.tails, n)
		case ruleCredits:
			first(&ix.credits, n)
		case ruleRepeatedTitle:
			first(&ix.title, n)
		case ruleArticle:
			first(&ix.article, n)
		case ruleArticleIn:
			for _, sel := range r.values {
				if _, id, ok := strings.Cut(sel, "#"); ok {
					ix.articleIDs[id] = append(ix.articleIDs[id], n)
					continue
				}
				_, class, _ := strings.Cut(sel, ".")
				ix.articleClasses[class] = append(ix.articleClasses[class], n)
			}
		case ruleLinkLists:
			first(&ix.linkLists, n)
		case ruleChrome:
			first(&ix.chrome, n)
		case ruleNavLinks:
			first(&ix.navLinks, n)
		case ruleSummaryBox:
			first(&ix.summaryBox, n)
		case ruleCreditLabels:
			for _, l := range r.values {
				extra = append(extra, creditLabel{label: l, field: r.field, flags: afterOrg})
			}
		}
	}
	if len(extra) > 0 {
		ix.grammar = newCreditGrammar(extra)
	}
	for k, n := range ix.texts {
		m := p.rule(n).max
		if m == 0 {
			ix.textMax = 0
			break
		}
		if k == 0 || m > ix.textMax {
			ix.textMax = m
		}
	}
	if len(ix.texts) > 0 && len(ix.texts) <= 64 {
		ix.textMasks = map[string]uint64{}
		var all []string
		for k, n := range ix.texts {
			r := p.rule(n)
			if r.need == nil {
				ix.textAlways |= 1 << k
				continue
			}
			for _, t := range r.need {
				if _, ok := ix.textMasks[t]; !ok {
					all = append(all, t)
				}
				ix.textMasks[t] |= 1 << k
			}
		}
		ix.textScan = newLiterals(all)
	}
	p.ix = ix
}

// defaultGrammar is the credit grammar of the built-in labels; it is built
// once and only read.
var defaultGrammar = sync.OnceValue(func() *creditGrammar { return newCreditGrammar(nil) })

// grammar returns the credit grammar of the policy.
func (p *Policy) grammar() *creditGrammar {
	if p.ix.grammar != nil {
		return p.ix.grammar
	}
	return defaultGrammar()
}

// rule returns the rule at index n (position plus one).
func (p *Policy) rule(n int) *Rule { return &p.rules[n-1] }

type ruleKind uint8

// ruleMakers name the kinds after the functions that make them.
var ruleMakers = enum[ruleKind]{"ruleKind", "rule kind", []string{"Rule{}", "DropTags", "DropClasses", "DropIDs",
	"DropIDPrefixes", "DropComments", "DropBetweenComments", "DropHidden", "DropPixels", "DropURLSchemes", "DropIf",
	"DropParagraphs", "CreditClasses", "LiftCredits", "DropRepeatedTitle", "KeepArticle", "ArticleIn", "DropLinkLists",
	"DropChrome", "CreditLabels", "DropNavLinks", "DropSummaryBox", "DropTail"}}

func (k ruleKind) String() string { return ruleMakers.String(k) }

const (
	ruleTags ruleKind = iota + 1
	ruleClasses
	ruleIDs
	ruleIDPrefixes
	ruleComments
	ruleCommentRegion
	ruleHidden
	rulePixels
	ruleURLSchemes
	ruleFunc
	ruleText
	ruleCreditClasses
	ruleCredits
	ruleRepeatedTitle
	ruleArticle
	ruleArticleIn
	ruleLinkLists
	ruleChrome
	ruleCreditLabels
	ruleNavLinks
	ruleSummaryBox
	ruleTail
)

// A Rule names one thing cleaning removes. Make rules with the rule
// makers: the Drop… functions, [CreditClasses], [LiftCredits],
// [CreditLabels], [KeepArticle] and [ArticleIn]; a Rule made by hand is
// invalid. Name is what [Document.Removed] reports, Doc says why the rule
// exists and where its target is seen.
type Rule struct {
	Name string
	Doc  string

	kind   ruleKind
	values []string // tag names, classes, ids, id prefixes, URL schemes, or region markers
	match  func(*Element) bool
	field  CreditField // the field of a CreditLabels rule's labels
	site   string      // the site of an ArticleIn rule
	re     *regexp.Regexp
	starts []string      // texts a match of re must start with; nil when unknown
	needs  *literals     // texts one of which a match of re must hold; nil when unknown
	need   []string      // the same texts, as a list
	alts   [][]*literals // per alternative of re, the texts of each part: a match holds one of every set of one alternative
	max    int           // the most runes a paragraph it drops may have; 0: no bound
	// maxOfPattern is set when max was read from re (maxRunes), not given.
	maxOfPattern bool
	// branches are re's alternatives compiled apart, with the texts each
	// needs (nil: none): see splitBranches.
	branches    []*regexp.Regexp
	branchNeeds [][]*literals
	mark        headRegexp // a DropTail rule's re, run on the head of a text that can hold its match
	// The literal sets of alts and branchNeeds, numbered (one number for
	// sets of the same texts), are found in one pass over a paragraph
	// instead of one look for each: setScan looks for all their texts,
	// setOf gives the sets each text is in (bit k for set k), altSets
	// and branchSets are alts and branchNeeds as sets of bits (0 for a
	// branch that needs none). setScan is nil when there are no sets,
	// or more than 64.
	setScan    *literals
	setOf      map[string]uint64
	altSets    []uint64
	branchSets []uint64
}

// matchText reports whether a paragraph rule matches text. The start
// texts and the literals found in the pattern spare running it on the
// many paragraphs it cannot match.
func (r *Rule) matchText(text string) bool {
	if r.needs != nil && !r.needs.in(text) {
		return false
	}
	return r.matchFiltered(text)
}

// matchFiltered is matchText for a paragraph already known to hold one
// of the rule's needed texts (see policyIndex.textMask).
func (r *Rule) matchFiltered(text string) bool {
	if !r.opens(text) {
		return false
	}
	if r.max > 0 && len(text) > r.max && (!r.maxOfPattern || strings.IndexByte(text, '\n') < 0) &&
		runesOver(text, r.max) {
		return false // (a bound read from re, as opens reads its starts, holds for a text of one line)
	}
	var found uint64 // the sets text holds, when r.setScan looks for them
	if r.setScan != nil {
		r.setScan.each(text, func(t string) { found |= r.setOf[t] })
	}
	if r.alts != nil && (r.setScan == nil && !holdsAlternative(text, r.alts) || r.setScan != nil && !holdsSets(found, r.altSets)) {
		return false
	}
	if r.branches != nil {
		for i, b := range r.branches {
			if r.branchNeeds[i] != nil && (r.setScan == nil && !holdsAlternative(text, r.branchNeeds[i:i+1]) ||
				r.setScan != nil && found&r.branchSets[i] != r.branchSets[i]) {
				continue
			}
			if b.MatchString(text) {
				return true
			}
		}
		return false
	}
	return r.re.MatchString(text)
}

// opens reports whether text starts with one of the texts a match of
// r.re must start with (r.starts), or r.re has no such texts. The texts
// are read from re as regexp.Compile reads it; compiled with
// CompilePOSIX, a match may also start after a line break, so a text
// that holds one opens as any does.
func (r *Rule) opens(text string) bool {
	if r.starts == nil || strings.IndexByte(text, '\n') >= 0 {
		return true
	}
	for _, s := range r.starts {
		if strings.HasPrefix(text, s) {
			return true
		}
	}
	return false
}

// holdsSets is holdsAlternative for alternatives as sets of bits, and
// the sets found as bits.
func holdsSets(found uint64, alts []uint64) bool {
	for _, alt := range alts {
		if found&alt == alt {
			return true
		}
	}
	return false
}

// numberSets numbers the literal sets of r.alts and r.branchNeeds and
// makes the one pass that finds them (see Rule.setScan).
func (r *Rule) numberSets() {
	if r.alts == nil && !slices.ContainsFunc(r.branchNeeds, func(need []*literals) bool { return need != nil }) {
		return
	}
	ids := map[string]int{}
	setOf := map[string]uint64{}
	var texts []string
	bits := func(sets []*literals) (uint64, bool) {
		var m uint64
		for _, l := range sets {
			ts := l.texts()
			key := strings.Join(ts, "\x01")
			id, ok := ids[key]
			if !ok {
				if id = len(ids); id == 64 {
					return 0, false
				}
				ids[key] = id
				for _, t := range ts {
					if _, seen := setOf[t]; !seen {
						texts = append(texts, t)
					}
					setOf[t] |= 1 << id
				}
			}
			m |= 1 << id
		}
		return m, true
	}
	var altSets, branchSets []uint64
	for _, alt := range r.alts {
		m, ok := bits(alt)
		if !ok {
			return
		}
		altSets = append(altSets, m)
	}
	for _, need := range r.branchNeeds {
		m, ok := bits(need) // 0 for none
		if !ok {
			return
		}
		branchSets = append(branchSets, m)
	}
	r.setScan, r.setOf, r.altSets, r.branchSets = newLiterals(texts), setOf, altSets, branchSets
}

// holdsAlternative reports whether text holds, for one of alts, a text of
// each of its sets.
func holdsAlternative(text string, alts [][]*literals) bool {
	for _, alt := range alts {
		all := true
		for _, l := range alt {
			if !l.in(text) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// anchoredStarts returns the texts a match of re must begin with, when
// re is anchored with ^ and starts with literal text (optional parts and
// alternatives of literals allowed), or nil when it cannot tell.
func anchoredStarts(re *regexp.Regexp) []string {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = t.Simplify()
	if t.Op != syntax.OpConcat || len(t.Sub) < 2 || t.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	starts := []string{""}
	for _, sub := range t.Sub[1:] {
		opts, ok := literalOptions(sub)
		if !ok || len(starts)*len(opts) > 64 {
			break
		}
		var next []string
		for _, a := range starts {
			for _, b := range opts {
				next = append(next, a+b)
			}
		}
		starts = next
	}
	for _, s := range starts {
		if s == "" {
			return nil // some match may start with anything
		}
	}
	return starts
}

// literalOptions returns every text t can match, when t matches only
// literal texts.
func literalOptions(t *syntax.Regexp) ([]string, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(t.Rune)}, true
	case syntax.OpCapture:
		return literalOptions(t.Sub[0])
	case syntax.OpQuest:
		opts, ok := literalOptions(t.Sub[0])
		return append(opts, ""), ok
	case syntax.OpAlternate:
		var all []string
		for _, sub := range t.Sub {
			opts, ok := literalOptions(sub)
			if !ok {
				return nil, false
			}
			all = append(all, opts...)
		}
		return all, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range t.Sub {
			opts, ok := literalOptions(sub)
			if !ok || len(out)*len(opts) > 64 {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range opts {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// WithDoc returns r with its Doc set.
func (r Rule) WithDoc(doc string) Rule {
	r.Doc = doc
	return r
}

// String describes the rule: its name and what it matches.
func (r Rule) String() string {
	var what string
	switch r.kind {
	case ruleTags:
		what = "elements " + strings.Join(r.values, ", ")
	case ruleClasses:
		what = "class " + strings.Join(r.values, ", ")
	case ruleIDs:
		what = "id " + strings.Join(r.values, ", ")
	case ruleIDPrefixes:
		what = "id starting " + strings.Join(r.values, ", ")
	case ruleComments:
		what = "comments"
	case ruleCommentRegion:
		what = fmt.Sprintf("from comment %q to comment %q", r.values[0], r.values[1])
	case ruleHidden:
		what = "hidden elements"
	case rulePixels:
		what = "tracking pixels"
	case ruleURLSchemes:
		what = "URLs with scheme " + strings.Join(r.values, ", ")
	case ruleFunc:
		what = "elements matching a function"
	case ruleText:
		what = "paragraphs matching a nil pattern"
		if r.re != nil {
			what = "paragraphs matching " + r.re.String()
		}
		if r.max > 0 {
			what = fmt.Sprintf("paragraphs of at most %d characters matching %s", r.max, r.re.String())
		}
	case ruleCreditClasses:
		what = "credit lines in class " + strings.Join(r.values, ", ")
	case ruleCredits:
		what = "credit lines anywhere in the body"
	case ruleRepeatedTitle:
		what = "a first paragraph that repeats the title"
	case ruleArticle:
		what = "on a full page, what lies outside the article"
	case ruleArticleIn:
		what = "on a full page of " + r.site + ", the article is in " + strings.Join(r.values, ", ")
	case ruleLinkLists:
		what = "on a full page, paragraphs that are mostly links"
	case ruleChrome:
		what = "on a full page, elements in the article whose class or id names page chrome"
	case ruleNavLinks:
		what = "on a full page, a link back to the site that ends a paragraph of the article"
	case ruleSummaryBox:
		what = "on a full page, a summary box at the article's start that the article restates"
	case ruleTail:
		what = fmt.Sprintf("paragraphs matching %s and the lines of text of at most %d characters after them, up to another kind of paragraph, a longer line, a sentence or a credit line", r.re, r.max)
	case ruleCreditLabels:
		what = "credit labels " + strings.Join(r.values, ", ")
	}
	return r.Name + ": " + what
}

// DropTags drops elements by tag name, with all they contain.
func DropTags(name string, tags ...string) Rule {
	return Rule{Name: name, kind: ruleTags, values: lower(tags)}
}

// DropClasses drops elements that have one of the classes.
func DropClasses(name string, classes ...string) Rule {
	return Rule{Name: name, kind: ruleClasses, values: classes}
}

// DropIDs drops elements whose id is one of ids.
func DropIDs(name string, ids ...string) Rule {
	return Rule{Name: name, kind: ruleIDs, values: ids}
}

// DropIDPrefixes drops elements whose id starts with one of the prefixes.
func DropIDPrefixes(name string, prefixes ...string) Rule {
	return Rule{Name: name, kind: ruleIDPrefixes, values: prefixes}
}

// DropComments drops HTML comments and reports them. A comment is never
// body text: without such a rule in the policy it is dropped all the
// same, unreported.
func DropComments(name string) Rule {
	return Rule{Name: name, kind: ruleComments}
}

// DropBetweenComments drops everything from a comment containing start to
// the next comment containing end. The region also ends where the element
// holding the start comment ends, so a missing end comment cannot swallow
// the rest of the article.
func DropBetweenComments(name, start, end string) Rule {
	return Rule{Name: name, kind: ruleCommentRegion, values: []string{start, end}}
}

// DropHidden drops elements hidden from the reader: the hidden attribute,
// or an inline style with display:none or visibility:hidden.
func DropHidden(name string) Rule {
	return Rule{Name: name, kind: ruleHidden}
}

// DropPixels drops tracking pixels: images at most 1×1 pixel by their
// width and height attributes or inline style.
func DropPixels(name string) Rule {
	return Rule{Name: name, kind: rulePixels}
}

// DropURLSchemes drops link and image URLs with one of the schemes (such
// as "javascript" or "data"). A link keeps its text but loses its mark;
// an image with no other URL is dropped.
func DropURLSchemes(name string, schemes ...string) Rule {
	return Rule{Name: name, kind: ruleURLSchemes, values: lower(schemes)}
}

// DropIf drops elements for which match returns true. The [Element] is
// valid only during the call. A panic in match goes on through [Parse],
// which does not take it for a fault of its own.
func DropIf(name string, match func(*Element) bool) Rule {
	return Rule{Name: name, kind: ruleFunc, match: match}
}

// DropParagraphs drops paragraphs (of every kind but images and tables)
// whose normalized text re matches. The match may be anywhere in the
// text, as [regexp.Regexp.MatchString] finds it: anchor the pattern (^…$)
// to match the whole paragraph, so that a word in a sentence of the
// article cannot remove it. Use it for boilerplate that no markup tells
// apart.
func DropParagraphs(name string, re *regexp.Regexp) Rule {
	r := Rule{Name: name, kind: ruleText, re: re}
	if re != nil && compiled(re) {
		r.starts = anchoredStarts(re)
		if needs := requiredLiterals(re); needs != nil {
			r.needs, r.need = newLiterals(needs), needs
		}
		for _, clauses := range requiredBranches(re) {
			var alt []*literals
			for _, c := range clauses {
				alt = append(alt, newLiterals(c))
			}
			r.alts = append(r.alts, alt)
		}
		r.max = maxRunes(re)
		r.maxOfPattern = r.max > 0
		r.branches, r.branchNeeds = splitBranches(re)
		r.numberSets()
	}
	return r
}

// DropTail drops a paragraph that re matches, and after it every line of
// text (KindText) of at most maxRunes characters: the buttons and labels
// a page prints after a mark that ends its article (预览时标签不可点 on
// WeChat, then 阅读原文, 知道了, 取消, 允许, 视频, 小程序, 赞, 在看…). The run
// ends, and the paragraph stays, at the first longer line, sentence (a
// text of four characters or more ending with 。！？), line that opens
// with a credit label, heading, list item, quote or table; images neither
// end it nor are dropped. A policy may hold several DropTail rules; the
// first whose mark a paragraph matches starts a run.
func DropTail(name string, re *regexp.Regexp, maxRunes int) Rule {
	r := Rule{Name: name, kind: ruleTail, re: re, max: maxRunes}
	if re != nil && compiled(re) {
		r.mark, r.starts = headOf(re), anchoredStarts(re)
	}
	return r
}

// dropShortParagraphs is DropParagraphs for paragraphs of at most
// maxRunes runes: the bound that a pattern could only write as slow
// bounded repeats.
func dropShortParagraphs(name string, maxRunes int, re *regexp.Regexp) Rule {
	r := DropParagraphs(name, re)
	r.max, r.maxOfPattern = maxRunes, false
	return r
}

// CreditClasses marks elements with one of the classes as credit lines:
// their text is read into [Credits] instead of the body. Text with no
// credit label is read as author names ("温戈，"); text that does not read
// as credits at all stays in the body.
func CreditClasses(name string, classes ...string) Rule {
	return Rule{Name: name, kind: ruleCreditClasses, values: classes}
}

// LiftCredits moves paragraphs that are nothing but credit lines (原标题,
// 来源, 作者, 记者, 编辑, 责任编辑, 校对…) from the body into [Credits],
// wherever they stand. Without it, only [CreditClasses] elements are read
// as credits.
func LiftCredits(name string) Rule {
	return Rule{Name: name, kind: ruleCredits}
}

// CreditLabels adds labels to the credit grammar: a line "label：names"
// (or "label names", or "outlet label names") is then read as credits of
// field, such as CreditLabels("labels-zhiban", CreditEditor, "值班编辑").
// The built-in labels include those listed with the fields of [Credits];
// a label here that is also built in takes this field.
func CreditLabels(name string, field CreditField, labels ...string) Rule {
	r := Rule{Name: name, kind: ruleCreditLabels, values: labels, field: field}
	if field > CreditOriginalTitle {
		r.values = nil // check reports it
	}
	return r
}

// DropRepeatedTitle drops the first paragraph of the body, images aside,
// when it is a text or heading paragraph whose text is [Meta.Title] (the
// front matter's or the page's title): scraped bodies often repeat the
// headline.
func DropRepeatedTitle(name string) Rule {
	return Rule{Name: name, kind: ruleRepeatedTitle}
}

// KeepArticle keeps, of a full web page, only its article: the
// container that an [ArticleIn] rule names, or else the block element
// whose paragraphs read most like an article and least like links and
// chrome (text and punctuation against link text, class and id names).
// Everything outside it — navigation, breadcrumbs, headers, footers,
// sidebars, related lists, comments — is dropped under this rule's name.
// It does nothing to posts and bodies. Without it a page is kept whole.
func KeepArticle(name string) Rule {
	return Rule{Name: name, kind: ruleArticle}
}

// ArticleIn names the element that holds the article on a site's pages,
// by selectors of the form "tag#id", "#id", "tag.class" or ".class". On a
// page of the site — its URL (from [WithBaseURL], <base>, the canonical
// link or og:url) is site or a subdomain of it — the element with the
// most text the selectors match is the article for [KeepArticle], instead
// of the one its scorer would choose. On a page whose URL is unknown, only
// the id selectors apply: class names are shared between sites, ids such
// as "artibody" are not.
func ArticleIn(name, site string, selectors ...string) Rule {
	r := Rule{Name: name, kind: ruleArticleIn, values: selectors, site: strings.ToLower(trimSpace(site))}
	if r.site == "" {
		r.values = nil // check reports it: a site pack names its site
		return r
	}
	for _, s := range selectors {
		tag, rest, byID := strings.Cut(s, "#")
		if !byID {
			var byClass bool
			tag, rest, byClass = strings.Cut(s, ".")
			if !byClass {
				rest = ""
			}
		}
		if rest == "" || strings.ContainsAny(rest, ".# ") || strings.ContainsAny(tag, ".# ") {
			r.values = nil // check reports it: no selector of this form
			return r
		}
	}
	return r
}

// selectorTag reports whether an ArticleIn rule's selector ending in
// key ("#id" or ".class") allows the tag a.
func (r *Rule) selectorTag(a atom.Atom, key string) bool {
	for _, sel := range r.values {
		if tag, ok := strings.CutSuffix(sel, key); ok && (tag == "" || atom.Lookup([]byte(tag)) == a) {
			return true
		}
	}
	return false
}

// DropLinkLists drops, in the article of a full page, paragraphs whose
// text is mostly link text: lists of related or recommended articles,
// tag and navigation lines.
func DropLinkLists(name string) Rule {
	return Rule{Name: name, kind: ruleLinkLists}
}

// DropChrome drops, in the article of a full page, what elements hold
// whose class or id names page chrome: share bars, comments, related and
// recommended lists, QR-code promotions, tag lists, pagination.
func DropChrome(name string) Rule {
	return Rule{Name: name, kind: ruleChrome}
}

// DropNavLinks drops, in the article of a full page, a link that ends a
// paragraph and whose text is a button back to the site rather than a
// word of the article (返回搜狐，查看更多, 返回腾讯网首页>>, 返回首页): the
// link and the text it holds are cut from the paragraph, or the
// paragraph is dropped when it is nothing else.
func DropNavLinks(name string) Rule {
	return Rule{Name: name, kind: ruleNavLinks}
}

// DropSummaryBox drops, at the start of the article of a full page, a
// summary box that the article restates: a box named a summary by its
// label (划重点：, 摘要：, 导读：, 核心提示：) or by its element's class or id
// (div.introduction, div.summary), at least 80% of whose character
// pairs the rest of the article holds. A box the article does not
// restate (a standfirst with facts of its own) stays.
func DropSummaryBox(name string) Rule {
	return Rule{Name: name, kind: ruleSummaryBox}
}

// summaryLabelRe is the label of a summary box, alone on its line or
// before the summary: 划重点：, 【摘要】, 核心提示：.
var summaryLabelRe = regexp.MustCompile(`^[【\[]?(?:划重点|劃重點|本文摘要|文章摘要|摘要|导读|導讀|导语|導語|内容提要|內容提要|提要|核心提示|要点|要點|本文要点|重点速览|重點速覽|太长不看版?|太長不看版?)[】\]]?\s*[：:]?`)

// navLinkRe is the text of a link back to a site's home or channel:
// 返回搜狐，查看更多, 返回腾讯网首页>>, 回到首頁.
var navLinkRe = regexp.MustCompile(`^(?:返回|回到)\S{0,12}?(?:(?:首页|首頁|主页|主頁|频道|頻道)\s*(?:>>|>|》|»)?|[，,]\s*查看更多\s*(?:>>|>|》|»)?)$`)

func lower(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = strings.ToLower(v)
	}
	return out
}

// Element is the start tag of an HTML element, as a [DropIf] rule sees it.
// It is valid only during the call.
type Element struct {
	tag   string
	attrs []attr
}

type attr struct{ key, val []byte }

// Tag returns the lower-case tag name.
func (e *Element) Tag() string { return e.tag }

// Attr returns the value of the attribute key (lower case) and whether
// the element has it.
func (e *Element) Attr(key string) (string, bool) {
	if v, ok := e.attr(key); ok {
		return string(v), true
	}
	return "", false
}

// HasClass reports whether the element's class attribute holds class.
func (e *Element) HasClass(class string) bool {
	v, _ := e.attr("class")
	for c := range fields(v) {
		if string(c) == class {
			return true
		}
	}
	return false
}

func (e *Element) attr(key string) ([]byte, bool) {
	for _, a := range e.attrs {
		if string(a.key) == key {
			return a.val, true
		}
	}
	return nil, false
}

// Patterns of the presets' paragraph rules, compiled once: a
// *regexp.Regexp is safe for concurrent use and never changes.
var (
	// The patterns below bound a paragraph's length with the rule's
	// maxRunes, not with bounded repeats (.{0,200} is two hundred states
	// for the matcher at every character).
	disclaimerRe = regexp.MustCompile(`^(?:(?:免责|免責|特别|特別|平台|版权|版權)(?:声明|聲明)[：:].*|` +
		`(?:声明|聲明)[：:].*(?:投资建议|投資建議|入市需谨慎|投资需谨慎|版权归|版權歸|仅供参考|僅供參考|不构成|不構成).*|` +
		`.*(?:不代表|并不表明|並不代表|不代表本|仅代表|僅代表).{0,20}(?:观点|觀點|立场|立場).*|` +
		`.*未[经經].{0,12}(?:许可|許可|授权|授權).{0,6}(?:不得|禁止|严禁|嚴禁|请勿|請勿).{0,4}(?:转载|轉載|使用|复制|複製|摘编|摘編).*|` +
		`.*本文为.{0,30}(?:上传|上傳)并?发布.*)$`)
	// footerLineRe is a footer line standing alone: footerText in a line
	// of at most 360 characters.
	footerLineRe = regexp.MustCompile(`^.*(?:违法和不良信息举报|違法和不良資訊舉報|ICP备|ICP證|ICP证|网安备|網安備|互联网新闻信息服务许可|` +
		`(?i:copyright\s*(?:©|\(c\))?\s*\d{4})|©\s*\d{4}|版权所有|版權所有).*$`)
	// promoRe is a call to get an app, follow an account or scan a QR code.
	// A QR code the page points at ("扫描下方二维码", "长按识别文末二维码")
	// is one anywhere in a short paragraph: prose never says where on
	// the page a code is.
	promoRe = regexp.MustCompile(`^[^。]*(?:下载|下載|安装|安裝|打开|打開|关注|關注|扫码|掃碼|扫描|掃描)[^。]{0,12}` +
		`(?:客户端|客戶端|APP|App|app|应用程序|應用程序|公众号|公眾號|二维码|二維碼)[^。]*$|` +
		// 想生活更精明，請讚好TOPick Facebook: a call to like or follow the
		// site's page on a social network.
		`^[^。]*(?:讚好|赞好|按讚|按赞|點讚|点赞|追蹤|追踪|關注|关注)[^。]{0,20}(?i:facebook|fb|instagram|ig|youtube|專頁|专页|粉絲團|粉丝团)[^。]*$|` +
		// 相关资讯请关注:逆水寒专区, 更多精彩内容请访问…: a pointer to more of
		// the site.
		`^(?:更多|相关|相關|欲了解更多)[^。，]{0,10}(?:请|請)(?:关注|關注|点击|點擊|访问|訪問|进入|進入|浏览|瀏覽)[^。]*$|` +
		// Unanchored, as a look anywhere: ^.*….*$ costs the backtracker
		// every start and every end.
		`(?s)(?:扫描|掃描|扫|掃|长按|長按|识别|識別)(?:下方|下图|下圖|下面|上方|文末|图中|圖中)的?(?:二维码|二維碼|小程序码|小程序碼)|` +
		// 关注它，看新鲜热辣的财经讯息: a call to follow the account, in a line
		// that is no sentence.
		`^[^。]{0,20}(?:关注|關注)(?:它|我们|我們|我|本号|本號)(?:[，,：:!！ ][^。]*)?$|` +
		// 喜欢这篇文章？去 App 商店搜: a call to get the app.
		`^.*(?:去|到)\s*(?:App|APP|app)\s*(?:商店|Store|store)\s*(?:搜|下载|下載).*$|` +
		// 更多内容，点击下方关注; ↓点击下方图片购买…↓: a click the page points
		// at, in a line that is no sentence.
		`^[^。]*(?:点击|點擊)(?:下方|下图|下圖|下面|上方|文末|左下角|蓝字|藍字)[^。]{0,8}(?:关注|關注|购买|購買|订阅|訂閱|加入|阅读|閱讀|下载|下載|报名|報名|收听|收聽|观看|觀看|进入|進入)[^。]*$|` +
		// 点点 在看，做自己生活的大甲方👇, 点个赞再走: WeChat's call to tap
		// "在看" or like; 点击跳转专题: a link's button.
		`^[^。]{0,20}(?:点个|點個|点点|點點|点亮|點亮|点一下|點一下)\s*(?:在看|赞|讚)[^。]*$|` +
		`^[^。]*(?:点击|點擊)(?:跳转|跳轉)[^。]*$`)
	// listHeaderRe is a line that heads a list of other articles, or a
	// button: 相关阅读, 延伸阅读, 本期更多精彩, 返回搜狐，查看更多, 阅读原文,
	// 返回列表页.
	listHeaderRe = regexp.MustCompile(`^(?:本期|本週|本周|本刊)?\s*(?:相关|相關|延伸|推荐|推薦|热门|熱門|精彩|热点|熱點|更多|往期|猜你|猜妳)(?:阅读|閱讀|推荐|推薦|新闻|新聞|报道|報導|文章|视频推荐|視頻推薦|视频|視頻|喜欢|喜歡|精彩|日志|日誌|链接|鏈接|連結)[：:]?$|` +
		`^(?:阅读下一篇|閱讀下一篇|下一篇|上一篇|阅读原文|閱讀原文|查看原文|点击查看原文|返回顶部|返回頂部|返回列表页?|返回列表頁|返回目录|返回目錄|返回上一?页|返回上一?頁|返回搜狐，查看更多|打开APP阅读全文|展开全文|展開全文|大家都在看|大家都在看什么|大家都在看什麼|大家都在讨论|大家都在討論|(?:观看|觀看)更多(?:精彩)?(?:视频|視頻|内容|內容))[：:>》]?$`)
	// wechatUIRe is a line of WeChat's page around an article, copied with
	// it from the browser: its prompts and buttons (预览时标签不可点, 轻触阅读原文,
	// 继续滑动看下一个, ，轻点两下取消赞, 微信扫一扫可打开此内容，), none of them words
	// an article prints alone on a line.
	// wechatTailRe is the mark WeChat prints after an article: what follows
	// it on the page is buttons and labels (see DropTail).
	wechatTailRe = regexp.MustCompile(`^(?:预览时标签不可点|預覽時標籤不可點)$`)
	wechatUIRe   = regexp.MustCompile(`^(?:预览时标签不可点|預覽時標籤不可點|微信扫一扫|微信掃一掃|微信扫一扫可打开此内容[，,]?|微信扫一扫关注该公众号|` +
		`使用完整服务|继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|向上滑動看下一個|轻触阅读原文|輕觸閱讀原文|` +
		`[，,]?轻点两下取消(?:赞|在看)|[，,]?輕點兩下取消(?:讚|在看)|使用小程序|长按识别前往小程序)$`)
	// feedbackRe is a widget that asks the reader to rate the article, or
	// thanks them for it (這篇文章對您是否有幫助？, 感謝您提供寶貴的意見！), or a
	// line of a template the page never filled in ([SURVEY-Y]%有幫助).
	feedbackRe = regexp.MustCompile(`^(?:这篇|這篇|本篇|本)?(?:文章|内容|內容|报道|報導)?(?:对|對)(?:您|你|妳)(?:是否)?有(?:帮助|幫助)(?:吗|嗎)?[？?]?$|` +
		`^(?:感谢|感謝)(?:您|你|妳)?(?:提供)?的?(?:宝贵|寶貴)?的?(?:意见|意見|反馈|反饋|回饋)[！!。]?$|` +
		`^\[[A-Z]{3,}-[A-Z0-9]{1,8}\]%|` +
		`^(?:顶一下|頂一下|踩一下|顶|頂|踩)(?:\s*[（(]\d+[）)])?$`)
	jinqilinRe = regexp.MustCompile(`^炒股就看金麒麟分析师研报`)
	// suicideNoticeRe is the notice that papers, in Taiwan and Hong Kong
	// above all, set under a story of a suicide: a word of suicide or of
	// cherishing life, then a hotline's name and its number
	// (自殺防治諮詢安心專線：0800-788995, 生命線協談專線：1995, 撒瑪利亞
	// 防止自殺會熱線：2389 2222, 心理援助热线 400-161-9995).
	// It looks anywhere in the paragraph, unanchored: ^.*…$ would cost
	// the backtracker every start and every end.
	suicideNoticeRe = regexp.MustCompile(`(?:自殺|自杀|輕生|轻生|尋短|寻短|珍惜生命|生命線|生命线)(?s:.*)` +
		`(?:專線|专线|熱線|热线|熱綫|热綫)\s*[：:]?\s*[（(]?\d[\d\s()（）-]{2,}`)
	// widgetRe is the label of a page's widget standing alone as a line:
	// a like counter, a gallery link, a share button, a player's switch
	// and its loading line, a slideshow's arrows.
	widgetRe = regexp.MustCompile(`^(?:[+＋]1|图集|圖集|(?i:facebook|twitter|line|plurk|weibo|email)|分享|分享到[：:]?|` +
		`转播到腾讯微博|轉播到騰訊微博|收藏|打印|列印|点赞|點讚|推荐|推薦|自动播放开关(?:自动播放)?|自動播放開關(?:自動播放)?|` +
		`正在加载[.。…]*|正在載入[.。…]*|加载中[.。…]*|載入中[.。…]*|扫一扫在手机打开当前页|掃一掃在手機打開當前頁|[<>‹›«»](?:\s*[<>‹›«»])*)$`)
	// pageNumberRe is a page's number alone on its line, as text copied
	// from a PDF or a printed document keeps it: -3-, — 12 —, 第3页, 第 3 页
	// 共 12 页, and a chapter's page, 1-11, as listed companies' filings
	// number their pages.
	pageNumberRe = regexp.MustCompile(`^(?:[-—–－]\s?\d{1,4}\s?[-—–－]|\d{1,2}-\d{1,4}|第\s?\d{1,4}\s?[页頁](?:\s?[，,/]?\s?共\s?\d{1,4}\s?[页頁])?)$`)
	// endMarkRe is an editor's mark standing alone in brackets: the end
	// of the text, or a note that it is an excerpt or goes on elsewhere.
	// END between dashes (- THE END -, —END—) marks the end too.
	endMarkRe = regexp.MustCompile(`^[（(【\[](?:完|全文完|本文完|待续|待續|未完待续|未完待續|节录|節錄|节选|節選|摘录|摘錄|摘编|摘編)[）)】\]]$|^[-—–=]+\s?(?:THE\s|The\s)?(?:END|End)\s?[-—–=]+$`)
)

// Page furniture among images: the words of class, id and name
// attributes, and of image file names, that name the controls and marks
// of a page's template rather than a picture of the article.
var (
	// furnitureWord anywhere in a class, id, name or file name: a logo,
	// an icon, a button, a share or zoom control.
	furnitureWord = regexp.MustCompile(`(?:^|[^a-z])(?:logo|icons?|ico|favicon|btn|button|arrow|share|zoom|enlarge)(?:$|[^a-z])`)
	// controlWords are the file names made only of the words of a pager's
	// or slideshow's controls: next_page.jpg, left.jpg, dot1.png.
	controlWords = map[string]bool{"left": true, "right": true, "prev": true, "previous": true, "next": true, "page": true,
		"dot": true, "dots": true, "up": true, "down": true, "top": true, "close": true, "more": true, "play": true,
		"pause": true, "back": true, "first": true, "last": true}
	// sizeAt is an image's size written in its file name (_w16_h16,
	// 16x16), read from where it starts (see sizeInName).
	sizeAt = regexp.MustCompile(`^(?:w(\d{1,4})[_-]?h(\d{1,4})|(\d{1,4})x(\d{1,4}))(?:$|[^0-9])`)
	// furnitureAlt is the alt or title text of a control: 放大圖片, 下一页,
	// 返回光明网首页, and a plugin's spinner and star (Loading, Favorite).
	furnitureAlt = regexp.MustCompile(`^(?:(?i:logo|loading|loading\.\.\.|favorite|favourite)|放大|放大图片|放大圖片|查看大图|查看大圖|下一页|下一頁|上一页|上一頁|返回顶部|返回頂部|` +
		`分享|分享到.*|返回.{0,8}(?:首页|首頁)|加载中|載入中|收藏)$`)
)

// maxIconSide is the largest width and height, in pixels, of an image
// that is an icon: a share button, a logo in the byline, a favicon.
const maxIconSide = 32

// isFurnitureImage reports whether an <img> is a control or mark of the
// page's template: an icon by its size (width and height attributes, or
// a size in its file name, of at most maxIconSide pixels), a logo, icon
// or button by its class, id, name or file name (content_logo.png,
// favicon.ico, class="icon", id="left_button"), a pager's or
// slideshow's control by its file name alone (next_page.jpg, left.jpg,
// dot1.png), or a control by its alt or title (放大圖片, 下一页).
func isFurnitureImage(e *Element) bool {
	if e.tag != "img" {
		return false
	}
	w, okW := e.attr("width")
	h, okH := e.attr("height")
	if okW && okH && iconSide(w) && iconSide(h) {
		return true
	}
	for _, key := range [...]string{"class", "id", "name"} {
		if v, ok := e.attr(key); ok && hasFurnitureWord(string(lowerASCII(v))) {
			return true
		}
	}
	for _, key := range [...]string{"alt", "title"} {
		if v, ok := e.attr(key); ok && len(v) > 0 && isFurnitureAlt(bytes.TrimSpace(v)) {
			return true
		}
	}
	// The URL the image will show, as the image reader picks it: a lazy
	// image's src is a placeholder.
	for _, key := range lazySrc {
		if v, ok := e.attr(key); ok && len(bytes.TrimSpace(v)) > 0 {
			return furnitureFile(trimSpace(string(v)))
		}
	}
	return false
}

// furnitureNeeds are the texts one of which every match of furnitureWord
// holds, read from the pattern (see prefilterOf): a name with none needs
// no pattern.
var furnitureNeeds = prefilterOf(furnitureWord)

// hasFurnitureWord reports whether furnitureWord matches s, a class, id,
// name or file name in lower case.
func hasFurnitureWord(s string) bool {
	return (furnitureNeeds == nil || furnitureNeeds.in(s)) && furnitureWord.MatchString(s)
}

// furnitureAltFirst are the runes a match of furnitureAlt starts with, as
// [lo, hi] pairs: an alt text, often a whole caption, that starts with
// another needs no pattern (which costs in proportion to the text).
var furnitureAltFirst = firstRunes(furnitureAlt)

// isFurnitureAlt reports whether furnitureAlt matches b.
func isFurnitureAlt(b []byte) bool {
	if r, _ := utf8.DecodeRune(b); furnitureAltFirst != nil && !inRanges(r, furnitureAltFirst) {
		return false
	}
	return furnitureAlt.Match(b)
}

// sizeInName returns the groups of the first size written in an image's
// file name, name in lower case: the name's start or a rune that is
// neither a-z nor 0-9, then w16_h16 or 16x16, then no digit. It runs sizeAt
// from each place a size may start, first to last: most names (a hash, a
// date) hold one such place or none, and a pattern that looks for the
// size anywhere tries every byte of the name.
func sizeInName(name string) []string {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c != 'w' && !isDigitByte(c) {
			continue
		}
		if i > 0 && ('a' <= name[i-1] && name[i-1] <= 'z' || isDigitByte(name[i-1])) {
			continue
		}
		// What a match needs at its start, looked at before the pattern
		// runs: a digit after w, or one to four digits and an x.
		if c == 'w' {
			if i+1 == len(name) || !isDigitByte(name[i+1]) {
				continue
			}
		} else {
			j := i
			for j < len(name) && j-i <= 4 && isDigitByte(name[j]) {
				j++
			}
			if j-i > 4 || j == len(name) || name[j] != 'x' {
				continue
			}
		}
		// sizeAt reads at most maxSizeAt bytes: the pattern sees no
		// more, and its matcher's state grows with the text it is given.
		if m := sizeAt.FindStringSubmatch(name[i:min(len(name), i+maxSizeAt)]); m != nil {
			return m
		}
	}
	return nil
}

// maxSizeAt is the most bytes a match of sizeAt reads: w1234-h1234 and the
// byte after it. A rune cut there reads as U+FFFD, which [^0-9] matches
// as it matches the whole rune; the whole match may then end in a cut
// rune, and only the groups are read.
const maxSizeAt = len("w1234-h1234") + 1

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// lowerASCII returns b with its ASCII letters in lower case, b itself
// when it has no upper-case letter.
func lowerASCII(b []byte) []byte {
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			return bytes.ToLower(b)
		}
	}
	return b
}

// furnitureFile reports whether an image URL's file name names page
// furniture (see isFurnitureImage).
func furnitureFile(src string) bool {
	// The query and the fragment off: two IndexByte calls, which read many
	// bytes a step, where IndexAny reads one.
	if i := strings.IndexByte(src, '#'); i >= 0 {
		src = src[:i]
	}
	if i := strings.IndexByte(src, '?'); i >= 0 {
		src = src[:i]
	}
	name := strings.ToLower(src[strings.LastIndexByte(src, '/')+1:])
	if strings.HasSuffix(name, ".ico") {
		return true
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if name == "" {
		return false
	}
	if m := sizeInName(name); m != nil {
		a, b := m[1]+m[3], m[2]+m[4]
		if iconSide([]byte(a)) && iconSide([]byte(b)) {
			return true
		}
	}
	if hasFurnitureWord(name) {
		return true
	}
	// Every word of the name a control's: next_page, left, dot1.
	words := 0
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if !controlWords[w] {
			return false
		}
		words++
	}
	return words > 0
}

// iconSide reports whether a width or height attribute is more than a
// tracking pixel's (DropPixels) and at most maxIconSide pixels.
func iconSide(v []byte) bool {
	v = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("px")))
	n, err := strconv.Atoi(string(v))
	return err == nil && n > 1 && n <= maxIconSide
}

// defaultPolicy is the policy Parse uses without WithPolicy. It is built
// once and only ever read.
var defaultPolicy = sync.OnceValue(DefaultPolicy)

// GenericPolicy returns a fresh policy with the rules every portal needs.
func GenericPolicy() *Policy {
	return NewPolicy().Add(
		DropComments("comment").WithDoc("HTML comments are not content; portals hide ad lists, keyword lists and editor notes in them"),
		DropTags("script", "script", "noscript", "template").WithDoc("scripts and their fallbacks"),
		DropTags("style", "style").WithDoc("style sheets"),
		DropTags("embed", "iframe", "frame", "frameset", "object", "embed", "applet").WithDoc("embedded documents and plug-ins"),
		DropTags("media", "video", "audio", "canvas").WithDoc("players and drawings: their text is a fallback message"),
		DropTags("form-control", "button", "select", "input", "textarea").WithDoc("form controls"),
		DropTags("page-title", "title").WithDoc("the <title> of a page is metadata, not body"),
		DropHidden("hidden").WithDoc("elements the reader never sees"),
		DropPixels("tracking-pixel").WithDoc("1×1 images that count readers"),
		DropURLSchemes("unsafe-url", "javascript", "vbscript", "data").WithDoc("URLs that run code or inline data instead of linking"),
		dropShortParagraphs("disclaimer", 420, disclaimerRe).
			WithDoc("investment, copyright and platform disclaimers standing as a paragraph of their own (声明：数据宝所有资讯内容不构成投资建议…, 免责声明：本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场, 未经授权不得转载)"),
		dropShortParagraphs("suicide-notice", 300, suicideNoticeRe).
			WithDoc("the suicide-prevention notice set under stories of a suicide, with its hotlines (《蘋果》關心你 … 自殺防治諮詢安心專線：0800-788995, 生命線協談專線：1995): a paragraph of at most 300 characters that speaks of suicide and gives a hotline's number"),
		dropShortParagraphs("app-promo", 170, promoRe).
			WithDoc("short calls to get an app, follow an account or scan a QR code, or to click where the page points (安装新浪财经客户端第一时间接收…, 下載法廣應用程序跟蹤國際時事, 扫描二维码关注, 扫描下方二维码关注苹果汇官方微信, 更多内容，点击下方关注)"),
		dropShortParagraphs("list-header", 20, listHeaderRe).
			WithDoc("a line alone that heads a list of other articles or is a button: 相关阅读, 延伸阅读, 热门推荐, 大家都在看, 阅读原文, 返回搜狐，查看更多"),
		dropShortParagraphs("feedback-widget", 40, feedbackRe).
			WithDoc("a widget that asks the reader to rate the article or thanks them (這篇文章對您是否有幫助？, 感謝您提供寶貴的意見！), lines of a template the page never filled in ([SURVEY-Y]%有幫助), and the button to vote an article up or down (顶一下, 踩)"),
		DropTail("wechat-tail", wechatTailRe, 12).
			WithDoc("the end of a WeChat article's page copied with it: 预览时标签不可点, which WeChat prints after the article, and the buttons and labels after it, lines of text of at most 12 characters (阅读原文, 关注该公众号, the account's name, 知道了, 取消, 允许, 视频, 小程序, 赞, 在看, 留言, 听过, lone commas)"),
		dropShortParagraphs("wechat-ui", 24, wechatUIRe).
			WithDoc("a line of WeChat's page copied with an article: its prompts and buttons (轻触阅读原文, 继续滑动看下一个, ，轻点两下取消赞, and 预览时标签不可点 where no wechat-tail rule takes it)"),
		dropShortParagraphs("end-mark", 12, endMarkRe).
			WithDoc("an editor's mark alone in brackets: （完）, （全文完）, （待续）, （節錄）, （摘编）, or END between dashes (- THE END -, —END—); in a paragraph of text it stays"),
		dropShortParagraphs("page-number", 16, pageNumberRe).
			WithDoc("a page's number alone on its line, left in text copied from a PDF or print: -3-, — 12 —, 1-11, 第3页, 第 3 页 共 12 页"),
		LiftCredits("credits").WithDoc("credit lines (原标题：…, 来源：…, 编辑 辛婧, 本报记者 …) go to Document.Credits"),
		DropRepeatedTitle("repeated-title").WithDoc("a first paragraph that repeats the headline word for word (4 of the 62 Sina posts)"),
	)
}

// SinaPolicy returns a fresh policy with the rules for Sina Finance
// article bodies, each found in the corpus the project tests on.
func SinaPolicy() *Policy {
	return NewPolicy().Add(
		DropClasses("sina-qr", "app-kaihu-qr", "appendQr_wrap", "app-qihuo-kaihu-qr").
			WithDoc(`QR-code and app promotions at the end of the body (div.app-kaihu-qr "扫二维码，3分钟极速开户", div.appendQr_wrap "海量资讯、精准解读，尽在新浪财经APP")`),
		DropIDs("sina-qr-id", "app-kaihu-qr", "app-qihuo-kaihu-qr").
			WithDoc("the same promotions, marked by id"),
		DropBetweenComments("sina-qr-region", "开户二维码 start", "开户二维码 end").
			WithDoc("the comment markers around the account-opening QR block"),
		DropIDPrefixes("sina-quote", "quote_").
			WithDoc(`price placeholders after a stock mention (<span id="quote_sz000931"></span>), filled by a script`),
		DropClasses("sina-video", "artical-player-wrap", "video-2017").
			WithDoc("video players, which hold no article text"),
		DropIDPrefixes("sina-video-list", "videoList").
			WithDoc("video list placeholders (div#videoList0)"),
		DropClasses("sina-related", "fin_reference").
			WithDoc(`"related reports" link lists at the top of the body (blockquote.fin_reference "【相关报道】")`),
		DropClasses("sina-research-promo", "jqlblock_cls").
			WithDoc(`research-report promotion links (p.jqlblock_cls "投资研报", "【硬核研报】…")`),
		dropShortParagraphs("sina-jinqilin", 120, jinqilinRe).
			WithDoc(`the 金麒麟 analyst-report promotion, a blockquote with no class ("炒股就看金麒麟分析师研报，权威，专业…")`),
		CreditClasses("sina-editor", "article-editor").
			WithDoc(`the responsible-editor line (p.article-editor "责任编辑：李思阳")`),
		CreditClasses("sina-title-source", "ori_titlesource").
			WithDoc(`the original title and source line (p.ori_titlesource "原标题：… 来源：…")`),
	)
}

// PortalPolicy returns a fresh policy with the rules for the other
// portals in the corpus the project tests on: 证券时报网 and 知乎日报.
func PortalPolicy() *Policy {
	return NewPolicy().Add(
		DropClasses("stcn-disclaimer", "txt_zhu").
			WithDoc(`证券时报网's closing disclaimer (div.txt_zhu "注：本文系新闻报道，不构成投资建议…")`),
		DropClasses("stcn-keywords", "fenlei1", "fenlei2").
			WithDoc("证券时报网's category and keyword lines after the article (div.fenlei1, div.fenlei2)"),
		DropClasses("zhihu-meta", "avatar", "bio", "view-more").
			WithDoc(`知乎日报's answer chrome: the author's avatar and bio, and the "查看知乎讨论" link`),
		CreditClasses("zhihu-author", "author").
			WithDoc(`知乎日报's answer author (span.author "温戈，")`),
	)
}

// PagePolicy returns a fresh policy with the rules for full web pages:
// keep the article, and drop the link lists, chrome and summary box in it.
// Its other rules — nav links at the end of a paragraph, page-furniture
// images, widget labels, footer lines — are seen on pages most but apply
// to every input.
func PagePolicy() *Policy {
	return NewPolicy().Add(
		KeepArticle("outside-article").
			WithDoc("on a full page, everything outside the article's container: navigation, breadcrumbs, headers, footers, sidebars, related lists, comments"),
		DropLinkLists("link-list").
			WithDoc("on a full page, paragraphs of the article that are mostly link text: related and recommended articles, tag lines"),
		DropChrome("page-chrome").
			WithDoc("on a full page, what elements of the article hold whose class or id names chrome: share bars, comments, QR promotions, pagination"),
		DropSummaryBox("summary-box").
			WithDoc("on a full page, a summary box at the start of the article that the article restates: 划重点： with its list, div.introduction (at least 80% of its character pairs are in the rest of the article)"),
		DropNavLinks("nav-link").
			WithDoc("on a full page, a link back to the site that ends a paragraph of the article (返回搜狐，查看更多, 返回腾讯网首页>>): cut from the paragraph"),
		DropIf("page-furniture-image", isFurnitureImage).
			WithDoc("images that are controls or marks of a page's template, not pictures of the article (a DropIf rule: it sees every <img>, in bodies too): icons by their size (width and height of at most 32 pixels, or _w16_h16 in the file name), logos, icons and buttons by their class, id or file name (content_logo.png, favicon.ico, class=\"icon\", id=\"left_button\"), a pager's or slideshow's controls by their file name (next_page.jpg, left.jpg, dot1.png), zoom and pager buttons, spinners and favourite stars by their alt or title (放大圖片, 下一页, Loading, Favorite)"),
		dropShortParagraphs("page-widget", 60, widgetRe).
			WithDoc("a widget's label standing alone as a line: +1, 图集, facebook, 分享到：, 转播到腾讯微博, 推薦, 自动播放开关, 正在加载..., < >, 扫一扫在手机打开当前页"),
		dropShortParagraphs("page-footer", 360, footerLineRe).
			WithDoc("a site's footer line: licences, report lines and copyright (违法和不良信息举报电话：…, 京ICP备…, Copyright © 1997-2021 网易公司版权所有)"),
	)
}

// DefaultPolicy returns a fresh policy: [GenericPolicy], then
// [SinaPolicy], [PortalPolicy], [PagePolicy] and [SitesPolicy].
func DefaultPolicy() *Policy {
	return GenericPolicy().Add(SinaPolicy().rules...).Add(PortalPolicy().rules...).
		Add(PagePolicy().rules...).Add(SitesPolicy().rules...)
}

// sentence reports whether text is a short sentence: at least four
// characters ending with a full stop, a question or exclamation mark
// (正文一句话。), no button's or label's text.
func sentence(text string) bool {
	t := strings.TrimRight(text, "”」』\"' ")
	return runeCount(t) >= 4 && (strings.HasSuffix(t, "。") || strings.HasSuffix(t, "！") || strings.HasSuffix(t, "？") ||
		strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?"))
}
