//go:build !unix

package cli

import (
	"fmt"

	"github.com/rogpeppe/go-internal/testscript"
)

// unixScriptCmds are not available here: scripts that use them skip.
var unixScriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){}

func scriptCondition(cond string) (bool, error) {
	if cond == "mknod" {
		return false, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
