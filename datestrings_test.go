package newsdoc

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dateCase is a real date string of testdata/dates with the instant a
// reader understands, written by hand.
type dateCase struct {
	Text   string `json:"text"`
	Source string `json:"source"`
	Want   string `json:"want"` // RFC 3339, or "" for no date
	Now    string `json:"now"`
	Split  string `json:"split"`
}

// TestDateStrings reads every string of testdata/dates with ParseDateAt
// and scores it: right when it gives the instant written by hand, or no
// date where there is none. Development and held-out strings are
// reported apart.
func TestDateStrings(t *testing.T) {
	var cases, heldout2 []dateCase
	readJSONFile(t, filepath.Join("testdata", "dates", "dates.json"), &cases)
	readJSONFile(t, filepath.Join("testdata", "dates", "dates_heldout2.json"), &heldout2)
	cases = append(cases, heldout2...)
	require.GreaterOrEqual(t, len(cases), 60)
	right := map[string][2]int{}
	all, n := 0, 0
	for _, c := range cases {
		var now time.Time
		if c.Now != "" {
			var err error
			now, err = time.Parse(time.RFC3339, c.Now)
			require.NoError(t, err, c.Now)
		}
		got, err := ParseDateAt(c.Text, nil, now)
		ok := false
		if c.Want == "" {
			ok = err != nil
		} else {
			want, perr := time.Parse(time.RFC3339, c.Want)
			require.NoError(t, perr, c.Want)
			ok = err == nil && got.Equal(want)
		}
		r := right[c.Split]
		r[1]++
		if ok {
			r[0]++
			all++
		} else {
			t.Logf("%s: %q: want %q, got %v (%v)", c.Split, c.Text, c.Want, got, err)
		}
		n++
		right[c.Split] = r
	}
	for _, split := range []string{"dev", "heldout", "heldout2"} {
		r := right[split]
		t.Logf("%s: %d of %d dates right (%.3f)", split, r[0], r[1], float64(r[0])/float64(r[1]))
	}
	assert.GreaterOrEqual(t, float64(all)/float64(n), 0.95, "dates right")
}

// TestDateForms holds forms seen on pages of the second held-out set:
// the time before the date, a zone between the date and the time, and
// WordPress's Chinese month with an English day.
func TestDateForms(t *testing.T) {
	cst := time.FixedZone("", 8*3600)
	for s, want := range map[string]time.Time{
		"18:56 2017/09/08":            time.Date(2017, 9, 8, 18, 56, 0, 0, cst),
		"2018-07-02 HKT 12:58":        time.Date(2018, 7, 2, 12, 58, 0, 0, cst),
		"十一月 6th, 2009 at 12:02 下午":   time.Date(2009, 11, 6, 0, 0, 0, 0, cst),
		"2020年8月8日星期六":                time.Date(2020, 8, 8, 0, 0, 0, 0, cst),
		"更新時間：2021/03/22 香港時間 08:01":  time.Date(2021, 3, 22, 8, 1, 0, 0, cst),
		"星期六, 4 月 20日, 2024":          time.Date(2024, 4, 20, 0, 0, 0, 0, cst),
		"星期六, 10月 02, 2021 Views":     time.Date(2021, 10, 2, 0, 0, 0, 0, cst),
		"截至6月30日，2024年上半年，2023-05-06": time.Date(2023, 5, 6, 0, 0, 0, 0, cst), // a year running into 年 is no such date
	} {
		got, err := ParseDate(s, nil)
		require.NoError(t, err, s)
		assert.True(t, want.Equal(got), "%s: got %v, want %v", s, got, want)
	}
}

// TestEnglishMonthIsASCII: the English date pattern folds case as
// Unicode does, where ſ (long s) is an s; a month written with it is no
// month (it once read as January).
func TestEnglishMonthIsASCII(t *testing.T) {
	for _, s := range []string{"Sep: 12 ſep 2021", "published Sep 2020; 12 ſep 2021"} {
		_, ok := findDate(s, nil)
		assert.False(t, ok, "%q", s)
	}
	cst := time.FixedZone("", 8*3600)
	got, ok := findDate("ſep: 12 Sep 2021", nil)
	require.True(t, ok)
	assert.True(t, time.Date(2021, 9, 12, 0, 0, 0, 0, cst).Equal(got), "%v", got)
}

