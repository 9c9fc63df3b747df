package newsdoc

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONRoundTrip checks that a Document is plain data: what JSON
// gives back is deeply equal to what Parse returned, for every golden
// and section case, so no per-call state hides in the results.
func TestJSONRoundTrip(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*", "*", "input.*"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	cases := map[string][]byte{
		"extra values": []byte("---\ntitle: 标题\nviews: 12\nbig: 12345678901\nratio: 0.5\nwhen: 2022-01-02\nnan: .nan\n" +
			"list: [1, a, true]\nmap: {a: 1, 2: b}\nnull:\ndate: 2022-01-13 07:21\n---\n<p>正文</p>"),
		"warnings and removals": []byte("---\ntitle: [a\n---\n<p>正文<!-- 注 --></p>\xff<table><tr><td rowspan=1000 colspan=1000>x"),
	}
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		require.NoError(t, err)
		cases[filepath.Base(filepath.Dir(in))] = src
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			doc, err := Parse(bytes.NewReader(src), WithRemovals())
			require.NoError(t, err)
			b, err := json.Marshal(doc)
			require.NoError(t, err)
			var back Document
			require.NoError(t, json.Unmarshal(b, &back))
			if _, off := back.Meta.Date.Zone(); back.Meta.Date.Location() == time.Local && off != 0 {
				// encoding/json gives time.Local when the machine's zone
				// has the date's offset; the instant and offset are the same.
				back.Meta.Date = back.Meta.Date.In(time.FixedZone("", off))
			}
			if !reflect.DeepEqual(doc, &back) {
				assert.Equal(t, doc, &back)
			}
		})
	}
}
