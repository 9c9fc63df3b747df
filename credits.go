package newsdoc

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditField is where a credit label's value goes.
type creditField uint8

const (
	fieldTitle creditField = iota
	fieldSource
	fieldAuthor
	fieldEditor
	fieldResponsible
	fieldOther
)

// creditLabel is a label that starts a credit. An org label may follow
// the name of a newsroom in the same word ("澎湃新闻记者", "每经编辑").
type creditLabel struct {
	label string
	field creditField
	org   bool
}

// creditLabels, longest first where one is the end of another.
var creditLabels = [...]creditLabel{
	{"原标题", fieldTitle, false},
	{"责任编辑", fieldResponsible, false},
	{"本文来源", fieldSource, false},
	{"文章来源", fieldSource, false},
	{"稿件来源", fieldSource, false},
	{"来源", fieldSource, false},
	{"作者", fieldAuthor, false},
	{"撰文", fieldAuthor, false},
	{"见习记者", fieldAuthor, true},
	{"实习记者", fieldAuthor, true},
	{"特约记者", fieldAuthor, true},
	{"记者", fieldAuthor, true},
	{"通讯员", fieldAuthor, true},
	{"文", fieldAuthor, false},
	{"编辑", fieldEditor, true},
	{"综合自", fieldOther, true},
	{"校对", fieldOther, false},
	{"审核", fieldOther, false},
	{"审校", fieldOther, false},
	{"排版", fieldOther, false},
	{"图表", fieldOther, false},
	{"制图", fieldOther, false},
	{"摄影", fieldOther, false},
	{"摄像", fieldOther, false},
	{"监制", fieldOther, false},
	{"策划", fieldOther, false},
	{"统筹", fieldOther, false},
	{"翻译", fieldOther, false},
	{"编译", fieldOther, false},
}

// creditSeps separate a label from its value.
const creditSeps = "：:|｜丨"

var (
	// staffCode is an editor's staff code after the name ("SF014").
	staffCode = regexp.MustCompile(`^[A-Z]{1,3}\d{2,4}$`)
	// printEdition is a newspaper edition line: 《人民日报海外版》（2021年09月20日 第03版）.
	printEdition = regexp.MustCompile(`^《\s*([^《》]{2,20}?)\s*》\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(第\s*\d+\s*版)\s*[）)]$`)
	// producedBy is a "燃财经出品" line.
	producedBy = regexp.MustCompile(`^(\S{2,12})出品$`)
	// orgThenName splits a newsroom from the name glued to it: 观察者网鞠峰.
	orgThenName = regexp.MustCompile(`^(\p{Han}{2,}?(?:网|报|社|台|刊|新闻|财经))(\p{Han}{2,3})$`)
	// orgWord is a newsroom named before the reporters: 新浪财经, 观察者网.
	orgWord = regexp.MustCompile(`^\p{Han}{2,}(?:网|报|社|台|刊|新闻|财经|日报|时报)$`)
)

// creditSegment is one label and its value words.
type creditSegment struct {
	label creditLabel
	words []string
}

// parseCreditLine reads a paragraph that is nothing but credits, such as
// "原标题：X 来源：Y", "编辑 辛婧", "责任编辑：刘万里 SF014",
// "本报记者 包兴安 见习记者 杨 洁" or "（作者：赵子健）". It returns nil for
// anything else, so a credit word inside a sentence stays in the body.
func parseCreditLine(text string) []creditSegment {
	s := text // normalized: no space at either end
	if s == "" || len(s) > 480 {
		return nil
	}
	s = unwrap(s)
	// A sentence is no credit line; only an original title may hold one.
	if !strings.HasPrefix(s, "原标题") && (strings.Contains(s, "。") || strings.Contains(s, "！") || strings.Contains(s, "？")) {
		return nil
	}
	if strings.IndexByte(s, '\n') >= 0 || utf8.RuneCountInString(s) > 160 {
		return nil
	}
	glued := false
	if t := strings.TrimLeft(s, "►▶■● "); t != s {
		s, glued = t, true
	}
	if strings.HasPrefix(s, "《") {
		if m := printEdition.FindStringSubmatch(s); m != nil {
			return []creditSegment{{label: creditLabel{label: "来源", field: fieldSource},
				words: []string{m[1], squeeze(m[2]), squeeze(m[3])}}}
		}
	}
	if strings.HasSuffix(s, "出品") {
		if m := producedBy.FindStringSubmatch(s); m != nil {
			return []creditSegment{{label: creditLabel{label: "出品", field: fieldOther}, words: []string{m[1]}}}
		}
	}
	// Most paragraphs are sentences: reject them on their first word.
	if first, _, _ := strings.Cut(s, " "); !hasCreditLabel(first) {
		return nil
	}
	var segs []creditSegment
	for _, tok := range strings.Fields(s) {
		if strings.Trim(tok, creditSeps) == "" {
			continue // a separator standing alone: "编辑 | 曹杨"
		}
		// After a title only a label with a separator starts a new
		// segment, so that a word of the title is never taken for one.
		inTitle := len(segs) > 0 && segs[len(segs)-1].label.field == fieldTitle
		if l, _, rest, ok := matchCreditLabel(tok, glued && len(segs) == 0, inTitle); ok {
			seg := creditSegment{label: l}
			if rest != "" {
				seg.words = append(seg.words, rest)
			}
			segs = append(segs, seg)
			continue
		}
		if len(segs) == 0 {
			return nil
		}
		segs[len(segs)-1].words = append(segs[len(segs)-1].words, tok)
	}
	for i := range segs {
		if !segs[i].valid() {
			return nil
		}
	}
	return segs
}

