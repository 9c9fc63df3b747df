package newsdoc

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"

	"github.com/yuin/goldmark"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html/atom"
)

// Format is the markup of an article's body.
type Format uint8

// Body formats. FormatAuto, the default, tells them apart by their markup:
// HTML elements make HTML (the Hexo posts scraped from portals, whose
// indented blocks must not become Markdown code blocks); "#" headings,
// lists or emphasis without HTML blocks make Markdown (laws from
// LawRefBook); anything else is plain text.
const (
	FormatAuto Format = iota
	FormatHTML
	FormatMarkdown
	FormatText
)

var formatNames = [...]string{"auto", "html", "markdown", "text"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", f)
}

// WithFormat sets the markup of the body instead of detecting it. The
// default is [FormatAuto]; a value that is not one of the Format
// constants is an error.
func WithFormat(f Format) Option {
	return func(c *config) {
		if int(f) >= len(formatNames) {
			c.invalid("WithFormat(%d): no such format", f)
			return
		}
		c.format = f
	}
}

var (
	// htmlTag is the start of an HTML tag; hasHTML checks its name.
	htmlTag = regexp.MustCompile(`<(?:[a-zA-Z][a-zA-Z0-9]{0,15}|!doctype|!DOCTYPE)[\s/>]`)
	// markdownMark is a line that only Markdown bodies start with.
	markdownMark = regexp.MustCompile(`(?m)^(?:#{1,6}\s|[-*+]\s|>\s|\d{1,3}[.)]\s|\*\*|` + "```" + `)`)
)

// detectFormat tells the markup of a body.
func detectFormat(body []byte) Format {
	switch {
	case hasHTML(body):
		return FormatHTML
	case markdownMark.Match(body):
		return FormatMarkdown
	}
	return FormatText
}

// hasHTML reports whether body holds a tag of a known HTML element (a
// comment alone, as in LawRefBook's Markdown, does not count).
func hasHTML(body []byte) bool {
	for _, loc := range htmlTag.FindAllIndex(body, 8) {
		name := bytes.ToLower(body[loc[0]+1 : loc[1]-1])
		if name[0] == '!' || atom.Lookup(name) != 0 {
			return true
		}
	}
	return false
}

// bodyHTML returns the body as HTML for the tokenizer: Markdown is
// rendered with goldmark (raw HTML in it kept, so that the removal rules
// see it), plain text becomes one <p> per block of lines. Markdown that
// goldmark could not read in time linear in its size (see
// markdownBounded) is read as plain text, with a warning.
func bodyHTML(body []byte, f Format, doc *Document) ([]byte, error) {
	if f == FormatAuto {
		f = detectFormat(body)
	}
	switch f {
	case FormatMarkdown:
		if why := markdownBounded(body); why != "" {
			doc.Warnings = append(doc.Warnings, Warning{Code: "markdown-limit",
				Message: "Markdown read as plain text: " + why})
			return textHTML(body), nil
		}
		var out bytes.Buffer
		out.Grow(len(body) + len(body)/4)
		md := goldmark.New(goldmark.WithRendererOptions(ghtml.WithUnsafe()))
		if err := md.Convert(body, &out); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	case FormatText:
		return textHTML(body), nil
	}
	return body, nil
}

// Limits on Markdown that goldmark reads. Its work grows with the square
// of the nesting of block containers on a line (> > > …, - - - …) and of
// the inline delimiters in one paragraph ([[[…, *a_ *a_ …); within these
// limits it stays linear in the input. Real Markdown is far within them.
const (
	maxMarkdownNesting = 16  // block containers opened on one line
	maxMarkdownDelims  = 512 // * _ [ ] ` < ! in one paragraph
)

// markdownBounded returns why body is past the Markdown limits, or "".
func markdownBounded(body []byte) string {
	delims := 0
	for line := range bytes.Lines(body) {
		trimmed := bytes.TrimLeft(line, " \t")
		if len(bytes.TrimSpace(trimmed)) == 0 {
			delims = 0 // a blank line ends the paragraph
			continue
		}
		if containerDepth(trimmed) > maxMarkdownNesting {
			return "block containers nested deeper than " + strconv.Itoa(maxMarkdownNesting) + " on one line"
		}
		for _, c := range line {
			switch c {
			case '*', '_', '[', ']', '`', '<', '!':
				delims++
			}
		}
		if delims > maxMarkdownDelims {
			return "more than " + strconv.Itoa(maxMarkdownDelims) + " inline delimiters in one paragraph"
		}
	}
	return ""
}

// containerDepth counts the block quote and list markers that open a
// line: "> > - 1. text" has four.
func containerDepth(line []byte) int {
	depth := 0
	for len(line) > 0 {
		n := 0
		switch c := line[0]; {
		case c == '>':
			n = 1
		case (c == '-' || c == '+' || c == '*') && len(line) > 1 && (line[1] == ' ' || line[1] == '\t'):
			n = 1
		case c >= '0' && c <= '9':
			for n < len(line) && n < 10 && line[n] >= '0' && line[n] <= '9' {
				n++
			}
			if n >= len(line) || (line[n] != '.' && line[n] != ')') {
				return depth
			}
			n++
		default:
			return depth
		}
		depth++
		line = bytes.TrimLeft(line[n:], " \t")
	}
	return depth
}

// textHTML makes paragraphs of plain text: blocks separated by blank
// lines, or, in a text with no blank line, every line. Its output is
// written in one pass into a buffer sized once.
func textHTML(body []byte) []byte {
	blank, seenText, pending := false, false, false
	for line := range bytes.Lines(body) {
		switch {
		case !isBlankLine(line):
			blank = blank || pending
			seenText = true
		case seenText:
			pending = true
		}
	}
	out := make([]byte, 0, len(body)+len(body)/8+64)
	open := false
	for line := range bytes.Lines(body) {
		switch {
		case blank && isBlankLine(line):
			if open {
				out = append(out, "</p>\n"...)
				open = false
			}
			continue
		case !blank && open:
			out = append(out, "</p>\n"...)
			open = false
		}
		if !open {
			out = append(out, "<p>"...)
			open = true
		}
		out = appendEscaped(out, line)
	}
	if open {
		out = append(out, "</p>\n"...)
	}
	return out
}

// isBlankLine reports whether a line holds only white space, U+3000
// included.
func isBlankLine(line []byte) bool {
	for len(line) > 0 {
		switch {
		case line[0] == ' ' || line[0] == '\t' || line[0] == '\r' || line[0] == '\n':
			line = line[1:]
		case bytes.HasPrefix(line, []byte("\u3000")):
			line = line[len("\u3000"):]
		default:
			return false
		}
	}
	return true
}

// appendEscaped appends s with the characters that HTML reads as markup
// escaped, as html.EscapeString does.
func appendEscaped(out, s []byte) []byte {
	for len(s) > 0 {
		i := bytes.IndexAny(s, "<>&'\"")
		if i < 0 {
			return append(out, s...)
		}
		out = append(out, s[:i]...)
		switch s[i] {
		case '<':
			out = append(out, "&lt;"...)
		case '>':
			out = append(out, "&gt;"...)
		case '&':
			out = append(out, "&amp;"...)
		case '\'':
			out = append(out, "&#39;"...)
		case '"':
			out = append(out, "&#34;"...)
		}
		s = s[i+1:]
	}
	return out
}
