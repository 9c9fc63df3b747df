package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/newsdoc/newsdoc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadSized: an input as long as its size, or shorter (a file cut
// while it was read), is read whole; a longer one (a file that grew) is
// left to Parse, every byte of it from its start; a read error is
// returned.
func TestReadSized(t *testing.T) {
	whole, rest, err := readSized(strings.NewReader("<p>正文</p>"), int64(len("<p>正文</p>")))
	require.NoError(t, err)
	assert.Nil(t, rest)
	assert.Equal(t, "<p>正文</p>", string(whole))

	whole, rest, err = readSized(strings.NewReader("<p>正"), 100)
	require.NoError(t, err)
	assert.Nil(t, rest)
	assert.Equal(t, "<p>正", string(whole))

	whole, rest, err = readSized(strings.NewReader("<p>正文</p><p>又一段</p>"), 4)
	require.NoError(t, err)
	assert.Nil(t, whole)
	all, err := io.ReadAll(rest)
	require.NoError(t, err)
	assert.Equal(t, "<p>正文</p><p>又一段</p>", string(all))

	// As Parse says it, whichever path the input takes.
	boom := errors.New("boom")
	_, _, err = readSized(iotest.ErrReader(boom), 10)
	assert.ErrorIs(t, err, boom)
	_, want := newsdoc.Parse(iotest.ErrReader(boom))
	require.Error(t, want)
	assert.Equal(t, want.Error(), err.Error())
}

// TestReadWhole: a regular file within the limit is read whole; a file
// over it, and anything that is no regular file, is left to Parse from
// its start (which tells a file over the limit ErrTooLarge).
func TestReadWhole(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.html")
	require.NoError(t, os.WriteFile(small, []byte("<p>正文</p>"), 0o644))
	f, err := os.Open(small)
	require.NoError(t, err)
	defer f.Close()
	whole, rest, err := readWhole(f)
	require.NoError(t, err)
	assert.Nil(t, rest)
	assert.Equal(t, "<p>正文</p>", string(whole))

	big := filepath.Join(dir, "big.html")
	g, err := os.Create(big)
	require.NoError(t, err)
	defer g.Close()
	_, err = g.WriteString("<p>正文</p>")
	require.NoError(t, err)
	require.NoError(t, g.Truncate(newsdoc.DefaultMaxBytes+1)) // sparse: no 32 MiB written
	_, err = g.Seek(0, io.SeekStart)
	require.NoError(t, err)
	whole, rest, err = readWhole(g)
	require.NoError(t, err)
	assert.Nil(t, whole)
	require.Equal(t, io.Reader(g), rest)
	_, err = newsdoc.Parse(rest)
	assert.ErrorIs(t, err, newsdoc.ErrTooLarge)

	d, err := os.Open(dir)
	require.NoError(t, err)
	defer d.Close()
	whole, rest, err = readWhole(d)
	require.NoError(t, err)
	assert.Nil(t, whole)
	assert.Equal(t, io.Reader(d), rest)
}
