package knowledge

import "testing"

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

// A name written as code takes the other's name in its casing (a CLI's
// `get-caller-identity` beside `get-session-token`, an API's
// `GetCallerIdentity` beside `GetSessionToken`), but only code of a kind
// written as code: a product name in camel case (`EventBridge`) takes the
// other product's name as people write it, and a command never takes a
// CLI option (`--invocation-type` of `aws lambda invoke`).
func TestNameLikeCodeStyle(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ concept, sample, want string }{
		{"sts-getsessiontoken", "get-caller-identity", "get-session-token"},
		{"sts-getsessiontoken", "GetCallerIdentity", "GetSessionToken"},
		{"stepfunctions", "EventBridge", "Step Functions"},
		{"lambda-invoke-command", "update-function-code", "aws lambda invoke"},
		// A setting's parameter takes its sibling's parameter, not its
		// name in words (`visibility timeout`); not another kind's name
		// (an API is no `TopicArn`), nor in place of a product's name
		// in camel case (`SnapStart` is no parameter).
		{"sqs-visibility-timeout", "maxReceiveCount", "VisibilityTimeout"},
		{"sns-publish", "PutEvents", "SNS Publish"},
		{"lambda-reserved-concurrency", "SnapStart", "Reserved concurrency"},
		// An abbreviation takes the abbreviation the sibling's names
		// spell out; not an all-capital example (`FCM` of mobile push),
		// and a service keeps its name (`KDS` beside `SQS` is a riddle).
		{"dynamodb-lsi", "GSI", "LSI"},
		{"sns-mobile-push", "SMS", "mobile push"},
		{"kinesis", "SQS", "Kinesis Data Streams"},
		{"dynamodb-lsi", "global secondary index", "local secondary index"},
	} {
		c, ok := kb.Lookup(tc.concept)
		if !ok {
			t.Fatalf("no %s in the knowledge", tc.concept)
		}
		if got := kb.NameLike(c, tc.sample); got != tc.want {
			t.Errorf("NameLike(%s, %q) = %q, want %q", tc.concept, tc.sample, got, tc.want)
		}
	}
}
