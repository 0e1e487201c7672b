package store_test

import (
	"os"
	"testing"
)

var tempDirs []string

func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "awsexam-bench")
	if err == nil {
		tempDirs = append(tempDirs, d)
	}
	return d, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}
