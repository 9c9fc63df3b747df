package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Fold returns s in the form every comparison of this package uses: NFC,
// with all white space (unicode.IsSpace, which includes the ideographic
// space U+3000 and NBSP) and all format characters (category Cf: zero-width
// spaces and joiners, BOM, soft hyphen, bidi marks) removed, and full-width
// ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) folded to their half-width
// forms. Full-width punctuation (，。：；！？（）) is kept as it is, and
// letter case is kept.
func Fold(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cf, r):
			continue
		case isFullwidthAlnum(r):
			r = width.LookupRune(r).Narrow()
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isFullwidthAlnum reports whether r is a full-width ASCII letter or digit.
func isFullwidthAlnum(r rune) bool {
	return (r >= '０' && r <= '９') || (r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ')
}

// foldName folds a title or a person's name: [Fold], then leading and
// trailing punctuation (unicode.IsPunct: 《》“”【】「」、。… and ASCII
// punctuation) is trimmed.
func foldName(s string) string {
	return strings.TrimFunc(Fold(s), unicode.IsPunct)
}

// Tokens splits s into the tokens body F1 counts, after folding as [Fold]
// does: every Han character is one token, every run of ASCII letters and
// digits is one token, every other letter or number (kana, Hangul, accented
// Latin, ①) is one token by itself, and punctuation, symbols and white
// space are ignored. The result maps each token to its count.
func Tokens(s string) map[string]int {
	s = Fold(s)
	counts := make(map[string]int)
	start := -1 // start of the current ASCII run, or -1
	for i, r := range s {
		if r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			counts[s[start:i]]++
			start = -1
		}
		if r >= 0x80 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			counts[string(r)]++
		}
	}
	if start >= 0 {
		counts[s[start:]]++
	}
	return counts
}

// bodyF1 returns precision, recall and F1 of got against want over the
// multisets of their [Tokens]. Empty got against non-empty want is 0.
func bodyF1(got, want string) (precision, recall, f1 float64) {
	g, w := Tokens(got), Tokens(want)
	var ng, nw, overlap int
	for _, c := range g {
		ng += c
	}
	for t, c := range w {
		nw += c
		overlap += min(c, g[t])
	}
	if ng == 0 || nw == 0 || overlap == 0 {
		return 0, 0, 0
	}
	precision = float64(overlap) / float64(ng)
	recall = float64(overlap) / float64(nw)
	return precision, recall, 2 * precision * recall / (precision + recall)
}
