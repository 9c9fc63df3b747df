package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsdoc/newsdoc"
)

// refresh is how often the progress line is redrawn.
var refresh = 200 * time.Millisecond

// A result is a parsed and rendered input, waiting for its turn.
type result struct {
	input
	out []byte // the rendered document
	n   int64  // bytes read
}

// A batch parses inputs with a pool of workers and writes the results in
// input order.
type batch struct {
	cfg    *config
	stdin  io.Reader
	out    *bufio.Writer
	stderr io.Writer
	ttyErr bool // progress on stderr
	ttyOut bool // stdout shares the terminal: flush each document, clear progress first
	sink   *sink
	slots  chan struct{} // see spawn

	start    time.Time
	files    int
	failed   int
	bytes    int64
	wrote    bool // a document has gone to standard output
	progress bool // a progress line is on the screen
	fatal    bool // standard output failed: stop
	waited   int  // the most documents that waited for an earlier one
}

func newBatch(cfg *config, stdin io.Reader, stdout, stderr io.Writer, isTerminal func(io.Writer) bool) *batch {
	b := &batch{
		cfg:    cfg,
		stdin:  stdin,
		out:    bufio.NewWriterSize(stdout, 64<<10),
		stderr: stderr,
		ttyErr: isTerminal(stderr),
		ttyOut: cfg.outDir == "" && isTerminal(stdout),
	}
	if cfg.outDir != "" {
		b.sink = newSink(cfg)
	}
	return b
}

// run parses every input and returns the exit status.
func (b *batch) run() int {
	b.start = time.Now()
	if b.sink != nil {
		if err := os.MkdirAll(b.cfg.outDir, 0o755); err != nil {
			fmt.Fprintf(b.stderr, "newsdoc: %v\n", err)
			return 1
		}
	}
	results, stop := b.spawn()
	b.collect(results, stop)
	b.summary()
	if err := b.out.Flush(); err != nil && !b.fatal {
		fmt.Fprintf(b.stderr, "newsdoc: %v\n", err)
		b.fatal = true
	}
	if b.failed > 0 || b.fatal {
		return 1
	}
	return 0
}

