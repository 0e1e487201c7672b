// Command awsexam is an exam simulator for the AWS Certified Developer –
// Associate (DVA-C02) exam. See README.md.
package main

import (
	"os"

	"github.com/awsexam/awsexam/internal/cli"
)

func main() { os.Exit(cli.Main()) }
