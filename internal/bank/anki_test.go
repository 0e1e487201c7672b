package bank

import (
	"reflect"
	"testing"
)

// TestAnkiLayouts: the section, answers and explanation of a note from
// every layout the reader takes.
func TestAnkiLayouts(t *testing.T) {
	type card struct {
		Section, Domain, Question, Explanation string
		Answers                                []string
	}
	tests := []struct {
		name, data string
		want       []card
	}{
		{"export-missed", "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n" +
			"awsexam-1\tBasic\tawsexam::S3 & Encryption\tQ &amp; <b>1</b>\tA<br>line 2<hr>Why &lt;1&gt;\tawsexam section::S3_&_Encryption domain::security\n" +
			"awsexam-2\tBasic\tawsexam::Lambda\t\"#Q2\"\t<ul><li>X</li><li>Y</li></ul>\tawsexam section::Lambda domain::development\n",
			[]card{{"S3 & Encryption", "security", "Q & 1", "Why <1>", []string{"A\nline 2"}}, {"Lambda", "development", "#Q2", "", []string{"X", "Y"}}}},
		{"columns elsewhere", "#separator:tab\n#html:false\n#tags column:1\n#deck column:4\ndomain::deployment\tQ\tA\tawsexam::CodeDeploy\n",
			[]card{{"CodeDeploy", "deployment", "Q", "", []string{"A"}}}},
		{"awsexam's older export: one deck, section tag", "#separator:tab\n#html:false\n#deck:awsexam misses\n#tags column:3\nQ\tA\tawsexam section::API_Gateway domain::development\n",
			[]card{{"API Gateway", "development", "Q", "", []string{"A"}}}},
		{"a deck of the user's own", "#separator:tab\n#html:false\n#deck column:1\nMy deck\tQ\tA\n",
			[]card{{"My deck", "", "Q", "", []string{"A"}}}},
		{"no header lines", "Q1\tA1\nQ2\tA2\tsection::ECS domain::deployment\n",
			[]card{{DefaultSection, "", "Q1", "", []string{"A1"}}, {"ECS", "deployment", "Q2", "", []string{"A2"}}}},
		{"no header lines, HTML", "Q1\tA<br>B\ttag\n",
			[]card{{DefaultSection, "", "Q1", "", []string{"A\nB"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := File{Name: "a.txt", Data: []byte(tt.data)}
			if got := DetectFormat(f); got != FormatAnki {
				t.Fatalf("detected %s, want anki", got)
			}
			cards, probs := Parse(f)
			if len(probs) != 0 {
				t.Fatalf("problems: %v", probs)
			}
			var got []card
			for _, c := range cards {
				got = append(got, card{c.Section, c.Domain, c.Question, c.Explanation, c.Answers})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
	// Study notes are not taken for a headerless export.
	for _, notes := range []string{"### S\nQ | A\n", "Q\tx | A\n", "#S\nQ\tA\n", "Q only\n", "What stores objects?\t| S3\nWhat runs code?\t|Lambda\n"} {
		if got := DetectFormat(File{Name: "n.txt", Data: []byte(notes)}); got == FormatAnki {
			t.Errorf("%q detected as anki", notes)
		}
	}
}
