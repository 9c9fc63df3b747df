package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsdoc/newsdoc"
)

// render returns doc in format, ending in a newline. JSON Lines put the
// input's path first, before the document's own keys.
func render(format, path string, doc *newsdoc.Document) ([]byte, error) {
	var buf bytes.Buffer
	switch format {
	case "json", "jsonl":
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if format == "json" {
			enc.SetIndent("", "  ")
			err := enc.Encode(doc)
			return buf.Bytes(), err
		}
		if err := enc.Encode(path); err != nil {
			return nil, err
		}
		key := append([]byte(`{"path":`), bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
		buf.Reset()
		if err := enc.Encode(doc); err != nil {
			return nil, err
		}
		// buf holds the document's object: splice the path in after the brace.
		obj := buf.Bytes()
		if !bytes.HasPrefix(obj, []byte("{}")) {
			key = append(key, ',')
		}
		return append(key, obj[1:]...), nil
	case "markdown":
		return withNewline(doc.Markdown()), nil
	default:
		return withNewline(doc.Text()), nil
	}
}

func withNewline(s string) []byte {
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return []byte(s)
}

// A sink writes each document to its own file under -o DIR.
type sink struct {
	dir     string
	ext     string
	seed    maphash.Seed
	seen    map[uint64]struct{} // hashes of the files written, 8 bytes an input
	lastDir string              // the last directory made
}

func newSink(cfg *config) *sink {
	ext := map[string]string{"json": ".json", "jsonl": ".json", "markdown": ".md", "text": ".txt"}[cfg.format]
	return &sink{dir: cfg.outDir, ext: ext, seed: maphash.MakeSeed(), seen: make(map[uint64]struct{})}
}

// target is where the document of in goes: the input's path relative to
// the PATH it came from, under the output directory, with the format's
// extension. A file PATH keeps its base name; standard input is "stdin".
func (s *sink) target(in input) string {
	rel := "stdin"
	switch {
	case in.path == "-":
	case in.path == in.root:
		rel = filepath.Base(in.path)
	default:
		if r, err := filepath.Rel(in.root, in.path); err == nil {
			rel = r
		}
	}
	return filepath.Join(s.dir, strings.TrimSuffix(rel, filepath.Ext(rel))+s.ext)
}

// write writes data for in. Two inputs of one run that map to the same file
// (a.md and a.html, or two PATHs with the same names) are an error for the
// second, and so is a target that is the input itself.
func (s *sink) write(in input, data []byte) error {
	out := s.target(in)
	h := maphash.String(s.seed, out)
	if _, dup := s.seen[h]; dup {
		return fmt.Errorf("%s: already written for an earlier input", out)
	}
	if ofi, err := os.Stat(out); err == nil && in.path != "-" {
		if ifi, err := os.Stat(in.path); err == nil && os.SameFile(ifi, ofi) {
			return fmt.Errorf("%s: would overwrite the input", out)
		}
	}
	if dir := filepath.Dir(out); dir != s.lastDir {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		s.lastDir = dir
	}
	s.seen[h] = struct{}{}
	return os.WriteFile(out, data, 0o644)
}
