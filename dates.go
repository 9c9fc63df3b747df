package newsdoc

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A date inside a line: "2021-03-22 08:01来源：…", "发布时间：2021年03月22日
// 08:01", "来源：人民日报2024-05-13 08:49". The numbers are read from the
// groups; the zone after the time, when written, from the last group.
var (
	// ymdDate is 2021-03-22, 2021/3/22, 2021.03.22, 2021年3月22日, with an
	// optional time 08:01, 08:01:05 or 8时1分, and an optional zone.
	ymdDate = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-/.])(\d{1,2})([-/.])(\d{1,2}))` +
		`(?:[T\s]*(\d{1,2})(?::|时)\s*(\d{1,2})(?:(?::|分)\s*(\d{1,2})(?:\.\d+)?)?)?` +
		`(?:\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC|CST|北京时间|格林尼治标准时间))?`)
)

// findDate returns the first date inside s, read in loc unless s writes a
// zone, and whether there is one. Dates outside 1970–2099, or with a day
// the month does not have, are not dates.
func findDate(s string, loc *time.Location) (time.Time, bool) {
	t, _, ok := findDateTime(s, loc)
	return t, ok
}

// findDateTime is findDate that also tells whether the date has a time.
func findDateTime(s string, loc *time.Location) (t time.Time, hasTime, ok bool) {
	if loc == nil {
		loc = chinaStandardTime
	}
	s = strings.ReplaceAll(Normalize(s), "：", ":")
	for _, m := range ymdDate.FindAllStringSubmatch(s, 4) {
		year, _ := strconv.Atoi(m[1])
		month, day := m[2], m[3]
		if month == "" {
			if m[4] != m[6] {
				continue // 2021-03/22: not one form
			}
			month, day = m[5], m[7]
		}
		t, timed, ok := makeDate(year, atoi(month), atoi(day), m[8], m[9], m[10], m[11], loc)
		if ok {
			return t, timed, true
		}
	}
	return time.Time{}, false, false
}

// makeDate builds a date from its parts, checking each.
func makeDate(year, month, day int, hh, mm, ss, zone string, loc *time.Location) (time.Time, bool, bool) {
	if year < 1970 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false, false
	}
	hour, minute, second := 0, 0, 0
	if hh != "" {
		hour, minute, second = atoi(hh), atoi(mm), atoi(ss)
		if hour > 23 || minute > 59 || second > 60 {
			hh, zone = "", "" // a day with a number after it, not a time
			hour, minute, second = 0, 0, 0
		}
	}
	if z := zoneOf(zone); z != nil && hh != "" {
		loc = z
	}
	t := time.Date(year, time.Month(month), day, hour, minute, second, 0, loc)
	if t.Day() != day {
		return time.Time{}, false, false // February 30th
	}
	return t, hh != "", true
}

// zoneOf reads a zone written after a time; CST and 北京时间 are China
// Standard Time, as on Chinese sites.
func zoneOf(z string) *time.Location {
	switch z {
	case "":
		return nil
	case "Z", "GMT", "UTC", "格林尼治标准时间":
		return time.UTC
	case "CST", "北京时间":
		return chinaStandardTime
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	h, m := atoi(z[:2]), atoi(z[2:])
	return time.FixedZone("", sign*(h*3600+m*60))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
