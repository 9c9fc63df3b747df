package evaluate

import (
	"fmt"
	"strings"
	"time"
)

// Extraction is what a system extracted from a page.
type Extraction struct {
	Title   string
	Date    time.Time // zero when none was found
	Authors []string
	// Text is the article text: paragraphs, captions and table text, in
	// any line layout (white space is ignored by every measure).
	Text string
}

// AuthorRole reports whether a credit's role, as a system labels it,
// counts among a page's authors as the gold format defines them: a
// correspondent (通讯员) who filed the report, as a reporter (记者) does.
// newsdoc records correspondents apart from its authors, under their
// label; an adapter adds them to Extraction.Authors.
func AuthorRole(label string) bool {
	return strings.HasSuffix(label, "通讯员") || strings.HasSuffix(label, "通訊員")
}

// Measure is one measure of one page.
type Measure struct {
	// Applies is false when the gold says nothing this measure can use.
	Applies bool
	// Value is the share of snippets found (or kept out), the body F1, or
	// 1 for right and 0 for wrong.
	Value float64
	// Hit and Total count snippets (found or kept out, of all), or are
	// 1/1 (right) and 0/1 (wrong) for title, date and authors. They are 0
	// for body F1.
	Hit, Total int
}

// PageScore is the score of one extraction against one page's gold.
type PageScore struct {
	Page, Dir, Split, Site string

	// Err is set when the system failed on the page (an error or a panic);
	// the extraction is then empty and every measure that applies is
	// wrong.
	Err string

	In      Measure // share of In snippets found in Text
	Out     Measure // share of Out snippets NOT found in Text
	Title   Measure
	Date    Measure
	DateDay Measure // the looser date measure: the same day in UTC+8, whatever the gold's time
	Authors Measure
	Body    Measure // F1 over characters; see [Tokens]

	BodyPrecision, BodyRecall float64

	// Garbled is [Garbled] of Title and Text. U+FFFD that the page itself
	// holds (Gold.PageHasFFFD) is not counted.
	Garbled bool

	// Missed are the In snippets not found; Leaked the Out snippets found.
	Missed, Leaked []string
}

// cst is UTC+08:00, China Standard Time, in which days are compared.
var cst = time.FixedZone("UTC+8", 8*60*60)

// ParseGoldDate reads a gold date. A day ("2006-01-02") gives midnight in
// UTC+8 and hasTime false; a time with a zone (RFC 3339, such as
// "2021-03-22T08:01:00+08:00") or without one (read in UTC+8:
// "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
// "2006-01-02 15:04") gives hasTime true.
func ParseGoldDate(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.ParseInLocation("2006-01-02", s, cst); err == nil {
		return t, false, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, cst); err == nil {
			return t, true, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("evaluate: date %q: want 2006-01-02, RFC 3339, or 2006-01-02 15:04[:05]", s)
}

// Score scores e against g. Measures:
//
//   - In: the share of g.In found in e.Text; Out: the share of g.Out not
//     found. A snippet is found when its [Fold] is a substring of the
//     [Fold] of the text: white space is ignored, full-width letters and
//     digits match their ASCII forms, case matters. A snippet that folds
//     to nothing is not counted.
//   - Title: right when the titles are equal after [Fold] and after
//     trimming leading and trailing punctuation.
//   - Date: right when e.Date falls on the gold day in UTC+8 (gold that is
//     a day), or in the same minute (gold with a time). No date is wrong.
//     DateDay is looser: right when e.Date falls on the gold's day in
//     UTC+8 even where the gold has a time, for systems that find days.
//   - Authors: where the gold names authors, right when every gold author
//     equals (after folding as for titles) one of e.Authors; extra
//     extracted names are not penalised. Where hand gold says nobody is
//     credited ("authors": []), right only when e.Authors is empty. A page
//     with neither (no hand gold, no peer's author) is not scored.
//   - Body: when the gold has a body, F1 over the multisets of [Tokens].
//   - Garbled: [Garbled] of the title and text together. When the page
//     itself is UTF-8 holding U+FFFD ([Gold.PageHasFFFD]), U+FFFD in the
//     extraction is faithful, not a decoding error, and is left out.
func Score(g Gold, e Extraction) PageScore {
	s := PageScore{Page: g.Page, Dir: g.Dir, Split: g.Split, Site: g.Site}
	text := Fold(e.Text)

	for _, sn := range g.In {
		f := Fold(sn)
		if f == "" {
			continue
		}
		s.In.Total++
		if strings.Contains(text, f) {
			s.In.Hit++
		} else {
			s.Missed = append(s.Missed, sn)
		}
	}
	for _, sn := range g.Out {
		f := Fold(sn)
		if f == "" {
			continue
		}
		s.Out.Total++
		if strings.Contains(text, f) {
			s.Leaked = append(s.Leaked, sn)
		} else {
			s.Out.Hit++
		}
	}
	for _, m := range []*Measure{&s.In, &s.Out} {
		if m.Total > 0 {
			m.Applies = true
			m.Value = float64(m.Hit) / float64(m.Total)
		}
	}

	if want := foldName(g.Title); want != "" {
		s.Title = check(foldName(e.Title) == want)
	}

	if g.Date != "" {
		if want, hasTime, err := ParseGoldDate(g.Date); err == nil {
			right := false
			switch {
			case e.Date.IsZero():
			case hasTime:
				right = e.Date.Truncate(time.Minute).Equal(want.Truncate(time.Minute))
			default:
				right = e.Date.In(cst).Format(time.DateOnly) == want.Format(time.DateOnly)
			}
			s.Date = check(right)
			s.DateDay = check(!e.Date.IsZero() && e.Date.In(cst).Format(time.DateOnly) == want.In(cst).Format(time.DateOnly))
		}
	}

	if len(g.Authors) == 0 && g.AuthorsSource == SourceHand {
		// The hand gold says nobody is credited: any author found is
		// wrong (an editor, an account, a name from the page's chrome).
		s.Authors = check(len(e.Authors) == 0)
	}
	if len(g.Authors) > 0 {
		got := map[string]bool{}
		for _, a := range e.Authors {
			got[foldName(a)] = true
		}
		right := true
		for _, a := range g.Authors {
			if !got[foldName(a)] {
				right = false
			}
		}
		s.Authors = check(right)
	}

	if len(Tokens(g.Body)) > 0 {
		p, r, f1 := bodyF1(e.Text, g.Body)
		s.Body = Measure{Applies: true, Value: f1}
		s.BodyPrecision, s.BodyRecall = p, r
	}

	all := e.Title + "\n" + e.Text
	if g.PageHasFFFD {
		all = strings.ReplaceAll(all, "\uFFFD", "")
	}
	s.Garbled = Garbled(all)
	return s
}

// check is a right-or-wrong measure.
func check(right bool) Measure {
	if right {
		return Measure{Applies: true, Value: 1, Hit: 1, Total: 1}
	}
	return Measure{Applies: true, Total: 1}
}
