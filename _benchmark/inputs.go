package benchmark

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Dir returns the _benchmark folder: the folder of this source file when
// it is known, else the working directory.
func Dir() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		if _, err := os.Stat(file); err == nil {
			return filepath.Dir(file)
		}
	}
	wd, _ := os.Getwd()
	return wd
}

// RepoRoot returns the newsdoc repository root, the parent of _benchmark.
func RepoRoot() string { return filepath.Dir(Dir()) }

// CorpusDir returns the shared corpus: $NEWSDOC_CORPUS when set (as in
// CI), else shared/corpus beside the repository.
func CorpusDir() string {
	if d := os.Getenv("NEWSDOC_CORPUS"); d != "" {
		return d
	}
	return filepath.Join(RepoRoot(), "..", "shared", "corpus")
}

// Input is one benchmark input: a batch of documents processed together.
type Input struct {
	Name string
	Docs [][]byte
}

// Bytes returns the total size of the batch.
func (in Input) Bytes() int64 {
	var n int64
	for _, d := range in.Docs {
		n += int64(len(d))
	}
	return n
}

// BenchInputs returns the benchmark inputs: the seed article, all
// hexo-sina posts as one batch, and all pages of the corpus html/ folder
// (without the *.expected.* gold files) as one batch, the development
// sets newsdoc's speed work was measured on; then two sets held out from
// it: the held-out pages of testdata/pages/heldout* and the corpus's
// posts of other sites (hexo-other), each as one batch.
func BenchInputs() ([]Input, error) {
	seed, err := os.ReadFile(filepath.Join(RepoRoot(), "testdata", "golden", "seed-beijing-report", "input.md"))
	if err != nil {
		return nil, err
	}
	inputs := []Input{{Name: "seed", Docs: [][]byte{seed}}}
	for _, batch := range []struct{ name, glob string }{
		{"hexo-sina", filepath.Join(CorpusDir(), "hexo-sina", "*.md")},
		{"html-pages", filepath.Join(CorpusDir(), "html", "*.html")},
		{"heldout-posts", filepath.Join(CorpusDir(), "hexo-other", "*.md")},
		{"heldout-pages", filepath.Join(RepoRoot(), "testdata", "pages", "heldout*", "*.html")},
	} {
		files, err := filepath.Glob(batch.glob)
		if err != nil {
			return nil, err
		}
		in := Input{Name: batch.name}
		for _, f := range files {
			if strings.Contains(filepath.Base(f), ".expected") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			in.Docs = append(in.Docs, b)
		}
		if len(in.Docs) == 0 {
			return nil, fmt.Errorf("benchmark: no input matches %s (set NEWSDOC_CORPUS)", batch.glob)
		}
		inputs = append(inputs, in)
	}
	return inputs, nil
}