// TestWholeStandardDate: the time.Parse fast path gives what the patterns
// give for RFC 3339 and RFC 1123 dates: the same time, zone, span and
// time flag.
func TestWholeStandardDate(t *testing.T) {
	for _, s := range []string{"Mon, 22 Mar 2021 08:01:14 GMT", "Mon, 22 Mar 2021 08:01:14 UTC", "Mon, 22 Mar 2021 08:01:14 +0800",
		"2021-03-22T08:01:14+08:00", "2021-03-22T08:01:14Z", "2021-03-22T08:01:14.123456+08:00", "2021-03-22T08:01:14-05:30", "Tue, 01 Nov 2016 15:44:22 -0000"} {
		fast, ok := wholeStandardDate(s)
		if !ok {
			t.Errorf("%s: no fast path", s)
			continue
		}
		var best dateMatch
		for _, m := range []func(string, *time.Location) (dateMatch, bool){matchYMD, matchEnglish} {
			if d, ok := m(s, chinaStandardTime); ok {
				best = d
				break
			}
		}
		if !reflect.DeepEqual(fast.t, best.t) || fast.timed != best.timed || fast.start != best.start || fast.end != best.end {
			t.Errorf("%s: fast %v %v %d-%d, patterns %v %v %d-%d", s, fast.t, fast.timed, fast.start, fast.end, best.t, best.timed, best.start, best.end)
		}
	}
}

// TestWholeStandardDateAllocs: a date of RFC 3339 or RFC 1123 is read
// with no allocation (time.Parse makes a Location for a zone named, GMT,
// on every call).
func TestWholeStandardDateAllocs(t *testing.T) {
	for _, s := range []string{"Mon, 22 Mar 2021 08:01:14 GMT", "Mon, 22 Mar 2021 08:01:14 +0800", "2021-03-22T08:01:14+08:00"} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = wholeStandardDate(s) }), s)
	}
	// A zone by name set off by more than one space is read, as
	// time.Parse read it with the zone in its layout.
	want := time.Date(2021, 3, 22, 8, 1, 14, 0, time.UTC)
	for _, s := range []string{"Mon, 22 Mar 2021 08:01:14  GMT", "Mon, 22 Mar 2021 08:01:14   UTC"} {
		d, ok := wholeStandardDate(s)
		if assert.True(t, ok, s) {
			assert.Equal(t, want, d.t, s)
		}
	}
}

// TestWholeStandardDateShape: the look at the text's shape before
// time.Parse turns away no date the layouts read: times across the years
// 1900–2099, written in each layout, are all read.
func TestWholeStandardDateShape(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	zones := []*time.Location{time.UTC, time.FixedZone("", 8*3600), time.FixedZone("", -(5*3600 + 1800))}
	for range 3000 {
		at := time.Date(1900+rng.IntN(200), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), rng.IntN(1e9), zones[rng.IntN(len(zones))])
		for _, layout := range []string{time.RFC3339Nano, time.RFC3339, time.RFC1123Z, time.RFC1123} {
			s := at.Format(layout)
			if layout == time.RFC1123 {
				s = at.UTC().Format(layout) // GMT or UTC by name
			}
			d, ok := wholeStandardDate(s)
			if !ok {
				if len(s) >= 20 && len(s) <= 40 {
					t.Errorf("%s: not read", s)
				}
				continue
			}
			// The instant to the second, in the zone written (UTC for a
			// zone by name).
			_, got := d.t.Zone()
			_, want := at.Zone()
			if layout == time.RFC1123 {
				want = 0
			}
			if !d.t.Equal(at.Truncate(time.Second)) || got != want {
				t.Errorf("%s: read %v", s, d.t)
			}
		}
	}
}

// TestHasWideDigit: one search for the lead byte finds what a search for
// each full-width digit finds, on texts of digits, the runes that share
// their first bytes (，：ｚ), and cut runes.
func TestHasWideDigit(t *testing.T) {
	pieces := []string{"０", "９", "５", "，", "：", "ｚ", "／", "中", "1", "\xef", "\xef\xbc", "\xbc\x90"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		s := randomText(rng, pieces, rng.IntN(12))
		require.Equal(t, containsAnyRune(s, "０１２３４５６７８９"), hasWideDigit(s), "%q", s)
	}
}

// TestDateSpanIsTheTextsOwn: a date's span is where the date stands in
// the text it was given, which cuts it out (credits, bylines). Dates in
// text with full-width digits are found in a normalized copy, whose
// offsets once cut the raw text in the wrong places ("２０２５年" for
// the whole date); such text may have no span.
func TestDateSpanIsTheTextsOwn(t *testing.T) {
	for _, s := range []string{
		"发布于2025年1月2日 10:00 编辑：张三",
		"来源：新华社 2025-12-03",
		"2025年1月2日",
		"記者 王明／台北報導 2024/05/06",
		"发布于２０２５年１月２日 编辑：张三",
		"来源：新华社 2025年１２月3日 10:00",
		"２０２５-01-02",
	} {
		span := dateSpan(s, nil)
		if span == nil && hasWideDigit(s) {
			continue
		}
		require.NotNil(t, span, "%q", s)
		whole, ok := findDate(s, nil)
		require.True(t, ok, "%q", s)
		part, ok := findDate(s[span[0]:span[1]], nil)
		require.True(t, ok, "%q: %q", s, s[span[0]:span[1]])
		assert.True(t, whole.Equal(part), "%q: %q gives %v, not %v", s, s[span[0]:span[1]], part, whole)
	}
}

