package newsdoc

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrNoDate is wrapped by the error [ParseDate] returns for text with no
// date it can read.
var ErrNoDate = errors.New("newsdoc: no date")

// ParseDate finds the first date in s and returns it. s may be a date
// alone or a line with one in it, such as the lines printed under
// headlines ("2019-09-26 12:11来源：证券时报网作者：李在山", "来源：人民日报
// 2024-05-13 08:49") and print-edition notes ("《 人民日报 》（ 2024年05月10日
// 04 版）"). It reads the forms Chinese sites print:
//
//   - 2021-03-22 08:01, 2021/3/22, 2021.03.22, 2021-3-22 9:05:07, 2021 / 03 / 12;
//   - 2021年03月22日 08:01 (with or without the space), 2021年3月22日下午3时30分,
//     二〇二二年一月六日, and the year after a comma: 4 月 20日, 2024;
//   - RFC 3339 and RFC 1123, with offsets or named zones, and the forms of
//     JavaScript and Unix dates (Tue Nov 01 2016 15:44:22 GMT+0800, Fri May
//     28 15:18:47 CST 2021, 18-Sep-2009 14:47:02);
//   - dates of the Republic of China calendar used in Taiwan: 民國113年5月20日,
//     113年5月20日, 今（105）年1月13日, 113/05/20, 104.11.16;
//   - the year last: 29/04/2012 and 6/16/2021, where a part past 12 shows
//     the order (03/05/2018 could be either and is no date), and
//     06.10.2014 with dots, day first.
//
// Times are kept to the second: a fraction (2022-11-07T07:33:15.531880Z,
// as some CMSs write) is read and dropped, so that the same time written
// by a page's JSON-LD and by its meta tags is one instant.
//
// CST, 北京时间 and PRC are China Standard Time, UTC+08:00; GMT, UTC and
// 格林尼治标准时间 are UTC. A date without a zone is read in loc, and a nil
// loc means UTC+08:00. Relative dates (刚刚, 3小时前, 昨天 08:15) need a
// reference time: see [ParseDateAt]. Text with no date it can read, or a
// date that does not exist (February 30th), returns an error wrapping
// [ErrNoDate].
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	return ParseDateAt(s, loc, time.Time{})
}

// ParseDateAt is [ParseDate] that also reads relative dates — 刚刚, 5分钟前,
// 3小时前, 2天前, 昨天 08:15, 前天, 今天 — against now, kept to the second as
// every date. A zero now reads none.
func ParseDateAt(s string, loc *time.Location, now time.Time) (time.Time, error) {
	d, ok := findDateMatch(s, loc, now)
	if !ok {
		return time.Time{}, fmt.Errorf("%w in %q", ErrNoDate, s)
	}
	return d.t, nil
}

// findDate returns the first date inside s, read in loc unless s writes a
// zone, and whether there is one.
func findDate(s string, loc *time.Location) (time.Time, bool) {
	d, ok := findDateMatch(s, loc, time.Time{})
	return d.t, ok
}

// findDateTime is findDate that also tells whether the date has a time.
func findDateTime(s string, loc *time.Location) (t time.Time, hasTime, ok bool) {
	d, ok := findDateMatch(s, loc, time.Time{})
	return d.t, d.timed, ok
}

// dateSpan returns where the first date of s, normalized text, is, or
// nil. Text with full-width digits, which normalized text never has, has
// none: findDateMatch finds its dates in a normalized copy, whose offsets
// are not s's.
func dateSpan(s string, loc *time.Location) []int {
	if hasWideDigit(s) {
		return nil
	}
	d, ok := findDateMatch(s, loc, time.Time{})
	if !ok {
		return nil
	}
	return []int{d.start, d.end}
}

// dateMatch is a date found in a text, and where.
type dateMatch struct {
	t          time.Time
	timed      bool // the text gives a time of day
	start, end int  // its bytes in the text
}

// cnNumerals are the Chinese numerals of a date's figures (cnNum).
const cnNumerals = "〇零○一二两三四五六七八九十"

// zoneFirstWords are the zones zoneFirst reads before a time.
var zoneFirstWords = [...]string{"格林尼治标准时间", "格林威治標準時間", "北京时间", "北京時間", "香港時間", "香港时间", "台北時間", "HKT", "CST"}

