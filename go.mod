module github.com/newsdoc/newsdoc

go 1.26.0

require (
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require github.com/stretchr/testify v1.12.1

require (
	github.com/yuin/goldmark v1.8.7
	golang.org/x/term v0.48.0
)

require golang.org/x/sys v0.50.0 // indirect
