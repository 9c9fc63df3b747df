package newsdoc

import (
	"bytes"
	"html"
	"regexp"

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
	return "Format(?)"
}

// WithFormat sets the markup of the body instead of detecting it.
func WithFormat(f Format) Option {
	return func(c *config) { c.format = f }
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
// see it), plain text becomes one <p> per block of lines.
func bodyHTML(body []byte, f Format) ([]byte, error) {
	if f == FormatAuto {
		f = detectFormat(body)
	}
	switch f {
	case FormatMarkdown:
		var out bytes.Buffer
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

var (
	blankLines = regexp.MustCompile(`\r?\n[ \t\x{3000}]*\r?\n`)
	lineEnds   = regexp.MustCompile(`\r?\n`)
)

// textHTML makes paragraphs of plain text: blocks separated by blank
// lines, or, in a text with no blank line, every line.
func textHTML(body []byte) []byte {
	blocks := blankLines.Split(string(body), -1)
	if len(blocks) == 1 {
		blocks = lineEnds.Split(string(body), -1)
	}
	var out bytes.Buffer
	for _, b := range blocks {
		out.WriteString("<p>")
		out.WriteString(html.EscapeString(b))
		out.WriteString("</p>\n")
	}
	return out.Bytes()
}
