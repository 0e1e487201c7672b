package cli

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

// reportExtensions are the file extensions a report's format is told
// from.
var reportExtensions = map[string]string{
	".txt": "text", ".text": "text",
	".md": "md", ".markdown": "md",
	".json": "json",
	".html": "html", ".htm": "html",
}

// reportFileFormat is the format of a report written to path (given by
// flag): format if given (--format), else text for standard output, else
// the one path's extension names. An extension that names none (or none
// at all: /dev/stdout) is bad usage, so a report is never written in a
// format its name does not say.
func reportFileFormat(flag, path, format string) (string, error) {
	if format != "" {
		if !slices.Contains(report.Formats, format) {
			return "", usagef("--format %q: want %s", format, strings.Join(report.Formats, ", "))
		}
		return format, nil
	}
	if path == "" {
		return "text", nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if f, ok := reportExtensions[ext]; ok {
		return f, nil
	}
	hint := ""
	if flag == "-o" {
		hint = ", or say which with --format " + strings.Join(report.Formats, "|")
	}
	if ext == "" {
		return "", usagef("%s %s: no extension to tell the report's format from: name it .txt, .md, .json or .html (text, Markdown, JSON, HTML)%s", flag, path, hint)
	}
	return "", usagef("%s %s: %s is not a report format: name it .txt, .md, .json or .html (text, Markdown, JSON, HTML)%s", flag, path, ext, hint)
}

// writeReportFile writes an attempt's full report, its format from the
// file's extension, atomically and without colour.
func writeReportFile(a *exam.Attempt, path string, stdio *IO) error {
	format, err := reportFileFormat("--report", path, "")
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, a, format, report.Options{Width: 100, Style: reportWords(report.Style{}, stdio)}); err != nil {
		return err
	}
	return store.WriteFile(path, buf.Bytes())
}