// precededBy reports whether word stands somewhere in s right after a
// rune of set, with only the white space of \s between when spaced: what
// a pattern that reads a numeral before 年 or 月 needs.
func precededBy(s, word, set string, spaced bool) bool {
	for i := strings.Index(s, word); i >= 0; {
		pre := s[:i]
		if spaced {
			pre = strings.TrimRight(pre, asciiSpace)
		}
		if r, _ := decodeLastRune(pre); r != utf8.RuneError && strings.ContainsRune(set, r) {
			return true
		}
		j := strings.Index(s[i+len(word):], word)
		if j < 0 {
			return false
		}
		i += len(word) + j
	}
	return false
}

// The parts of dates, as regular expressions. The time of day follows a
// date after a space, a T, a hyphen (2007-08-20-23:59:59, as TRS sites
// write it), a dash (2014/12/29 — 0:01) or nothing: 08:01, 08:01:05,
// 8时1分, 下午3时30分, 晚19:30, 9:38:01 PM, PM11:46; then, maybe, a zone.
const (
	dayPart  = `(上午|下午|晚上|早上|凌晨|中午|傍晚|晚间|晚間|晚|早|AM|PM|am|pm)?`
	timePart = `(?:(?:-|\s*[—–]\s*|[T\s\x{3000}\x{a0}]*)` + dayPart + `\s*(\d{1,2})(?::|：|时|時|点|點)\s*(\d{1,2})(?:(?::|：|分)\s*(\d{1,2})(\.\d{1,9})?)?(?:分)?(?:\s*(AM|PM|am|pm))?)?`
	zonePart = `(?:\s*(Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC|PRC|CST)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|HKT|北京时间|北京時間|香港時間|香港时间|台北時間|\(UTC[+-]\d{1,2}\)))?`
	cnNum    = `[` + cnNumerals + `]`
	weekday  = `(?:\s*[（(]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][）)]?)?` // (星期三), between the day and the time
)

var (
	// ymdDate is 2021-03-22, 2021/3/22, 2021.03.22 and 2021年3月22日, with
	// an optional time and zone.
	ymdDate = regexp.MustCompile(`(?:^|[^\d.])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?|([-/.])\s*(\d{1,2})\s*([-/.])\s*(\d{1,2}))` + weekday +
		timePart + zonePart)
	// yearLastDate is a date with the year last, day and month in either
	// order (see matchYearLast), with an optional time.
	yearLastDate = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b` + timePart + zonePart)
	// yearLastDotted is such a date with dots, day first as the places
	// that write it so read it: 06.10.2014 18:13 is 6 October.
	yearLastDotted = regexp.MustCompile(`(?:^|[^\d.vV])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b` + timePart + zonePart)
	// cnDate is a date in Chinese numerals: 二〇二二年一月六日.
	cnDate = regexp.MustCompile(`(` + cnNum + `{4})\s*年\s*(` + cnNum + `{1,3})\s*月\s*(` + cnNum + `{1,3})\s*[日号號]`)
	// rocDate is a date of the Republic of China calendar: 民國113年5月20日,
	// 今（105）年1月13日, 113年5月20日, 113/05/20, 104.11.16.
	rocDate = regexp.MustCompile(`(?:(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})|今\s*[（(]\s*(\d{2,3})\s*[）)]|(?:^|[^\d.])(1\d{2}))\s*` +
		`(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([/.])(\d{1,2})([/.])(\d{1,2})(?:$|[^\d.]))` + weekday + timePart)
	// enDate is a date with an English month: Wed, 12 Jan 2022 23:21:20 GMT,
	// Tue Nov 01 2016 15:44:22 GMT+0800, Fri May 28 15:18:47 CST 2021,
	// 18-Sep-2009 14:47:02, Dec 28 Sat 2013 00:28, Nov 9, 2018, 17:08 PM.
	enDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2})[\s-]+(` + months + `)[a-z]*\.?,?[\s-]+((?:19|20)\d{2})|` +
		`(` + months + `)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?((?:19|20)\d{2})?)` +
		`(?:,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(AM|PM))?)?` + zonePart + `(?:\s+((?:19|20)\d{2}))?`)
	// relDate is a date relative to now: 刚刚, 5分钟前, 3小时前, 2天前, 昨天 08:15.
	relDate = regexp.MustCompile(`(刚刚|剛剛)|(\d{1,3})\s*(秒|分钟|分鐘|小时|小時|天|日)前|(今天|今日|昨天|昨日|前天)(?:\s*(\d{1,2})[:：](\d{2}))?`)
	// zoneFirst is a zone written before the time it qualifies: 2012年12月10日,
	// 格林尼治标准时间10:41.
	zoneFirst = regexp.MustCompile(`(` + strings.Join(zoneFirstWords[:], "|") + `)\s*(\d{1,2})[:：](\d{2})`)
	// clockAfterZone is a time after a date and its zone: 2018-07-02 HKT 12:58.
	clockAfterZone = regexp.MustCompile(`^\s+(\d{1,2}):(\d{2})(?:$|[^\d:])`)
	// clockFirst is a time of day printed before its date: 18:56 2017/09/08.
	clockFirst = regexp.MustCompile(`(?:^|[^\d:])(\d{1,2}):(\d{2})\s*$`)
	// cnMonthDay is a month in Chinese numerals with an English day and
	// year, as WordPress prints them in Chinese: 十一月 6th, 2009.
	cnMonthDay = regexp.MustCompile(`(十[一二]?|[一二三四五六七八九])月\s*(\d{1,2})(?:st|nd|rd|th),?\s*((?:19|20)\d{2})`)
	// monthDayYear is a month and day in figures, a comma and the year, as
	// Blogger prints its dates in Chinese: 星期六, 4 月 20日, 2024 and
	// 10月 02, 2021. A year that runs on into 年 starts a phrase of its
	// own (6月30日，2024年上半年).
	monthDayYear = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[,，]\s*((?:19|20)\d{2})(?:$|[^\d年])`)
	// dayCNMonth is a day, a month in Chinese numerals and a year, as
	// WordPress prints its "d F Y" in Chinese, maybe with a time: 01 五月
	// 2018 08:40.
	dayCNMonth = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})\s+(十[一二]?|[一二三四五六七八九])月,?\s+((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2}))?`)
)