// hasCreditLabel reports whether the first word of a line can start a
// credit: it holds a label near its start (after at most a newsroom's
// name), or is a separator before one.
func hasCreditLabel(word string) bool {
	if strings.Trim(word, creditSeps) == "" {
		return true
	}
	if len(word) > maxOrgBytes {
		word = word[:maxOrgBytes]
	}
	for _, cl := range creditLabels {
		if strings.Contains(word, cl.label) {
			return true
		}
	}
	return false
}

// maxOrgBytes bounds where a label may start in the first word:
// "华夏时报（www.chinatimes.net.cn）记者".
const maxOrgBytes = 96

// unwrap removes brackets around a whole line: （作者：赵子健）, 【责任编辑:薛涛】.
func unwrap(s string) string {
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) {
			inner := s[len(pair[0]) : len(s)-len(pair[1])]
			if !strings.ContainsAny(inner, pair[0]+pair[1]) {
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}

// matchCreditLabel reads tok as [org]label[sep][rest]. The label must end
// the word or be followed by a separator; glued allows "文观察者网鞠峰".
func matchCreditLabel(tok string, glued, needSep bool) (l creditLabel, org, rest string, ok bool) {
	for _, cl := range creditLabels {
		i := strings.Index(tok, cl.label)
		if i < 0 || (i > 0 && !cl.org) {
			continue
		}
		if i > 0 {
			org = tok[:i]
			if utf8.RuneCountInString(org) > 32 || strings.ContainsAny(org, "。！？，；【】“”《》") {
				continue
			}
		}
		rest = tok[i+len(cl.label):]
		r, n := utf8.DecodeRuneInString(rest)
		switch {
		case rest == "":
			if needSep {
				continue
			}
		case strings.ContainsRune(creditSeps, r):
			rest = strings.TrimLeft(rest[n:], creditSeps)
		case glued && cl.label == "文" && i == 0:
		default:
			continue
		}
		return cl, org, rest, true
	}
	return creditLabel{}, "", "", false
}

// valid checks the value of a segment and cleans its words.
func (seg *creditSegment) valid() bool {
	switch seg.label.field {
	case fieldTitle:
		return len(seg.words) > 0
	case fieldSource:
		v := strings.Join(seg.words, " ")
		return v != "" && utf8.RuneCountInString(v) <= 40 && !strings.ContainsAny(v, "。！？；")
	}
	names := creditNames(seg.words)
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		if utf8.RuneCountInString(n) > 24 || strings.IndexFunc(n, notNameRune) >= 0 {
			return false
		}
	}
	seg.words = names
	return true
}

// creditNames turns the words after a label into names: it splits on
// 、，, drops staff codes, "北京报道" and e-mail or web addresses in
// brackets, drops a newsroom standing before other names, and joins
// single characters ("杨 洁" → "杨洁": normalization cannot tell the
// space inside a name from the space between names, and no Chinese name
// has one character).
func creditNames(words []string) []string {
	var out []string
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '、' || r == '，' || r == ',' }) {
			part = stripAddress(part)
			switch {
			case part == "", staffCode.MatchString(part):
				continue
			case strings.HasSuffix(part, "报道") && utf8.RuneCountInString(part) <= 6:
				continue
			}
			if m := orgThenName.FindStringSubmatch(part); m != nil {
				part = m[2]
			}
			out = append(out, part)
		}
	}
	if len(out) > 1 && orgWord.MatchString(out[0]) {
		out = out[1:]
	}
	return joinSingles(out)
}