// TestWholeNumericDate: the fast path for 2021-03-22 and 2021/03/22,
// with or without a time, gives what the patterns give (matchYMD, which
// findDateMatch takes first at the text's start) on every month, day,
// hour and minute around the edges, and leaves other forms to them.
func TestWholeNumericDate(t *testing.T) {
	var forms []string
	for _, y := range []string{"1899", "1900", "2021", "2024", "2099", "2100"} {
		for _, m := range []string{"00", "01", "02", "12", "13"} {
			for _, d := range []string{"00", "01", "28", "29", "30", "31", "32"} {
				for _, sep := range []string{"-", "/"} {
					date := y + sep + m + sep + d
					forms = append(forms, date)
					for _, clock := range []string{" 00:00", "T08:01", " 23:59", " 24:00", " 12:60", " 08:01:05", "T23:59:60", " 08:01:61", " 99:99:99"} {
						forms = append(forms, date+clock)
					}
				}
			}
		}
	}
	forms = append(forms, "2021-03/22", "2021/03-22", "2021.03.22", "2021-3-22", "2021-03-22 8:01", "2021-03-22 08.01", "2021-03-22  08:01",
		"2021-03-22 08:01:5", "2021-03-22x08:01", "2021-03-22 08:01 ", "二〇二一-03-22", "2021-03-22T08:01:05Z")
	for _, loc := range []*time.Location{chinaStandardTime, time.UTC} {
		for _, s := range forms {
			fast, ok := wholeNumericDate(s, loc)
			slow, slowOK := matchYMD(s, loc)
			if !ok {
				continue // left to the patterns
			}
			if !slowOK || !fast.t.Equal(slow.t) || fast.t.Location().String() != slow.t.Location().String() ||
				fast.timed != slow.timed || fast.start != slow.start || fast.end != slow.end {
				t.Errorf("%s: fast %v %v %d-%d, patterns %v %v %d-%d (%v)", s, fast.t, fast.timed, fast.start, fast.end, slow.t, slow.timed, slow.start, slow.end, slowOK)
			}
		}
	}
	for _, s := range []string{"2021-03-22", "2021/03/22 08:01", "2021-03-22T08:01", "2021-03-22 08:01:05", "2024-02-29"} {
		if _, ok := wholeNumericDate(s, chinaStandardTime); !ok {
			t.Errorf("%s: no fast path", s)
		}
	}
	for _, s := range []string{"2021-02-30", "2021-03/22", "2021-3-22", "2021-03-22 8:01", "1899-03-22", "2021.03.22"} {
		if _, ok := wholeNumericDate(s, chinaStandardTime); ok {
			t.Errorf("%s: read by the fast path", s)
		}
	}
}

// TestDateClockForms: a time after a dash, AM or PM before the hour, a
// bare 晚 (evening) before it, a weekday between a 民國 date and its
// time, WordPress's day, Chinese month and year, a slashed date with
// the year last whose order a day past 12 shows, and a dotted one, day
// first.
func TestDateClockForms(t *testing.T) {
	for s, want := range map[string]string{
		"2021年5月3日晚19:30":        "2021-05-03T19:30:00+08:00",
		"週二, 01 五月 2018 08:40":   "2018-05-01T08:40:00+08:00",
		"12 十一月 2019":            "2019-11-12T00:00:00+08:00",
		"06 十月 2018 08:40":       "2018-10-06T08:40:00+08:00", // 十 alone: October
		"十月 6th, 2009":           "2009-10-06T00:00:00+08:00",
		"Nov 9, 2018, 5:08 PM":   "2018-11-09T17:08:00+08:00",
		"29/04/2012":             "2012-04-29T00:00:00+08:00",
		"6/16/2021 10:23:49 PM":  "2021-06-16T22:23:49+08:00",
		"2021年5月3日晚7:30":         "2021-05-03T19:30:00+08:00",
		"113年5月20日(星期一)下午3時30分":  "2024-05-20T15:30:00+08:00",
		"民國113年5月20日（星期一）上午9時5分": "2024-05-20T09:05:00+08:00",
		"2014/12/29 — 0:01":      "2014-12-29T00:01:00+08:00",
		"(2013/03/26 PM11:46)":   "2013-03-26T23:46:00+08:00",
		"2013/03/26 AM12:05":     "2013-03-26T00:05:00+08:00",
		"2014/12/29—2015/01/03":  "2014-12-29T00:00:00+08:00", // a range: the first day
		"06.10.2014  18:13":      "2014-10-06T18:13:00+08:00", // dotted, year last: day first
		"25.12.2019":             "2019-12-25T00:00:00+08:00",
		"06.16.2014":             "2014-06-16T00:00:00+08:00", // no 16th month: month first
	} {
		d, err := ParseDate(s, nil)
		require.NoError(t, err, s)
		assert.Equal(t, want, d.Format(time.RFC3339), s)
	}
	// Day and month that could be either give no date.
	_, err := ParseDate("03/05/2018", nil)
	assert.ErrorIs(t, err, ErrNoDate)
	// A version is no date.
	_, err = ParseDate("v3.10.2019", nil)
	assert.ErrorIs(t, err, ErrNoDate)
}