const months = `jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`

// englishMonths finds the English month names, in any case: a text with
// none has no date of enDate.
var englishMonths = newLiterals(func() []string {
	var out []string
	for m := range strings.SplitSeq(months, "|") {
		out = append(out, foldMark+m)
	}
	return out
}())

// findDateMatch returns the earliest date in s that a form reads.
func findDateMatch(s string, loc *time.Location, now time.Time) (dateMatch, bool) {
	return findDateShaped(s, loc, now, true)
}

// findDateShaped is findDateMatch; with shaped false, every form's pattern
// runs on the whole text, whatever its figures (see dateShape).
func findDateShaped(s string, loc *time.Location, now time.Time, shaped bool) (dateMatch, bool) {
	if loc == nil {
		loc = chinaStandardTime
	}
	if hasWideDigit(s) {
		s = Normalize(s) // full-width digits; the offsets are then the normalized text's
	}
	if d, ok := wholeStandardDate(s); ok {
		return d, true
	}
	if d, ok := wholeNumericDate(s, loc); ok {
		return d, true
	}
	var best dateMatch
	found := false
	take := func(d dateMatch, ok bool) {
		if ok && (!found || d.start < best.start) {
			best, found = d, true
		}
	}
	shape, digits := anyDate(), hasDigit(s)
	if digits {
		if shaped {
			shape = dateShapeOf(s)
		}
		take(matchYMDShaped(s, loc, shape))
		if shape.roc {
			take(matchROC(s, loc))
		}
		take(matchEnglish(s, loc))
		if shape.year && strings.Contains(s, "月") && (!shaped || containsAnyRune(s, ",，")) {
			take(matchMonthDayYear(s, loc))
		}
	}
	hasYearWord := strings.Contains(s, "年")
	// Shaped, a numeral before 年 or 月 is looked for below; else any
	// numeral (十 too: 十月 is October).
	if (hasYearWord || shape.year && digits) && (shaped || containsAnyRune(s, cnNumerals)) {
		if hasYearWord && (!shaped || precededBy(s, "年", cnNumerals, true)) {
			take(matchCN(s, loc)) // 二〇二二年一月六日: cnDate needs a numeral before 年
		}
		if shape.year && digits && (!shaped || precededBy(s, "月", "一二三四五六七八九十", false)) {
			take(matchCNMonthDay(s, loc)) // 十一月 6th, 2009 and 01 五月 2018: a numeral before 月
		}
	}
	if !now.IsZero() {
		take(matchRelative(s, loc, now))
	}
	if found && strings.HasSuffix(s[:best.end], "分") && containsAnyRune(s[best.start:best.end], ":：") {
		if r, _ := utf8.DecodeRuneInString(s[best.end:]); r == '类' || r == '類' {
			best.end -= len("分") // 8:54分类：要闻: the 分 of 分类, not of the minutes
		}
	}
	return best, found
}

