package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdoc/newsdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountingReaderStat: the counting reader gives Parse its file's
// Stat, so that a regular file is read into a buffer of its size, and
// says it has none for a reader with none; Parse reads through it what
// it reads from the file itself, every byte counted.
func TestCountingReaderStat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.html")
	require.NoError(t, os.WriteFile(path, []byte("<p>正文</p>"), 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	cr := &countingReader{r: f}
	fi, err := cr.Stat()
	require.NoError(t, err)
	assert.Equal(t, int64(len("<p>正文</p>")), fi.Size())
	doc, err := newsdoc.Parse(cr)
	require.NoError(t, err)
	require.Len(t, doc.Paragraphs, 1)
	assert.Equal(t, "正文", doc.Paragraphs[0].Text)
	assert.Equal(t, int64(len("<p>正文</p>")), cr.n)

	_, err = (&countingReader{r: strings.NewReader("x")}).Stat()
	assert.ErrorIs(t, err, errors.ErrUnsupported)
}