// spawn starts the walk and the workers. At most window inputs are between
// the walk and the writer at any time: the walk takes a slot for each input
// and collect gives it back once the input is written, so the documents
// waiting for a slower one never number more than the window.
func (b *batch) spawn() (<-chan result, func()) {
	window := 4 * b.cfg.workers
	slots := make(chan struct{}, window)
	inputs := make(chan input)
	results := make(chan result, window)
	done := make(chan struct{})
	var once sync.Once
	stop := func() { once.Do(func() { close(done) }) }

	go func() {
		defer close(inputs)
		seq := 0
		walk(b.cfg.paths, func(in input) bool {
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			in.seq = seq
			seq++
			select {
			case inputs <- in:
				return true
			case <-done:
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range b.cfg.workers {
		wg.Go(func() {
			for in := range inputs {
				results <- b.parse(in)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	b.slots = slots
	return results, stop
}

// collect writes the results in input order as they come, redrawing the
// progress line on the way, until the workers are done.
func (b *batch) collect(results <-chan result, stop func()) {
	var tick <-chan time.Time
	if b.ttyErr {
		t := time.NewTicker(refresh)
		defer t.Stop()
		tick = t.C
	}
	pending := make(map[int]result)
	next := 0
	for {
		select {
		case r, ok := <-results:
			if !ok {
				return
			}
			if b.fatal {
				continue // drain
			}
			pending[r.seq] = r
			b.waited = max(b.waited, len(pending)-1)
			for !b.fatal {
				first, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				b.emit(first)
				<-b.slots
			}
			if b.fatal {
				stop()
			}
		case <-tick:
			b.showProgress()
		}
	}
}

// parse reads and renders one input; it runs on a worker.
func (b *batch) parse(in input) result {
	r := result{input: in}
	if in.err != nil {
		return r
	}
	opts := b.cfg.opts
	if strings.EqualFold(filepath.Ext(in.path), ".txt") {
		// A .txt file is plain text, whatever lines in it look like
		// Markdown ("- " bullets, "1." items).
		opts = append(slices.Clip(opts), newsdoc.WithFormat(newsdoc.FormatText))
	}
	var src io.Reader = b.stdin
	if in.path != "-" {
		f, err := os.Open(in.path)
		if err != nil {
			r.err = err
			return r
		}
		defer f.Close()
		src = f
	}
	cr := &countingReader{r: src}
	doc, err := newsdoc.Parse(cr, opts...)
	r.n = cr.n
	if err == nil {
		r.out, err = guarded(func() ([]byte, error) { return render(b.cfg.format, in.path, doc) })
	}
	r.err = err
	return r
}

// guarded returns what render, a call to render, returns; a panic in it,
// a fault of newsdoc's renderers, it returns as an *newsdoc.InternalError,
// as Parse returns its own: the batch goes on.
func guarded(render func() ([]byte, error)) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, &newsdoc.InternalError{Value: r, Stack: debug.Stack()}
		}
	}()
	return render()
}

// emit writes one result, in its turn.
func (b *batch) emit(r result) {
	b.files++
	b.bytes += r.n
	if r.err == nil {
		if b.sink != nil {
			r.err = b.sink.write(r.input, r.out)
		} else {
			b.print(r)
		}
	}
	if r.err != nil {
		b.failed++
		b.clearProgress()
		b.flush()
		// %+v prints a fault of newsdoc's own (an *InternalError) with
		// the stack where it was, which a report of it needs; other
		// errors print as %v does.
		fmt.Fprintf(b.stderr, "%s: %+v\n", r.path, r.err)
	}
}

// print writes a document to standard output, after the separator that
// names its path when several markdown or text documents share it.
func (b *batch) print(r result) {
	if b.ttyOut {
		b.clearProgress()
	}
	if b.cfg.multi {
		switch b.cfg.format {
		case "markdown":
			if b.wrote {
				b.out.WriteByte('\n')
			}
			fmt.Fprintf(b.out, "<!-- %s -->\n\n", r.path)
		case "text":
			fmt.Fprintf(b.out, "\f%s\n\n", r.path)
		}
	}
	b.out.Write(r.out)
	b.wrote = true
	if b.ttyOut {
		b.flush()
	}
}

// flush flushes standard output; a failure stops the batch.
func (b *batch) flush() {
	if err := b.out.Flush(); err != nil && !b.fatal {
		b.fatal = true
		fmt.Fprintf(b.stderr, "newsdoc: %v\n", err)
	}
}

func (b *batch) showProgress() {
	secs := time.Since(b.start).Seconds()
	fmt.Fprintf(b.stderr, "\r%d files, %.0f files/s, %.1f MB/s, %d failed\x1b[K",
		b.files, float64(b.files)/secs, float64(b.bytes)/1e6/secs, b.failed)
	b.progress = true
}

func (b *batch) clearProgress() {
	if b.progress {
		fmt.Fprint(b.stderr, "\r\x1b[K")
		b.progress = false
	}
}

// summary prints the summary line: on standard output with -o, else on
// standard error when it is a terminal or there were several inputs.
func (b *batch) summary() {
	b.clearProgress()
	line := fmt.Sprintf("newsdoc: %d files, %d failed, %.1f MB, %.2f s\n",
		b.files, b.failed, float64(b.bytes)/1e6, time.Since(b.start).Seconds())
	switch {
	case b.sink != nil:
		b.out.WriteString(line)
	case b.ttyErr || b.cfg.multi:
		b.flush()
		fmt.Fprint(b.stderr, line)
	}
}

// countingReader counts the bytes read through it. Its Stat is its
// reader's, a file's, so that Parse sizes its buffer to a regular file
// at once instead of growing one by doubling.
type countingReader struct {
	r io.Reader
	n int64
}

// Stat returns the FileInfo of the reader, or an error when it has none.
func (c *countingReader) Stat() (os.FileInfo, error) {
	if s, ok := c.r.(interface{ Stat() (os.FileInfo, error) }); ok {
		return s.Stat()
	}
	return nil, errors.ErrUnsupported
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