// dateShape is what one scan of a text's runs of figures tells of the
// date forms it can hold. The forms' patterns are unanchored and cost in
// proportion to the text they are given, and most texts with figures
// (原标题：1-11月…增长38.0%, SF014) hold no date: each pattern runs only
// where its figures stand. Each field is what every match of its
// patterns needs, read from them:
//
//   - ymdFrom: ymdDate's year is a run of exactly four digits from 19 or
//     20, after no "." and before 年, "-", "/" or "." (after spaces) and a
//     figure after that (after spaces: monthAfterSep); the pattern runs
//     from the rune before the first such run, -1 if none;
//   - yearLast: yearLastDate's and yearLastDotted's year is such a run
//     after "/" or ".";
//   - roc: rocDate needs 民國 or 民国, 今, or a run of exactly three
//     digits from 1, after no "." and before 年, "/" or ".";
//   - year: monthDayYear, cnMonthDay and dayCNMonth need a run of four
//     digits or more from 19 or 20;
//   - gated: the patterns asked after ymdDate's match look at the text
//     first (see zoneBefore), and ymdDate's later matches are looked for
//     only when its first is no date.
//
// In the same way, findDateShaped asks monthDayYear only of a text with
// a comma (, or ，), cnDate only where a numeral (cnNumerals) stands
// before 年, and cnMonthDay and dayCNMonth only where one of 一 to 十
// stands right before 月. TestDateShape holds these looks to the patterns
// run on every text.
type dateShape struct {
	ymdFrom  int
	yearLast bool
	roc      bool
	year     bool
	gated    bool
}

// anyDate is the shape that lets every pattern run on the whole text.
func anyDate() dateShape { return dateShape{ymdFrom: 0, yearLast: true, roc: true, year: true} }

// dateShapeOf scans the runs of ASCII digits of s.
func dateShapeOf(s string) dateShape {
	d := dateShape{ymdFrom: -1, gated: true}
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		var prev byte // 0 at the start of s
		if i > 0 {
			prev = s[i-1]
		}
		after := strings.TrimLeft(s[j:], asciiSpace) // \s in the patterns
		var sep byte
		if after != "" {
			sep = after[0]
		}
		n, yearly := j-i, j-i >= 4 && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0')
		d.year = d.year || yearly
		if yearly && n == 4 {
			if d.ymdFrom < 0 && prev != '.' && (sep == '-' || sep == '/' || sep == '.' || strings.HasPrefix(after, "年")) && monthAfterSep(after) {
				_, size := decodeLastRune(s[:i])
				d.ymdFrom = i - size
			}
			d.yearLast = d.yearLast || prev == '/' || prev == '.'
		}
		if n == 3 && s[i] == '1' && prev != '.' && (sep == '/' || sep == '.' || strings.HasPrefix(after, "年")) {
			d.roc = true
		}
		i = j
	}
	if !d.roc {
		d.roc = strings.Contains(s, "民國") || strings.Contains(s, "民国") || strings.Contains(s, "今")
	}
	return d
}

