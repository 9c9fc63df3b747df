package evaluate

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Garbled reports whether text looks mis-decoded: a GBK, GB18030 or Big5
// page read as UTF-8 or Latin-1, or a UTF-8 page read as GBK or Big5.
//
// The rule, for Chinese text:
//
//  1. Any U+FFFD (the replacement character a decoder writes for bytes it
//     cannot read) makes the text garbled.
//  2. Otherwise count H, the Han characters (script Han, any block) that
//     are not suspect, and S, the suspect characters (below). The text is
//     garbled when S ≥ 3 and S > 1% of H+S, that is when 100·S > H+S.
//
// A character is suspect when Chinese text almost never holds it but a
// wrong decoding produces it in numbers:
//
//   - a rare Han character: one of the basic block U+4E00–U+9FFF that is
//     in neither GB2312 (its 6,763 hanzi: GBK lead bytes 0xB0–0xF7, trail
//     bytes 0xA1–0xFE) nor Big5 (lead bytes 0xA4–0xF9, as
//     golang.org/x/text encodes it). Simplified text lives in the first
//     and traditional text in the second: on the pages of the corpus at
//     most 0.1% of Han characters are in neither, while UTF-8 read as GBK
//     puts about a quarter of its Han characters there (鏂, 崕, 寳…);
//   - Han outside the basic block: Extension A (U+3400–U+4DBF), the
//     compatibility ideographs (U+F900–U+FAFF) and the supplementary
//     planes (U+20000–U+3FFFF);
//   - Latin-1 mojibake: a character of U+00A1–U+02FF (Latin-1 Supplement,
//     Latin Extended-A/B, IPA, spacing modifiers) or one of the
//     Windows-1252 extras (€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ) standing next to a
//     character of U+0080–U+02FF. "ä¸­" and "ÖÐ¹ú" are runs of such
//     characters; "café", "10°C", "3×4" and "“……”" are not;
//   - the blocks a GBK decoder reaches when it reads UTF-8 bytes as
//     lead/trail pairs: Hiragana and Katakana (U+3040–U+30FF, half-width
//     U+FF61–U+FF9F), Greek and Cyrillic (U+0370–U+04FF), Bopomofo
//     (U+3100–U+312F), box drawing (U+2500–U+257F) and Hangul syllables
//     (U+AC00–U+D7AF).
//
// Everything else is neither counted nor suspect: ASCII; private use
// (U+E000–U+F8FF: GBK's user-defined area decodes there, but Chinese
// sites draw their icon fonts there too); C1 controls (a page may carry
// Windows-1252 quotes as U+0093/U+0094 in otherwise sound text); CJK
// punctuation (U+3000–U+303F); general punctuation (“”‘’—…);
// full-width forms (U+FF01–U+FF60, U+FFE0–U+FFEE); ①, ℃, arrows, shapes
// and emoji.
//
// The rule is meant for Chinese pages: a page in Japanese, Russian or
// Greek would be called garbled.
func Garbled(text string) bool {
	var han, suspect int
	rs := []rune(text)
	for i, r := range rs {
		switch {
		case r == unicode.ReplacementChar:
			return true
		case isSuspect(rs, i):
			suspect++
		case r >= 0x4E00 && r <= 0x9FFF, unicode.Is(unicode.Han, r):
			han++
		}
	}
	return suspect >= 3 && 100*suspect > han+suspect
}

// isSuspect reports whether rs[i] is a suspect character (see [Garbled]).
func isSuspect(rs []rune, i int) bool {
	r := rs[i]
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return !commonHan()[r-0x4E00]
	case r >= 0x3400 && r <= 0x4DBF, r >= 0xF900 && r <= 0xFAFF, r >= 0x20000 && r <= 0x3FFFF:
		return true // Han outside the basic block
	case r >= 0x3040 && r <= 0x30FF, r >= 0xFF61 && r <= 0xFF9F, // kana
		r >= 0x0370 && r <= 0x04FF, // Greek, Cyrillic
		r >= 0x3100 && r <= 0x312F, // Bopomofo
		r >= 0x2500 && r <= 0x257F, // box drawing
		r >= 0xAC00 && r <= 0xD7AF: // Hangul syllables
		return true
	case isLatinMojibake(r):
		return (i > 0 && isHighLatin(rs[i-1])) || (i+1 < len(rs) && isHighLatin(rs[i+1]))
	}
	return false
}

// isLatinMojibake reports whether r is a character Latin-1 or Windows-1252
// mojibake is made of: U+00A1–U+02FF or a Windows-1252 extra.
func isLatinMojibake(r rune) bool {
	return (r >= 0xA1 && r <= 0x2FF) || isCP1252Extra(r)
}

// isHighLatin reports whether r is U+0080–U+02FF: the neighbour that
// makes a Latin-1 character suspect. The Windows-1252 extras are not, so
// that Chinese “”……—— stay innocent.
func isHighLatin(r rune) bool {
	return r >= 0x80 && r <= 0x2FF
}

// isCP1252Extra reports whether r is one of the characters Windows-1252
// puts at bytes 0x80–0x9F.
func isCP1252Extra(r rune) bool {
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž',
		'‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}

// commonHan returns, for each rune of U+4E00–U+9FFF (index r-0x4E00),
// whether it is a GB2312 or Big5 hanzi. It is built once, from the GBK and
// Big5 encoders of golang.org/x/text.
var commonHan = sync.OnceValue(func() []bool {
	common := make([]bool, 0x9FFF-0x4E00+1)
	gbk := simplifiedchinese.GBK.NewEncoder()
	big5 := traditionalchinese.Big5.NewEncoder()
	var src [utf8.UTFMax]byte
	var dst [8]byte
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		n := utf8.EncodeRune(src[:], r)
		gbk.Reset()
		if m, _, err := gbk.Transform(dst[:], src[:n], true); err == nil && m == 2 &&
			dst[0] >= 0xB0 && dst[0] <= 0xF7 && dst[1] >= 0xA1 {
			common[r-0x4E00] = true
			continue
		}
		big5.Reset()
		if m, _, err := big5.Transform(dst[:], src[:n], true); err == nil && m == 2 &&
			dst[0] >= 0xA4 && dst[0] <= 0xF9 {
			common[r-0x4E00] = true
		}
	}
	return common
})
