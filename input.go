package newsdoc

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// readInput checks the bytes of an article, decodes them to UTF-8, and
// splits off the front matter into doc.Meta. It returns the body as HTML
// for the tokenizer: the tokenizer's input is this and nothing else.
func readInput(src []byte, cfg *config, doc *Document) ([]byte, error) {
	src, err := decodeUTF16(src)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, utf8BOM))) == 0 {
		return nil, ErrEmpty
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(src) {
		// Replace once here, so that no field (text, URLs, metadata) keeps it.
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
		doc.Warnings = append(doc.Warnings, Warning{Code: "invalid-utf8", Message: "invalid UTF-8 replaced by U+FFFD"})
	}
	fm, err := splitFrontMatter(src, cfg)
	if err != nil {
		return nil, err
	}
	doc.Meta = fm.meta
	doc.Warnings = append(doc.Warnings, fm.warnings...)
	body, err := bodyHTML(fm.body, cfg.format, doc)
	if err != nil {
		return nil, fmt.Errorf("newsdoc: rendering the Markdown body: %w", err)
	}
	return body, nil
}

// decodeUTF16 decodes input that starts with a UTF-16 byte order mark.
func decodeUTF16(src []byte) ([]byte, error) {
	var e unicode.Endianness
	switch {
	case bytes.HasPrefix(src, []byte{0xff, 0xfe}):
		e = unicode.LittleEndian
	case bytes.HasPrefix(src, []byte{0xfe, 0xff}):
		e = unicode.BigEndian
	default:
		return src, nil
	}
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, fmt.Errorf("newsdoc: decoding UTF-16: %w", err)
	}
	return out, nil
}

func readAll(r io.Reader, limit int64) ([]byte, error) {
	// Size the buffer once when the reader knows its length (bytes and
	// strings readers, files), instead of letting it double its way up.
	size := int64(bytes.MinRead)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len()) + 1
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size() + 1
		}
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(size, limit+1)+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	src := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("newsdoc: reading input: %w", err)
	}
	if int64(len(src)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return src, nil
}