// monthAfterSep reports whether after, the text after a year with its
// white space taken off, has a figure after its separator (年, "-", "/"
// or ".") and the white space after that, as ymdDate's month is written:
// 2021年3月 and 2021 - 03 do, 2021年人口 does not.
func monthAfterSep(after string) bool {
	_, size := utf8.DecodeRuneInString(after)
	rest := strings.TrimLeft(after[size:], asciiSpace)
	return rest != "" && isDigitByte(rest[0])
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// hasWideDigit reports whether s holds a full-width digit (０ to ９, EF
// BC 90 to EF BC 99): one search for their lead byte, not one for each
// digit.
func hasWideDigit(s string) bool {
	for k := 0; ; {
		i := strings.IndexByte(s[k:], 0xEF)
		if i < 0 {
			return false
		}
		j := k + i
		if j+2 < len(s) && s[j+1] == 0xBC && s[j+2] >= 0x90 && s[j+2] <= 0x99 {
			return true
		}
		k = j + 1
	}
}

// wholeStandardDate reads s when it is nothing but an RFC 3339 or RFC
// 1123 date with its zone (2021-03-22T08:01:14+08:00, Mon, 22 Mar 2021
// 08:01:14 GMT, as feeds and front matter write them), with time.Parse:
// the same instant and zone as the patterns give, without them.
func wholeStandardDate(s string) (dateMatch, bool) {
	if len(s) < 20 || len(s) > 40 {
		return dateMatch{}, false
	}
	var t time.Time
	var err error
	start, named := 0, false // the weekday is no part of the date; a zone by name is UTC
	// What the layouts need first, looked at before time.Parse, which
	// costs more when it fails: 2021-03-22, and Mon, after a weekday.
	if c := s[0]; c >= '0' && c <= '9' && (s[4] != '-' || s[7] != '-') || (c < '0' || c > '9') && s[3] != ',' {
		return dateMatch{}, false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		t, err = time.Parse(time.RFC3339Nano, s)
		named = strings.HasSuffix(s, "Z")
	case strings.HasSuffix(s, " GMT") || strings.HasSuffix(s, " UTC"):
		// RFC 1123 without its zone, which is UTC, and the spaces before
		// it (the layout's space before the zone took any number):
		// time.Parse makes a Location for a zone it reads by name, on
		// every call.
		t, err = time.Parse("Mon, 02 Jan 2006 15:04:05", strings.TrimRight(s[:len(s)-len(" GMT")], " "))
		start, named = len("Mon, "), true
	default:
		t, err = time.Parse(time.RFC1123Z, s)
		start = len("Mon, ")
	}
	if err != nil || t.Year() < 1900 || t.Year() > 2099 {
		return dateMatch{}, false
	}
	if named {
		t = t.UTC()
	} else {
		_, off := t.Zone()
		t = t.In(time.FixedZone("", off))
	}
	return dateMatch{t: t.Truncate(time.Second), timed: true, start: start, end: len(s)}, true
}

// wholeNumericDate reads s when it is nothing but a date written
// 2021-03-22 or 2021/03/22, maybe with 08:01 or 08:01:05 after a space or
// a T, as front matter writes it: what matchYMD gives for it, read
// without its patterns. A date no day has (2021-02-30) is left to them.
func wholeNumericDate(s string, loc *time.Location) (dateMatch, bool) {
	if len(s) != 10 && len(s) != 16 && len(s) != 19 {
		return dateMatch{}, false
	}
	sep := s[4]
	if sep != '-' && sep != '/' || s[7] != sep || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:10]) {
		return dateMatch{}, false
	}
	var clock [7]string // as ymdDate's groups: day part, hour, minute, second, fraction, AM/PM, zone
	if len(s) > 10 {
		if s[10] != ' ' && s[10] != 'T' || s[13] != ':' || !allDigits(s[11:13]) || !allDigits(s[14:16]) {
			return dateMatch{}, false
		}
		clock[1], clock[2] = s[11:13], s[14:16]
		if len(s) == 19 {
			if s[16] != ':' || !allDigits(s[17:19]) {
				return dateMatch{}, false
			}
			clock[3] = s[17:19]
		}
	}
	d, ok := makeDateMatch(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10]), clock[:], loc)
	if !ok {
		return dateMatch{}, false
	}
	d.start, d.end = 0, len(s)
	return zoneBefore(s, d, loc, true), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// matchYMD reads the first year-month-day date of s.
func matchYMD(s string, loc *time.Location) (dateMatch, bool) {
	return matchYMDShaped(s, loc, dateShapeOf(s))
}

// matchYMDShaped is matchYMD, its patterns run as shape allows.
func matchYMDShaped(s string, loc *time.Location, shape dateShape) (dateMatch, bool) {
	if shape.ymdFrom >= 0 {
		rest := s[shape.ymdFrom:]
		// Gated, the first match alone is looked for first: it is a date
		// but now and then (not 2021-03/22, 2021年13月).
		var first []int
		if shape.gated {
			if first = ymdDate.FindStringSubmatchIndex(rest); first == nil {
				return matchYearLast(s, loc, shape)
			}
			if d, ok := ymdDateOf(rest, first, loc); ok {
				return zoneBefore(s, d.shift(shape.ymdFrom), loc, true), true
			}
		}
		for _, m := range ymdDate.FindAllStringSubmatchIndex(rest, 8) {
			if d, ok := ymdDateOf(rest, m, loc); ok {
				return zoneBefore(s, d.shift(shape.ymdFrom), loc, shape.gated), true
			}
		}
	}
	return matchYearLast(s, loc, shape)
}