// TestDateShape: running each date pattern only where the scan of the
// text's figures says it can match (dateShape) finds what running every
// pattern on the whole text finds, on every date string and credit line
// of testdata, every line of the section cases, and each date form put
// after and before texts that open or close the scan's gates.
func TestDateShape(t *testing.T) {
	var texts []string
	var dates []dateCase
	for _, f := range []string{"dates.json", "dates_heldout2.json"} {
		var cs []dateCase
		readJSONFile(t, filepath.Join("testdata", "dates", f), &cs)
		dates = append(dates, cs...)
	}
	for _, c := range dates {
		texts = append(texts, c.Text)
	}
	for _, c := range readCreditCases(t, "*.json") {
		texts = append(texts, c.Line)
	}
	for _, src := range testdataInputs(t, filepath.Join("testdata", "sections*", "*", "input.*")) {
		texts = append(texts, strings.Split(src, "\n")...)
	}
	forms := []string{"2021年3月22日", "2021 年 3 月 22 日 08:01", "2021-03-22", "2021/3/22 下午3时30分", "2021.03.22 08:01:05 +0800",
		"6/16/2021", "29/04/2012 18:13", "06.10.2014", "民國113年5月20日", "中华民国 99 年 1 月 2 日", "今（105）年1月13日", "113年5月20日",
		"113/05/20", "104.11.16", "4 月 20日, 2024", "10月 02, 2021", "十一月 6th, 2009", "01 五月 2018 08:40", "二〇二二年一月六日",
		"Nov 9, 2018, 17:08 PM", "昨天 08:15", "3小时前", "１２０２１年３月２２日",
		// A zone before the time, a time before the date, a year in
		// numerals spaced from 年 (the looks of findDateShaped and zoneBefore).
		"2012年12月10日, 格林尼治标准时间10:41", "2012年12月10日 北京時間 9:05", "2018-07-02 HKT 12:58", "18:56 2017/09/08",
		"08:01\t2017年9月8日", "二〇二二 年一月六日", "十二月 6th, 2009", "十月 6th, 2009", "06 十月 2018 08:40",
		// A first match of the year-month-day pattern that is no date.
		"2021年13月5日，2021年3月5日", "2021-03/22 2021/3/22"}
	for _, f := range forms {
		for _, before := range []string{"", " ", ".", "/", "1", "v", "第", "原标题：", "收入2366亿元 ", "GB/T4754-", "2020年底 ", "2020- ", "1999. x "} {
			for _, after := range []string{"", " ", "1", "年", ".", "/2", "，2024", " 新浪财经"} {
				texts = append(texts, before+f+after)
			}
		}
	}
	require.Greater(t, len(texts), 3000)
	now := time.Date(2024, 5, 20, 12, 0, 0, 0, chinaStandardTime)
	dated := 0
	for _, s := range texts {
		shaped, ok := findDateShaped(s, chinaStandardTime, now, true)
		whole, wholeOK := findDateShaped(s, chinaStandardTime, now, false)
		if ok != wholeOK || ok && (!shaped.t.Equal(whole.t) || shaped.t.Location().String() != whole.t.Location().String() ||
			shaped.timed != whole.timed || shaped.start != whole.start || shaped.end != whole.end) {
			t.Errorf("%q: shaped %v %v %v %d-%d, whole text %v %v %v %d-%d", s, ok, shaped.t, shaped.timed, shaped.start, shaped.end,
				wholeOK, whole.t, whole.timed, whole.start, whole.end)
		}
		if ok {
			dated++
		}
	}
	assert.Greater(t, dated, 1000, "the texts hold dates of every form")
}
