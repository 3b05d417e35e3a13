import Foundation
@testable import RecountModel
@testable import RecountSyntax
import Testing

/// Finding quotes in article texts written for these tests, and the passages stale quotes became.
@Suite struct QuoteLocatorTests {
    static let english = """
        Harbor Lane Foods, a regional grocer, reported its results on Tuesday.
        Quarterly revenue reached $4.2 billion, and online orders were
        up 123% year-over-year, the company said. Store traffic grew
        modestly in the third quarter, while fuel sales fell 8%.

        Chief executive Dana Whitfield told analysts that the chain would
        open 14 new stores next year, most of them in the northern suburbs.
        """

    static let chinese = """
        星河電子週二公布第三季財報。公司表示，其雲端業務的年化收入已達380億元，
        較去年同期增長42%。管理層預計明年將新增3座數據中心，
        並把研發預算提高到營收的一成。
        """

    /// Whether a match is `.found`.
    func isFound(_ match: QuoteMatch) -> Bool {
        if case .found = match { return true }
        return false
    }

    /// The text at scalar offsets of a string.
    func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    // MARK: Found

    @Test func anExactQuoteIsFoundAtItsOffsets() throws {
        let locator = QuoteLocator(text: Self.english)
        let quote = "Quarterly revenue reached $4.2 billion"
        guard case .found(let range) = locator.locate(quote) else {
            Issue.record("expected .found, got \(locator.locate(quote))")
            return
        }
        #expect(slice(Self.english, range) == quote)
        let scalars = Self.english.unicodeScalars
        let start = try #require(Self.english.range(of: quote)).lowerBound
        #expect(range == scalars.distance(from: scalars.startIndex, to: start)..<(
            scalars.distance(from: scalars.startIndex, to: start) + quote.unicodeScalars.count))
    }

    @Test func whitespaceAndLineBreaksCompareEqualToOneSpace() throws {
        let locator = QuoteLocator(text: Self.english)
        // The article breaks this sentence across two lines; the quote has single spaces, a
        // double space and surrounding whitespace.
        let quote = "  online orders were up 123%  year-over-year\n"
        guard case .found(let range) = locator.locate(quote) else {
            Issue.record("expected .found, got \(locator.locate(quote))")
            return
        }
        #expect(slice(Self.english, range) == "online orders were\nup 123% year-over-year")
        // A quote broken across a line where the article has a space matches too.
        #expect(isFound(locator.locate("Chief executive\nDana Whitfield")))
        // But whitespace is not ignored where there is none.
        #expect(!isFound(locator.locate("Chiefexecutive Dana Whitfield")))
    }

    @Test func anExactChineseQuoteIsFound() {
        let locator = QuoteLocator(text: Self.chinese)
        guard case .found(let range) = locator.locate("其雲端業務的年化收入已達380億元") else {
            Issue.record("expected .found")
            return
        }
        #expect(slice(Self.chinese, range) == "其雲端業務的年化收入已達380億元")
        // The line break after "數據中心，" is whitespace, so the quote may join the lines.
        #expect(isFound(locator.locate("新增3座數據中心， 並把研發預算提高")))
    }

    @Test func canonicallyEquivalentTextMatches() {
        // "é" precomposed in the article, decomposed in the quote, and the other way round.
        let composed = "The caf\u{E9} chain grew 5% this year."
        let decomposed = "The cafe\u{301} chain grew 5% this year."
        let locator = QuoteLocator(text: decomposed)
        guard case .found(let range) = locator.locate("caf\u{E9} chain grew") else {
            Issue.record("expected .found in decomposed text")
            return
        }
        // Offsets are in the article's own scalars: the decomposed "é" is two of them.
        #expect(range == 4..<20)
        #expect(isFound(QuoteLocator(text: composed).locate("cafe\u{301} chain")))
    }

    @Test func anEmptyQuoteIsFoundTrivially() {
        #expect(QuoteLocator(text: Self.english).locate(" \n ") == .found(0..<0))
    }

    // MARK: Stale

    @Test func aChangedFigureIsStaleWithTheClosestPassage() {
        let match = QuoteLocator(text: Self.english).locate("up 12% year-over-year")
        #expect(match == .stale(closest: "up 123% year-over-year",
                                changes: [QuoteChange(removed: "12%", inserted: "123%")]))
        if case .stale(_, let changes) = match {
            #expect(changes.map(\.description) == ["\"12%\" → \"123%\""])
        }
    }

    @Test func aChangedWordIsStale() {
        let match = QuoteLocator(text: Self.english).locate("Store traffic grew strongly in the third quarter")
        #expect(match == .stale(closest: "Store traffic grew modestly in the third quarter",
                                changes: [QuoteChange(removed: "strongly", inserted: "modestly")]))
    }

    @Test func theClosestPassageIsWidenedToWholeWords() {
        // The closest scalars end inside "Whitfield"; the passage reports the whole name.
        let match = QuoteLocator(text: Self.english).locate("Chief executive Dana Whitfeld")
        #expect(match == .stale(closest: "Chief executive Dana Whitfield",
                                changes: [QuoteChange(removed: "Whitfeld", inserted: "Whitfield")]))
    }

    @Test func removalsAndInsertionsAreListedSeparately() {
        let match = QuoteLocator(text: Self.english).locate(
            "the chain would certainly open 14 new stores next year, most in the northern suburbs")
        #expect(match == .stale(
            closest: "the chain would open 14 new stores next year, most of them in the northern suburbs",
            changes: [QuoteChange(removed: "certainly", inserted: ""),
                      QuoteChange(removed: "", inserted: "of them")]))
        if case .stale(_, let changes) = match {
            #expect(changes.map(\.description) == ["removed \"certainly\"", "inserted \"of them\""])
        }
    }

    @Test func aChangedChineseFigureIsStale() {
        let match = QuoteLocator(text: Self.chinese).locate("其雲端業務的年化收入已達370億元")
        #expect(match == .stale(closest: "其雲端業務的年化收入已達380億元",
                                changes: [QuoteChange(removed: "370", inserted: "380")]))
    }

    @Test func aChangedChineseWordIsStale() {
        // Chinese has no spaces: characters are compared one by one, and adjacent ones merge.
        let match = QuoteLocator(text: Self.chinese).locate("管理層預計今年將新增3座數據中心")
        #expect(match == .stale(closest: "管理層預計明年將新增3座數據中心",
                                changes: [QuoteChange(removed: "今", inserted: "明")]))
    }

    @Test func aSpaceWhereTheArticleHasNoneIsStaleAndShownWhole() {
        // Whitespace runs compare equal to one space, but a space never equals no space.
        let match = QuoteLocator(text: Self.chinese).locate("年化收入 已達380億元")
        #expect(match == .stale(closest: "年化收入已達380億元",
                                changes: [QuoteChange(removed: "年化收入 已達380億元", inserted: "年化收入已達380億元")]))
    }

    // MARK: Missing

    @Test func aQuoteThatIsNowhereIsMissing() {
        let english = QuoteLocator(text: Self.english)
        #expect(english.locate("Shareholders approved a new dividend policy at the annual meeting in Oslo")
            == .missing)
        #expect(QuoteLocator(text: Self.chinese).locate("董事會批准了新的股息政策") == .missing)
        #expect(QuoteLocator(text: "").locate("up 12% year-over-year") == .missing)
    }

    @Test func aPassageWithMoreThanFortyPercentEditsIsMissing() {
        let locator = QuoteLocator(text: Self.english)
        // Three of four words are kept, but the figure grows by 10 scalars: 11 edits in 28
        // scalars (39%) is stale, 14 in 31 (45%) is missing.
        #expect(locator.locate("fuel sales fell 77777777777%")
            == .stale(closest: "fuel sales fell 8%", changes: [QuoteChange(removed: "77777777777%", inserted: "8%")]))
        #expect(locator.locate("fuel sales fell 77777777777777%") == .missing)
    }

    @Test func aPassageThatKeepsTooFewWordsIsMissing() {
        // Within 40% edits ("12%" to "123%" is one), but the quote's only word is not kept.
        let locator = QuoteLocator(text: Self.english)
        #expect(locator.locate("12%") == .missing)
        // Within 40% edits of "told analysts that", but sharing only one word of three.
        #expect(locator.locate("sold catalysts than") == .missing)
    }

    // MARK: Algorithm

    /// Sellers' last row computed directly, to check the bit-parallel one against.
    static func plainLastRow(pattern: [Int], text: [Int]) -> [Int] {
        var column = Array(0...pattern.count)
        var row = [pattern.count]
        for t in text {
            var diagonal = column[0]
            column[0] = 0
            for i in 1...max(1, pattern.count) where i <= pattern.count {
                let next = min(diagonal + (pattern[i - 1] == t ? 0 : 1), column[i - 1] + 1, column[i] + 1)
                diagonal = column[i]
                column[i] = next
            }
            row.append(column[pattern.count])
        }
        return row
    }

    @Test func theBitParallelRowEqualsTheDynamicProgrammingRow() {
        var generator = SplitMix64(seed: 0x5EED)
        // Lengths cross the 64-row block boundaries; small alphabets give many near matches.
        for patternLength in [1, 2, 5, 63, 64, 65, 127, 128, 130, 200] {
            for alphabet in [2, 4, 26] {
                let pattern = (0..<patternLength).map { _ in Int(generator.next() % UInt64(alphabet)) }
                let text = (0..<300).map { _ in Int(generator.next() % UInt64(alphabet)) }
                let fast = QuoteLocator.lastRow(pattern: pattern, text: text, alphabetSize: alphabet)
                let plain = Self.plainLastRow(pattern: pattern, text: text)
                #expect(fast == plain, "m = \(patternLength), alphabet = \(alphabet)")
            }
        }
        // Pattern scalars absent from the text (id -1) never match.
        #expect(QuoteLocator.lastRow(pattern: [-1, 0], text: [0, 0], alphabetSize: 1) == [2, 1, 1])
    }

    @Test func tokensKeepFiguresAndHyphenatedWordsWhole() {
        let text = "Sales of $1,369.5m rose 12% year-over-year, to 370億美元."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(tokens == ["Sales", "of", "$1,369.5m", "rose", "12%", "year-over-year", ",", "to",
                           "370", "億", "美", "元", "."])
    }

    @Test func aLongArticleAndManyQuotesAreQuick() throws {
        // About 20,000 characters of generated prose, and 100 quotes of about 100 characters:
        // a third verbatim, a third with a figure changed, a third made up.
        var generator = SplitMix64(seed: 7)
        let words = ["revenue", "growth", "the", "company", "said", "quarter", "market", "shares", "rose",
                     "fell", "analysts", "expected", "profit", "margin", "cloud", "stores", "sales", "in",
                     "of", "and", "a", "to", "by", "its", "year", "new", "orders", "chain", "region"]
        func sentence() -> String {
            let count = 8 + Int(generator.next() % 10)
            let body = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            return "Up \(Int(generator.next() % 900) + 100)% as " + body.joined(separator: " ") + "."
        }
        var sentences: [String] = []
        while sentences.joined(separator: " ").count < 20_000 { sentences.append(sentence()) }
        // Some sentences end a line; verbatim quotes span them with a space.
        let article = sentences.enumerated().map { $0.offset % 7 == 6 ? $0.element + "\n" : $0.element + " " }
            .joined()
        let locator = QuoteLocator(text: article)

        var quotes: [(quote: String, kind: Int)] = []
        for index in 0..<100 {
            let start = Int(generator.next() % UInt64(sentences.count - 3))
            let verbatim = sentences[start..<(start + 3)].joined(separator: " ")
            let quote = String(verbatim.prefix(100))
            switch index % 3 {
            case 0: quotes.append((quote, 0))
            case 1:
                // Change the first figure's leading digit.
                let digit = try #require(quote.firstIndex { $0.isNumber })
                let changed = quote[digit] == "9" ? "1" : "9"
                quotes.append((quote.replacingCharacters(in: digit...digit, with: changed), 1))
            default:
                quotes.append(("Zebras graze quietly near Lake Nakuru while photographers wait for dusk " +
                               "and the light turns gold over the plains \(index)", 2))
            }
        }
        let clock = ContinuousClock()
        var outcomes: [QuoteMatch] = []
        let elapsed = clock.measure {
            outcomes = quotes.map { locator.locate($0.quote) }
        }
        // No timing assertion: only a note in the test log, so a slow machine does not fail.
        print("note: located 100 quotes in a \(article.count)-character article in \(elapsed)")
        for (quote, outcome) in zip(quotes, outcomes) {
            switch (quote.kind, outcome) {
            case (0, .found), (1, .stale), (2, .missing): break
            default: Issue.record("\(quote.quote): \(outcome)")
            }
        }
    }
}

