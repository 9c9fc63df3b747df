//go:build unix

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// While the first input blocks (a named pipe nobody writes yet), the other
// workers go on, but no more than the window of documents wait for it,
// however many inputs there are.
func TestWindowBoundsWaitingDocuments(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "p000.md")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	small := filepath.Join(golden, "cls-bare-text", "input.md")
	for i := 1; i < 200; i++ {
		copyFile(t, small, filepath.Join(dir, fmt.Sprintf("p%03d.md", i)))
	}
	cfg, status := parseArgs([]string{"-j", "3", dir}, nil, nil)
	require.NotNil(t, cfg, status)
	var out, errOut bytes.Buffer
	b := newBatch(cfg, strings.NewReader(""), &out, &errOut, func(w io.Writer) bool { return false })
	done := make(chan int)
	go func() { done <- b.run() }()

	time.Sleep(500 * time.Millisecond) // time for the two free workers to fill the window
	src, err := os.ReadFile(small)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(fifo, src, 0o644))
	require.Equal(t, 0, <-done, errOut.String())
	assert.Len(t, lines(out.String()), 200)
	assert.LessOrEqual(t, b.waited, 4*3-1, "the window is 4×N inputs, the blocked one included")
	assert.Positive(t, b.waited, "the others went on")
}
