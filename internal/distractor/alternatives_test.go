package distractor

import (
	"slices"
	"testing"

	"github.com/awsexam/awsexam/internal/knowledge"
)

// fewAlternatives lists the concepts that may have fewer than two
// alternatives of an agreeing kind, and why: where the exam has no third
// thing to set against them, a made-up one would be a worse wrong option
// than another card's answer.
var fewAlternatives = map[string]string{
	"acm-dns-validation":             "ACM validates a domain by DNS or by email, nothing else",
	"acm-email-validation":           "ACM validates a domain by DNS or by email, nothing else",
	"lambda-zip-package":             "a function is deployed as a .zip archive or a container image, nothing else",
	"lambda-container-image":         "a function is deployed as a .zip archive or a container image, nothing else",
	"sns-message-attributes":         "the attributes and the JSON envelope are the only parts of an SNS message named apart from its body",
	"sns-message-format":             "the attributes and the JSON envelope are the only parts of an SNS message named apart from its body",
	"codebuild-start-build":          "a build runs in CodeBuild or in its local agent",
	"sdk-paginator":                  "the SDK's paginator is set only against its waiter: the CLI's timeout fixes beside it read as nonsense (`SDK JMESPath 쿼리 사용`)",
	"kinesis-hot-shard":              "a hot shard is set only against DynamoDB's hot partition",
	"secretsmanager-force-delete":    "a secret is deleted at once or after its recovery window, nothing else",
	"secretsmanager-recovery-window": "a secret is deleted at once or after its recovery window, nothing else",
	"ses-smtp":                       "SES is reached by its API or by SMTP; the API actions are of another kind",
	"ses-bounce-complaint":           "bounces and complaints are the only SES figures the exam asks about",
	"mq-protocols":                   "one concept for the protocols Amazon MQ speaks (AMQP, MQTT, STOMP, OpenWire, JMS); the exam asks for the service, not the protocol",
	"vpc-ephemeral-ports":            "a port range, set against no other setting",
	"beanstalk-source-bundle":        "the bundle holds Beanstalk's files; a file in its place was judged broken (final43, final48)",
	// apart.yaml took the off-topic ones (S3 multipart upload, KPL; ECR's
	// login beside CodeArtifact's commands, judged off-topic 14 times in 14).
	"codeartifact-login":                   "CodeArtifact's two commands are set against each other only",
	"codeartifact-get-repository-endpoint": "CodeArtifact's two commands are set against each other only",
	// AWS general is an umbrella, not a service: its patterns are not each
	// other's kin (an idempotency key beside `이벤트 기반 아키텍처` was
	// judged off-topic), and these are set against one thing at most.
	"general-sdk-retry":                  "the SDK's built-in retry is a property, set against no other setting",
	"general-idempotency":                "a property of a solution the exam asks for by name, not one of a set",
	"general-loose-coupling":             "a property of a design the exam asks for by name, not one of a set",
	"general-pub-sub":                    "set against point-to-point messaging only",
	"general-point-to-point":             "set against publish/subscribe only",
	"general-orchestration":              "set against choreography only",
	"general-choreography":               "set against orchestration only",
	"design-stateless":                   "a design keeps state or it does not (security group / NACL, sessions)",
	"design-stateful":                    "a design keeps state or it does not (security group / NACL, sessions)",
	"key-design-high-cardinality":        "a partition key's values are many or few",
	"key-design-low-cardinality":         "a partition key's values are many or few",
	"cloudwatchlogs-filter-forward-only": "a log filter applies from its creation on or, wrongly, to earlier logs too",
	"cloudwatchlogs-filter-retroactive":  "a log filter applies from its creation on or, wrongly, to earlier logs too",
}

// alternatives returns what variants may put in place of concept c: its
// contrast siblings of an agreeing kind and, but for a service, its kin.
// (variants also drops, per card, siblings of the stem's classes, overlaps
// the question does not tell apart and non-options after `--`.)
func alternatives(kb *knowledge.Base, c int) []int {
	var out []int
	for _, s := range kb.Siblings(c) {
		if kindsAgree(kb.Concepts[s].Kind, kb.Concepts[c].Kind) {
			out = append(out, s)
		}
	}
	if kb.Concepts[c].Kind == knowledge.KindService {
		return out
	}
	for _, s := range kb.Kin(c) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Every concept a key may name but a service, an action or a figure has at
// least two alternatives of an agreeing kind for variants: without one the
// generator falls back to other cards' answers, which blind judges found
// plausible a quarter as often.
func TestConceptsHaveAlternatives(t *testing.T) {
	kb, err := knowledge.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var counts, services [3]int
	for id := range fewAlternatives {
		if _, ok := kb.Lookup(id); !ok {
			t.Errorf("fewAlternatives lists %s, which the knowledge layer no longer has", id)
		}
	}
	for c, con := range kb.Concepts {
		n := min(len(alternatives(kb, c)), 2)
		switch con.Kind {
		case "action", "figure":
			continue
		case knowledge.KindService:
			services[n]++
			continue
		}
		counts[n]++
		_, listed := fewAlternatives[con.ID]
		switch {
		case n < 2 && !listed:
			t.Errorf("%s: %s (%s) has %d alternatives of an agreeing kind, want 2: add a contrast set the exam really sets, or list it in fewAlternatives with why", con.Source, con.ID, con.Kind, n)
		case n == 2 && listed:
			t.Errorf("%s: %s now has two alternatives or more: take it out of fewAlternatives", con.Source, con.ID)
		}
	}
	t.Logf("concepts with 0 / 1 / 2+ alternatives: %d / %d / %d (services: %d / %d / %d)",
		counts[0], counts[1], counts[2], services[0], services[1], services[2])
}
