@testable import RecountExtract
import Testing

/// Arithmetic discovery is bounded: a paragraph dense with figures costs a fixed amount of work
/// per figure, counted rather than timed, and the bounded search finds what a full one would.
@Suite struct DiscoveryBoundsTests {
    /// One sentence listing `figures` amounts, as a table pasted into a paragraph, with few
    /// distinct values so that restatements repeat too.
    static func denseParagraph(figures: Int) -> String {
        let items = (0..<figures).map { k in
            switch k % 3 {
            case 0: "revenue of $\(k % 40 + 1).5 billion"
            case 1: "growth of \(k % 25 + 1).2%"
            default: "cost of $\(k % 30 + 1)0 million"
            }
        }
        return "The table lists " + items.joined(separator: ", ") + "."
    }

    static func work(figures: Int) -> (usable: Int, work: DiscoveryWork) {
        let claims = Extraction.run(text: denseParagraph(figures: figures), suggest: false).claims
        let usable = claims.enumerated().filter { DiscoveryFigure(index: $0.offset, draft: $0.element).isUsable }.count
        return (usable, ArithmeticDiscovery.search(claims, options: .standard).work)
    }

    @Test func theWorkPerFigureIsCappedHoweverDenseTheParagraph() throws {
        let options = DiscoveryOptions.standard
        let (usable, work) = Self.work(figures: 450)
        #expect(usable >= 300)
        #expect(work.targets == usable)
        #expect(work.scalings <= usable * ArithmeticDiscovery.scales.count * (options.neighbours + 8))
        #expect(work.pairs <= usable * options.neighbours * (options.neighbours - 1))
        #expect(work.restatements <= usable * 2 * options.restatementSources)
        // All pairs of the sentence's figures, tried under each figure, would be usable³.
        #expect(work.pairs + work.scalings + work.restatements < usable * 400)
    }

    @Test func theWorkGrowsLinearlyWithTheFigures() {
        let (smallUsable, small) = Self.work(figures: 150)
        let (largeUsable, large) = Self.work(figures: 450)
        func total(_ w: DiscoveryWork) -> Int { w.scalings + w.pairs + w.restatements }
        // Three times the figures, about three times the work (not nine).
        let ratio = Double(total(large)) / Double(total(small))
        let figures = Double(largeUsable) / Double(smallUsable)
        #expect(ratio <= figures * 1.1, "work grew \(ratio)× for \(figures)× the figures")
    }

    /// The neighbours found walking outwards from a figure are the ones sorting every figure of
    /// the window by distance gives: sentences first, then figures, the earlier first.
    @Test(arguments: [(2, 16), (4, 24), (0, 5), (1, 100)])
    func neighboursAreTheNearestInTheWindow(_ window: Int, _ limit: Int) {
        let sentences = (0..<12).map { s in
            (0..<(s % 4) * 3).map { k in "$\(s + 1).\(k) billion" }.joined(separator: " and ")
        }
        let text = sentences.filter { !$0.isEmpty }.map { "It spent " + $0 + "." }.joined(separator: " ")
        let claims = Extraction.run(text: text, suggest: false).claims
        let figures = claims.enumerated().map { DiscoveryFigure(index: $0.offset, draft: $0.element) }
        #expect(figures.count > 40)
        for c in figures {
            let s = c.draft.sentenceIndex
            let expected = figures.filter { $0.index != c.index && abs($0.draft.sentenceIndex - s) <= window }.sorted {
                (abs($0.draft.sentenceIndex - s), abs($0.index - c.index), $0.index)
                    < (abs($1.draft.sentenceIndex - s), abs($1.index - c.index), $1.index)
            }.prefix(limit).map(\.index)
            let found = ArithmeticDiscovery.neighbours(of: c, in: figures, window: window, limit: limit).map(\.index)
            #expect(found == Array(expected), "around \(c.id)")
        }
    }
}

/// The subset-sum search reads a bounded number of subset sums per target, however many figures
/// a cued paragraph lists, and finds a sum of many terms.
@Suite struct SubsetSumBoundsTests {
    @Test func theSubsetSumsPerTargetAreCapped() {
        let items = (0..<300).map { "$\($0 % 37 + 1).5 million" }.joined(separator: ", ")
        let text = "In total the lines came to $40 million: " + items + "."
        let claims = Extraction.run(text: text, suggest: false).claims
        let options = DiscoveryOptions.standard
        let work = ArithmeticDiscovery.search(claims, options: options).work
        let perTarget = 2 * (1 << ((options.sumTerms + 1) / 2)) + options.sumMatches
        #expect(work.subsetSums > 0)
        #expect(work.subsetSums <= work.targets * perTarget)
    }

    @Test func aSumOfFiveTermsIsFound() {
        let text = "The five lines, $12 million, $7.5 million, $3.25 million, $9 million and $4 million, "
            + "together come to $35.75 million."
        let x = Extraction.run(text: text, suggest: true)
        #expect(x.suggestions.contains { $0.operation == .sum && $0.operands.count == 5 && $0.reproduces })
    }

    @Test func aStatedMismatchIsMarked() {
        let text = "Transit at $62 million, housing at $48 million and parks at $71 million do not sum to the $185 million shown."
        let x = Extraction.run(text: text, suggest: true)
        #expect(x.suggestions.contains { if case .statedMismatch = $0.fit { $0.operands.count == 3 } else { false } })
    }
}
