package knowledge

import (
	"strings"
	"testing"
)

func TestStatesFigure(t *testing.T) {
	for name, want := range map[string]bool{
		"15분": true, "4KB": true, "리전당 1,000": true, "최대 900초": true, "Route 53": true,
		"SSE-S3": false, "EC2": false, "AES256": false, "SigV4": false, "AWS_IAM": false, "AES-256": false, "S3 이벤트 알림": false, "Advanced Encryption Standard": false,
	} {
		if got := StatesFigure(name); got != want {
			t.Errorf("StatesFigure(%q) = %v, want %v", name, got, want)
		}
	}
}

// A name written as code takes the other's name in its casing: a CLI's
// `get-caller-identity` is set beside `get-session-token`, an API's
// `GetCallerIdentity` beside `GetSessionToken`.
func TestNameLikeCodeStyle(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c, ok := kb.Lookup("sts-getsessiontoken")
	if !ok {
		t.Fatal("no sts-getsessiontoken in the knowledge")
	}
	for sample, want := range map[string]string{"get-caller-identity": "get-session-token", "GetCallerIdentity": "GetSessionToken"} {
		if got := kb.NameLike(c, sample); got != want {
			t.Errorf("NameLike(GetSessionToken, %q) = %q, want %q", sample, got, want)
		}
	}
}

// Casing is kept only for code of a kind written as code: a product name
// written in camel case (`EventBridge`) takes the other product's name as
// people write it, and a command never takes a CLI option.
func TestNameLikeNotCode(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	sfn, ok := kb.Lookup("stepfunctions")
	if !ok {
		t.Fatal("no stepfunctions in the knowledge")
	}
	if got := kb.NameLike(sfn, "EventBridge"); got != "Step Functions" {
		t.Errorf("NameLike(Step Functions, EventBridge) = %q, want Step Functions", got)
	}
	// A command never takes a CLI option (`--invocation-type` of `aws lambda
	// invoke`) for being kebab-cased like it.
	invoke, ok := kb.Lookup("lambda-invoke-command")
	if !ok {
		t.Fatal("no lambda-invoke-command in the knowledge")
	}
	if got := kb.NameLike(invoke, "update-function-code"); strings.HasPrefix(got, "--") {
		t.Errorf("NameLike(aws lambda invoke, update-function-code) = %q: an option for a command", got)
	}
}