// stripAddress removes a bracketed e-mail or web address: 余源（andyy1988@126.com）.
func stripAddress(s string) string {
	for _, open := range [...]string{"（", "("} {
		i := strings.Index(s, open)
		if i < 0 {
			continue
		}
		inner := s[i:]
		if strings.ContainsAny(inner, "@") || strings.Contains(inner, "www.") || strings.Contains(inner, "http") {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// notNameRune reports whether r cannot be part of a name: names are
// letters, with · for foreign names and .-' for Latin ones.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !strings.ContainsRune("·•.-'", r)
}

func joinSingles(names []string) []string {
	var out []string
	for i := 0; i < len(names); i++ {
		n := names[i]
		for isSingleHan(n) && i+1 < len(names) && isSingleHan(names[i+1]) {
			n += names[i+1]
			i++
		}
		out = append(out, n)
	}
	return out
}

func isSingleHan(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.Is(unicode.Han, r)
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// isNameList reports whether text is only names, as on the line that
// continues "作者 | 陶陶 马舒叶 侯燕婷".
func isNameList(text string) []string {
	words := strings.Fields(text)
	if len(words) < 2 {
		return nil
	}
	names := joinSingles(words)
	for _, n := range names {
		c := utf8.RuneCountInString(n)
		if c < 2 || c > 3 || strings.IndexFunc(n, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
			return nil
		}
	}
	return names
}

// liftCredits moves credit lines from the body into doc.Credits. With
// the policy's credits rule it reads every paragraph; without it, only
// those inside a CreditClasses element.
func liftCredits(doc *Document, info []paraInfo, pol *Policy, report bool) []paraInfo {
	textRule := pol.ix.credits
	kept := doc.Paragraphs[:0]
	keptInfo := info[:0]
	var last *creditSegment
	for i, p := range doc.Paragraphs {
		credit := int(info[i].credit)
		rule := credit
		if rule == 0 {
			rule = textRule
		}
		if p.Kind != KindText || rule == 0 {
			kept = append(kept, p)
			keptInfo = append(keptInfo, info[i])
			last = nil
			continue
		}
		segs := parseCreditLine(p.Text)
		if segs == nil && credit != 0 {
			segs = unlabelledNames(p.Text)
		}
		if segs == nil && last != nil && last.label.field == fieldAuthor && len(last.words) >= 3 {
			// A long list of authors that wrapped onto a line of its own.
			if names := isNameList(p.Text); names != nil {
				segs = []creditSegment{{label: last.label, words: names}}
			}
		}
		if segs == nil {
			if textRule != 0 {
				liftTrailingByline(doc, &p, pol.rule(textRule).Name, report)
			}
			kept = append(kept, p)
			keptInfo = append(keptInfo, info[i])
			last = nil
			continue
		}
		for k := range segs {
			doc.Credits.add(&segs[k])
		}
		last = &segs[len(segs)-1]
		if report {
			doc.Removed = append(doc.Removed, Removal{Rule: pol.rule(rule).Name, Element: "p", Text: p.Text})
		}
	}
	doc.Paragraphs = kept
	return keptInfo
}

// trailingByline is a bracketed byline after the last sentence of a
// paragraph: "…提质升级。（本报记者 汪文正）". It is matched against the
// paragraph's last bytes only.
var trailingByline = regexp.MustCompile(`[。！？”…]\s*([（(][^（）()]{2,40}[）)])$`)

// liftTrailingByline moves a trailing bracketed byline that reads as
// credits ("（本报记者 汪文正）", "（记者赵文君）") from the paragraph into
// doc.Credits. A bracket that does not read as credits stays.
func liftTrailingByline(doc *Document, p *Paragraph, rule string, report bool) {
	if !strings.HasSuffix(p.Text, "）") && !strings.HasSuffix(p.Text, ")") {
		return
	}
	tail := len(p.Text) - min(len(p.Text), 160)
	for tail > 0 && !utf8.RuneStart(p.Text[tail]) {
		tail++
	}
	m := trailingByline.FindStringSubmatchIndex(p.Text[tail:])
	if m == nil {
		return
	}
	byline := p.Text[tail+m[2] : tail+m[3]]
	segs := parseCreditLine(byline)
	if segs == nil {
		return
	}
	for i := range segs {
		doc.Credits.add(&segs[i])
	}
	if report {
		doc.Removed = append(doc.Removed, Removal{Rule: rule, Element: "p", Text: byline})
	}
	p.truncate(strings.TrimRightFunc(p.Text[:tail+m[2]], unicode.IsSpace))
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

// unlabelledNames reads the text of a credit element with no label, such
// as 知乎日报's "温戈，", as author names.
func unlabelledNames(text string) []creditSegment {
	seg := creditSegment{label: creditLabel{label: "作者", field: fieldAuthor},
		words: strings.Fields(strings.TrimRight(text, "，,、 "))}
	for _, n := range seg.words {
		if utf8.RuneCountInString(n) > 8 {
			return nil
		}
	}
	if !seg.valid() {
		return nil
	}
	return []creditSegment{seg}
}

func (c *Credits) add(seg *creditSegment) {
	switch seg.label.field {
	case fieldTitle:
		if c.OriginalTitle == "" {
			c.OriginalTitle = strings.Join(seg.words, " ")
		}
	case fieldSource:
		v := strings.Join(seg.words, " ")
		switch {
		case c.Source == "":
			c.Source = v
		case c.Source != v:
			c.Others = append(c.Others, Credit{Label: seg.label.label, Name: v})
		}
	case fieldAuthor:
		c.Authors = appendNew(c.Authors, seg.words...)
	case fieldEditor:
		c.Editors = appendNew(c.Editors, seg.words...)
	case fieldResponsible:
		if c.ResponsibleEditor == "" {
			c.ResponsibleEditor = strings.Join(seg.words, " ")
		}
	case fieldOther:
		c.Others = append(c.Others, Credit{Label: seg.label.label, Name: strings.Join(seg.words, " ")})
	}
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		found := false
		for _, have := range list {
			found = found || have == n
		}
		if !found {
			list = append(list, n)
		}
	}
	return list
}
