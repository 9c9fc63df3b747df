package newsdoc

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden parses each testdata/golden/<case>/input.md with removals
// reported and compares the JSON with want.json, which records what is
// right for that article (reviewed by eye, see testdata/golden/README.md).
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*", "input.md"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dirs), 11, "the seed and at least ten corpus posts")
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			doc, err := Parse(bytes.NewReader(src), WithRemovals())
			require.NoError(t, err)
			got := marshalIndent(t, doc)
			want := filepath.Join(dir, "want.json")
			if *update {
				require.NoError(t, os.WriteFile(want, got, 0o644))
				return
			}
			w, err := os.ReadFile(want)
			require.NoError(t, err, "run go test -run TestGolden -update to create it")
			assert.Equal(t, string(w), string(got))
		})
	}
}

func marshalIndent(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}
