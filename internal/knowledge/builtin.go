package knowledge

import (
	"sync"

	"github.com/awsexam/awsexam/data"
)

var builtin struct {
	once sync.Once
	base *Base
	err  error
}

// Builtin returns the knowledge layer embedded in the binary, parsed once.
func Builtin() (*Base, error) {
	builtin.once.Do(func() {
		var files []File
		for _, f := range data.Knowledge() {
			files = append(files, File{f.Name, f.Data})
		}
		builtin.base, builtin.err = Parse(files)
	})
	return builtin.base, builtin.err
}
