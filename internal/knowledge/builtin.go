package knowledge

import "sync"

var builtin struct {
	once sync.Once
	base *Base
}

// Builtin returns the knowledge layer embedded in the binary: the data of
// data/knowledge/*.yaml, prepared at build time (builtin_gen.go), so
// nothing is parsed at start-up. Its matcher, compiled then too, is
// unpacked on first use.
func Builtin() (*Base, error) {
	builtin.once.Do(func() {
		builtin.base = fromParts(builtinConcepts, builtinContrasts, builtinLadders, builtinCompounds, builtinAskPhrases, builtinAskKinds)
		builtin.base.prepared = builtinMatcher
		builtin.base.Negations = builtinNegations
		builtin.base.LearnerNotes = builtinLearnerNotes
		builtin.base.AskedNouns = builtinAskedNouns
		builtin.base.Apart = builtinApart
		builtin.base.ApartOneWay = builtinApartOneWay
		builtin.base.UnitAmounts = builtinUnitAmounts
		builtin.base.BinaryChoices = builtinBinaryChoices
		builtin.base.BareActions = builtinBareActions
		builtin.base.NumberWords = builtinNumberWords
		builtin.base.definitions = builtinDefinitions
		builtin.base.notDefinitions = builtinNotDefinitions
		builtin.base.comparisons = builtinComparisons
		builtin.base.figureAsks = builtinFigureAsks
		builtin.base.causeAsks = builtinCauseAsks
		builtin.base.rateWords = builtinRateWords
		builtin.base.outrankWords = builtinOutrankWords
		builtin.base.amountChanges = builtinAmountChanges
		builtin.base.restatements = builtinRestatements
		builtin.base.useCaseAsks = builtinUseCaseAsks
		builtin.base.twoPartAsks = builtinTwoPartAsks
		builtin.base.subjectParticles = builtinSubjectParticles
		builtin.base.intentEndings = builtinIntentEndings
		builtin.base.nextStepOpeners = builtinNextStepOpeners
		builtin.base.conditionMarkers = builtinConditionMarkers
		builtin.base.orderAsks = builtinOrderAsks
		builtin.base.Amounts = builtinAmounts
		builtin.base.notCauseAsks = builtinNotCauseAsks
		builtin.base.placeAsks = builtinPlaceAsks
		builtin.base.sentenceEndings = builtinSentenceEndings
		builtin.base.amountAsks = builtinAmountAsks
		builtin.base.chooseTwoAsks = builtinChooseTwoAsks
		builtin.base.chooseThreeAsks = builtinChooseThreeAsks
		builtin.base.timeComparisons = builtinTimeComparisons
		builtin.base.placeWords = builtinPlaceWords
		builtin.base.remarkWords = builtinRemarkWords
		builtin.base.resourceNouns = builtinResourceNouns
		builtin.base.alternativeJoiners = builtinAlternativeJoiners
		builtin.base.alternativeLookalikes = builtinAlternativeLookalikes
		builtin.base.listJoiners = builtinListJoiners
		builtin.base.exampleAfter = builtinExampleAfter
		builtin.base.exampleBefore = builtinExampleBefore
		builtin.base.exampleAfterIdentifiers = builtinExampleAfterIdentifiers
		builtin.base.detailVerbs = builtinDetailVerbs
		builtin.base.actionWords = builtinActionWords
		builtin.base.Endings = builtinEndings
		builtin.base.ClauseParticles = builtinClauseParticles
	})
	return builtin.base, nil
}

// BuiltinSum identifies the knowledge files Builtin was generated from
// (their SHA-256): data prepared from the built-in knowledge elsewhere
// records it, and is used only while it is the same.
func BuiltinSum() string { return builtinSum }