// ymdDateOf reads m, a match of ymdDate in s, as a date.
func ymdDateOf(s string, m []int, loc *time.Location) (dateMatch, bool) {
	g := groups(s, m)
	month, day := g[2], g[3]
	if month == "" {
		if g[4] != g[6] {
			return dateMatch{}, false // 2021-03/22: not one form
		}
		month, day = g[5], g[7]
	}
	d, ok := makeDateMatch(atoi(g[1]), atoi(month), atoi(day), g[8:15], loc)
	d.start, d.end = m[2], m[1]
	return d, ok
}

// shift moves d's offsets by n bytes.
func (d dateMatch) shift(n int) dateMatch {
	d.start, d.end = d.start+n, d.end+n
	return d
}

// matchYearLast reads a date written day and month first, then the year,
// when the order shows itself: 6/16/2021 (no 16th month) is month first,
// 29/04/2012 day first. 03/05/2018 could be either, and gives no date;
// written with dots (06.10.2014), as Europe and Australia write it, it
// is day first unless the second part is past 12 (06.16.2014). A version
// (v3.10.2019, 版本号 3.10.2019) is no date. Its patterns run only if
// shape allows (shape.yearLast).
func matchYearLast(s string, loc *time.Location, shape dateShape) (dateMatch, bool) {
	if !shape.yearLast {
		return dateMatch{}, false
	}
	m := yearLastDate.FindStringSubmatchIndex(s)
	dotted := false
	if m == nil {
		if m = yearLastDotted.FindStringSubmatchIndex(s); m == nil {
			return dateMatch{}, false
		}
		dotted = true
	}
	g := groups(s, m)
	a, b := atoi(g[1]), atoi(g[2])
	month, day := a, b
	switch {
	case a > 12 && b <= 12:
		month, day = b, a
	case b > 12 && a <= 12:
	case dotted && a <= 31 && b <= 12:
		month, day = b, a // 06.10.2014: day first
	default:
		return dateMatch{}, false
	}
	d, ok := makeDateMatch(atoi(g[3]), month, day, g[4:11], loc)
	if !ok {
		return dateMatch{}, false
	}
	d.start, d.end = m[2], m[1]
	return d, true
}

// matchROC reads the first date of the Republic of China calendar.
func matchROC(s string, loc *time.Location) (dateMatch, bool) {
	if !containsAnyRune(s, "年/.") {
		return dateMatch{}, false
	}
	for _, m := range rocDate.FindAllStringSubmatchIndex(s, 8) {
		g := groups(s, m)
		year := firstNonEmpty(g[1], g[2], g[3])
		month, day := g[4], g[5]
		if month == "" {
			if g[6] != g[8] {
				continue
			}
			month, day = g[7], g[9]
		}
		d, ok := makeDateMatch(atoi(year)+1911, atoi(month), atoi(day), append(g[10:16], ""), loc)
		if !ok {
			continue
		}
		d.start, d.end = m[0], m[1]
		return d, true
	}
	return dateMatch{}, false
}

// matchCN reads a date in Chinese numerals.
func matchCN(s string, loc *time.Location) (dateMatch, bool) {
	m := cnDate.FindStringSubmatchIndex(s)
	if m == nil {
		return dateMatch{}, false
	}
	g := groups(s, m)
	year := 0
	for _, r := range g[1] {
		year = year*10 + cnDigit(r)
	}
	d, ok := makeDateMatch(year, numeralValue(g[2]), numeralValue(g[3]), nil, loc)
	d.start, d.end = m[0], m[1]
	return d, ok
}

func cnDigit(r rune) int {
	if i := strings.IndexRune("〇一二三四五六七八九", r); i >= 0 {
		return len([]rune("〇一二三四五六七八九"[:i]))
	}
	return 0 // 零 and ○ are 0 too
}

// matchEnglish reads a date with an English month name.
func matchEnglish(s string, loc *time.Location) (dateMatch, bool) {
	if !englishMonths.in(s) {
		return dateMatch{}, false
	}
	for _, m := range enDate.FindAllStringSubmatchIndex(s, 8) {
		g := groups(s, m)
		day, mon, year := g[1], g[2], g[3]
		if mon == "" {
			mon, day, year = g[4], g[5], firstNonEmpty(g[6], g[12])
		}
		if year == "" {
			continue
		}
		// (?i) folds as Unicode does: ſ (long s) matches s, and no
		// month is written so.
		k := strings.Index(months, strings.ToLower(mon))
		if len(mon) != 3 || k < 0 {
			continue
		}
		month := k/4 + 1
		clock := []string{"", g[7], g[8], g[9], "", g[10], g[11]}
		d, ok := makeDateMatch(atoi(year), month, atoi(day), clock, loc)
		if !ok {
			continue
		}
		d.start, d.end = m[0], m[1]
		return d, true
	}
	return dateMatch{}, false
}

