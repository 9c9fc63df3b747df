package newsdoc

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

// TestFastPathsAgreeWithXText checks the ranges that textWriter handles
// without asking x/text against x/text itself: ASCII and the CJK unified
// ideographs are NFC-inert, and the ideographs are wide.
func TestFastPathsAgreeWithXText(t *testing.T) {
	for r := rune(0x20); r < 0x7f; r++ {
		if !nfcInert(r) {
			t.Errorf("%U is not NFC-inert", r)
		}
	}
	for r := rune(0x4e00); r <= 0x9fff; r++ {
		if !nfcInert(r) {
			t.Fatalf("%U is not NFC-inert", r)
		}
		if k := width.LookupRune(r).Kind(); k != width.EastAsianWide {
			t.Fatalf("%U is %v, not wide", r, k)
		}
	}
	for r := rune(0xff01); r <= 0xff5e; r++ {
		if k := width.LookupRune(r).Kind(); k != width.EastAsianFullwidth {
			t.Fatalf("%U is %v, not full-width", r, k)
		}
		if !nfcInert(r) {
			t.Fatalf("%U is not NFC-inert", r)
		}
	}
	for _, rng := range [][2]rune{{0x2010, 0x2027}, {0x3001, 0x3029}} {
		for r := rng[0]; r <= rng[1]; r++ {
			if !nfcInert(r) {
				t.Fatalf("%U is not NFC-inert", r)
			}
		}
	}
}

// randomText returns n pieces drawn at random, one after another: the
// texts of the tests that hold a fast path to the code it stands for.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