// matchRelative reads a date relative to now.
func matchRelative(s string, loc *time.Location, now time.Time) (dateMatch, bool) {
	m := relDate.FindStringSubmatchIndex(s)
	if m == nil {
		return dateMatch{}, false
	}
	g := groups(s, m)
	now = now.In(loc).Truncate(time.Second) // kept to the second, as every date
	d := dateMatch{t: now, timed: true, start: m[0], end: m[1]}
	switch {
	case g[1] != "":
	case g[2] != "":
		n := time.Duration(atoi(g[2]))
		switch g[3] {
		case "秒":
			d.t = now.Add(-n * time.Second)
		case "分钟", "分鐘":
			d.t = now.Add(-n * time.Minute)
		case "小时", "小時":
			d.t = now.Add(-n * time.Hour)
		default:
			d.t = now.AddDate(0, 0, -int(n))
			d.timed = false
		}
	default:
		back := map[string]int{"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[g[4]]
		day := now.AddDate(0, 0, -back)
		hour, minute := 0, 0
		if g[5] != "" {
			hour, minute = atoi(g[5]), atoi(g[6])
			if hour > 23 || minute > 59 {
				return dateMatch{}, false
			}
		}
		d.t = time.Date(day.Year(), day.Month(), day.Day(), hour, minute, 0, 0, loc)
		d.timed = g[5] != ""
	}
	return d, true
}

// zoneBefore reads a zone written before the time after a date that has
// none: 2012年12月10日, 格林尼治标准时间10:41; or the time printed before
// the date. When gated, a pattern is asked only where the text can hold
// its match: a time before the date only if the text before it ends with
// ":" and two figures (white space may follow them), a zone only if one
// of zoneFirstWords starts what follows the date (past spaces and
// commas).
func zoneBefore(s string, d dateMatch, loc *time.Location, gated bool) dateMatch {
	if d.timed {
		return d
	}
	// 18:56 2017/09/08: the time before the date (the pattern needs the
	// text before the date to end with ":" and two figures, white space
	// after them or none).
	if pre := strings.TrimRight(s[:d.start], asciiSpace); !gated || len(pre) >= 3 && pre[len(pre)-3] == ':' && isDigitByte(pre[len(pre)-2]) && isDigitByte(pre[len(pre)-1]) {
		if c := clockBefore(s, d); c.timed {
			return c
		}
	}
	rest := s[d.end:]
	// A zone counts right after the date (after spaces and commas): the
	// pattern is asked only when one of its zones' words stands there.
	var m []int
	if t := strings.TrimLeft(rest, " ,，"); !gated || slices.ContainsFunc(zoneFirstWords[:], func(w string) bool { return strings.HasPrefix(t, w) }) {
		m = zoneFirst.FindStringSubmatchIndex(rest)
	}
	if m == nil || strings.TrimLeft(rest[:m[0]], " ,，") != "" {
		// 2018-07-02 HKT 12:58: the zone, read with the date, before the time.
		if m = clockAfterZone.FindStringSubmatchIndex(rest); m != nil && endsInLetter(s[:d.end]) {
			g := groups(rest, m)
			if hour, minute := atoi(g[1]), atoi(g[2]); hour <= 23 && minute <= 59 {
				d.t = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), hour, minute, 0, 0, d.t.Location())
				d.timed, d.end = true, d.end+m[1]
			}
		}
		return d
	}
	g := groups(rest, m)
	z := zoneOf(g[1])
	hour, minute := atoi(g[2]), atoi(g[3])
	if hour > 23 || minute > 59 {
		return d
	}
	d.t = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), hour, minute, 0, 0, z)
	d.timed, d.end = true, d.end+m[1]
	return d
}

// clockBefore reads the time of day printed right before d: 18:56
// 2017/09/08. d is returned timed if it is one.
func clockBefore(s string, d dateMatch) dateMatch {
	if m := clockFirst.FindStringSubmatchIndex(s[:d.start]); m != nil {
		g := groups(s[:d.start], m)
		if hour, minute := atoi(g[1]), atoi(g[2]); hour <= 23 && minute <= 59 {
			d.t = time.Date(d.t.Year(), d.t.Month(), d.t.Day(), hour, minute, 0, 0, d.t.Location())
			d.timed, d.start = true, m[2]
		}
	}
	return d
}

// matchMonthDayYear reads the first 4 月 20日, 2024.
func matchMonthDayYear(s string, loc *time.Location) (dateMatch, bool) {
	m := monthDayYear.FindStringSubmatchIndex(s)
	if m == nil {
		return dateMatch{}, false
	}
	g := groups(s, m)
	d, ok := makeDateMatch(atoi(g[3]), atoi(g[1]), atoi(g[2]), nil, loc)
	d.start, d.end = m[2], m[7]
	return d, ok
}

// matchCNMonthDay reads the first 十一月 6th, 2009 or 01 五月 2018 08:40.
func matchCNMonthDay(s string, loc *time.Location) (dateMatch, bool) {
	if m := cnMonthDay.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		d, ok := makeDateMatch(atoi(g[3]), numeralValue(g[1]), atoi(g[2]), nil, loc)
		d.start, d.end = m[0], m[1]
		return d, ok
	}
	if m := dayCNMonth.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		var clock []string
		if g[4] != "" {
			clock = []string{"", g[4], g[5], "", "", "", ""}
		}
		d, ok := makeDateMatch(atoi(g[3]), numeralValue(g[2]), atoi(g[1]), clock, loc)
		d.start, d.end = m[2], m[1]
		return d, ok
	}
	return dateMatch{}, false
}

// endsInLetter reports whether s ends with a letter: a date read with
// its zone (HKT, 香港時間), not with a time.
func endsInLetter(s string) bool {
	r, _ := decodeLastRune(s)
	return unicode.IsLetter(r)
}

// groups returns the submatches of m in s, "" for those that did not take
// part.
func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// makeDateMatch builds a date from its parts, checking each. clock holds
// the day part (下午), hour, minute, second, fraction, AM/PM and zone, or
// is nil.
func makeDateMatch(year, month, day int, clock []string, loc *time.Location) (dateMatch, bool) {
	if year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31 {
		return dateMatch{}, false
	}
	// A fraction of a second (clock[4]) is read and dropped: see ParseDate.
	hour, minute, second, timed := 0, 0, 0, false
	if len(clock) == 7 && clock[1] != "" {
		hour, minute, second = atoi(clock[1]), atoi(clock[2]), atoi(clock[3])
		switch {
		case strings.EqualFold(clock[5], "PM") || strings.EqualFold(clock[0], "PM") || clock[0] == "下午" || clock[0] == "晚上" || clock[0] == "傍晚" ||
			clock[0] == "晚间" || clock[0] == "晚間" || clock[0] == "晚":
			if hour < 12 {
				hour += 12
			}
		case strings.EqualFold(clock[5], "AM") || strings.EqualFold(clock[0], "AM") || clock[0] == "凌晨":
			if hour == 12 {
				hour = 0
			}
		}
		timed = hour <= 23 && minute <= 59 && second <= 60
		if !timed {
			hour, minute, second = 0, 0, 0 // a day with a number after it, not a time
		} else if z := zoneOf(clock[6]); z != nil {
			loc = z
		}
	}
	t := time.Date(year, time.Month(month), day, hour, minute, second, 0, loc)
	if t.Day() != day {
		return dateMatch{}, false // February 30th
	}
	return dateMatch{t: t, timed: timed}, true
}

// zoneOf reads a zone written after a time; CST, PRC and 北京时间 are
// China Standard Time, as on Chinese sites.
func zoneOf(z string) *time.Location {
	z = trimSpace(strings.Trim(z, "()"))
	switch z {
	case "":
		return nil
	case "Z", "GMT", "UTC", "格林尼治标准时间", "格林威治標準時間":
		return time.UTC
	case "CST", "PRC", "HKT", "北京时间", "北京時間", "香港時間", "香港时间", "台北時間":
		return chinaStandardTime
	}
	for _, p := range [...]string{"GMT", "UTC", "PRC", "CST"} {
		z = trimSpace(strings.TrimPrefix(z, p))
	}
	if z == "" || z[0] != '+' && z[0] != '-' {
		return nil
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	h, m := 0, 0
	switch len(z) {
	case 1, 2:
		h = atoi(z)
	case 3:
		h, m = atoi(z[:1]), atoi(z[1:])
	case 4:
		h, m = atoi(z[:2]), atoi(z[2:])
	default:
		return nil
	}
	if h > 14 || m > 59 {
		return nil
	}
	return time.FixedZone("", sign*(h*3600+m*60))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
