@testable import RecountCore
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// The figure `states x.m = VALUE` resolves to in a one-claim file, requiring no diagnostics.
private func statedFigure(_ value: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> StatedValue {
    let text = "article a \"A\"\nentity x \"X\"\nclaim c\n  states x.m = \(value)\n"
    let (project, diagnostics) = resolveText(text)
    let problems = diagnostics
    #expect(problems.isEmpty, "\(problems.map(\.message))", sourceLocation: sourceLocation)
    return try #require(project.claims.first?.stated, sourceLocation: sourceLocation)
}

/// Whether an interval is `[lower, upper]` to a relative 1e-12 and holds both ends.
private func spans(_ i: Interval, _ lower: Double, _ upper: Double) -> Bool {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1) }
    return close(i.lower, lower) && close(i.upper, upper) && i.lower <= lower && upper <= i.upper
}

/// The forms of issue 12 that print a number other than as plain digits: each form's interval,
/// and a claim that uses it, checked end to end with its quote.
@Suite struct PrintedFormTests {
    // MARK: Numbers in words

    /// Words and the bounds of the values they stand for.
    static let wordIntervals: [(String, Double, Double)] = {
        let third = 1.0 / 3, quarter = 1.0 / 4, fifth = 1.0 / 5, tenth = 1.0 / 10
        var rows: [(String, Double, Double)] = []
        rows.append(("half", (third + 0.5) / 2, (0.5 + 2 * third) / 2))
        rows.append(("a half", (third + 0.5) / 2, (0.5 + 2 * third) / 2))
        rows.append(("a third", (quarter + third) / 2, (third + 0.5) / 2))
        rows.append(("two thirds", (0.5 + 2 * third) / 2, (2 * third + 3 * quarter) / 2))
        rows.append(("a quarter", quarter / 2, (quarter + third) / 2))
        rows.append(("three quarters", (2 * third + 3 * quarter) / 2, (3 * quarter + 1) / 2))
        rows.append(("three-quarters", (2 * third + 3 * quarter) / 2, (3 * quarter + 1) / 2))
        rows.append(("Three Quarters", (2 * third + 3 * quarter) / 2, (3 * quarter + 1) / 2))
        // Among denominators up to 5 the neighbours of 1/5 are 0 and 1/4.
        rows.append(("a fifth", fifth / 2, (fifth + quarter) / 2))
        rows.append(("two fifths", (third + 2 * fifth) / 2, (2 * fifth + 0.5) / 2))
        rows.append(("two-fifths", (third + 2 * fifth) / 2, (2 * fifth + 0.5) / 2))
        rows.append(("a tenth", tenth / 2, (tenth + 1.0 / 9) / 2))
        rows.append(("nine tenths", (8.0 / 9 + 9 * tenth) / 2, (9 * tenth + 1) / 2))
        rows.append(("an eighth", 1.0 / 16, (1.0 / 8 + 1.0 / 7) / 2))
        rows.append(("doubled", 1.5, 2.5))
        rows.append(("twice", 1.5, 2.5))
        rows.append(("tripled", 2.5, 3.5))
        rows.append(("halved", (third + 0.5) / 2, (0.5 + 2 * third) / 2))
        rows.append(("three times", 2.5, 3.5))
        rows.append(("two and a half times", 2 + (third + 0.5) / 2, 2 + (0.5 + 2 * third) / 2))
        rows.append(("one and three quarters", 1 + (2 * third + 3 * quarter) / 2, 1 + (3 * quarter + 1) / 2))
        rows.append(("five", 4.5, 5.5))
        rows.append(("ten", 5, 15))
        return rows
    }()

    @Test(arguments: wordIntervals)
    func aNumberInWordsStandsForTheValuesNearerToItThanToAnyOther(_ words: String, _ lower: Double, _ upper: Double) throws {
        let v = try statedFigure(words)
        #expect(spans(v.asserted.interval, lower, upper), "\(words): \(v.asserted.interval)")
        #expect(v.asserted.dimension.isDimensionless)
        #expect(v.text == words)
    }

    @Test func aFractionsNeighboursAreTheFractionsAsFineAsItAndAlwaysQuarters() throws {
        // 1/2 among denominators up to 4: its neighbours are 1/3 and 2/3, not 0 and 1.
        let half = try #require(WordPrecision.bounds(of: .fraction(1, 2)))
        #expect(half.lower.numerator * 12 == 5 * half.lower.denominator)
        #expect(half.upper.numerator * 12 == 7 * half.upper.denominator)
        // 2/5 among denominators up to 5: its neighbours are 1/3 and 1/2.
        let twoFifths = try #require(WordPrecision.bounds(of: .fraction(2, 5)))
        #expect(Double(twoFifths.lower.numerator) / Double(twoFifths.lower.denominator) == 11.0 / 30)
        #expect(Double(twoFifths.upper.numerator) / Double(twoFifths.upper.denominator) == 0.45)
    }

    @Test(arguments: ["a", "quarter", "and a half", "two and", "half-year", "twice as", "quarters"])
    func wordsThatAreNotAWholeNumberAreNotAFigure(_ words: String) {
        #expect(PrintedNumber(words) == nil)
    }

    @Test func aHedgeWorksOnTheIntervalOfWords() throws {
        let over = try statedFigure("more than doubled")
        #expect(over.asserted.interval.lower == 2 && over.asserted.interval.upper == .infinity)
        let about = try statedFigure("about three quarters")
        #expect(spans(about.asserted.interval, 17.0 / 24, 7.0 / 8))
        #expect(about.accepted.lower < 17.0 / 24 && about.accepted.upper > 7.0 / 8)
        let negative = try statedFigure("-three quarters")
        #expect(spans(negative.asserted.interval, -7.0 / 8, -17.0 / 24))
    }

    // MARK: Scientific notation, trailing zeros, basis points

    static let exponents: [(String, Double, Double)] = [
        ("1.2e9", 1.15e9, 1.25e9), ("1.20e9", 1.195e9, 1.205e9), ("3E-4", 2.5e-4, 3.5e-4), ("1.2e+9", 1.15e9, 1.25e9),
        ("2.5e-3", 2.45e-3, 2.55e-3), ("10e6", 5e6, 15e6),
    ]

    @Test(arguments: exponents)
    func anExponentKeepsThePrecisionOfTheDigitsBeforeIt(_ text: String, _ lower: Double, _ upper: Double) throws {
        let v = try statedFigure(text)
        #expect(spans(v.asserted.interval, lower, upper), "\(text): \(v.asserted.interval)")
        #expect(!v.number.isPlainDigits)
    }

    static let wholeNumbers: [(String, Double, Double)] = [
        ("318,000", 317_500, 318_500), ("1,200", 1150, 1250), ("100", 50, 150), ("$30B", 25e9, 35e9),
        ("1,200.0", 1199.95, 1200.05), ("1,234", 1233.5, 1234.5), ("0", -0.5, 0.5), ("370億美元", 365e8, 375e8),
    ]

    @Test(arguments: wholeNumbers)
    func aWholeNumberIsRoundedAtItsLastNonZeroDigit(_ text: String, _ lower: Double, _ upper: Double) throws {
        #expect(spans(try statedFigure(text).asserted.interval, lower, upper), "\(text)")
    }

    @Test func exactlyAndATablesPolicyKeepTrailingZerosAsDigits() throws {
        let exact = try statedFigure("exactly 1,200")
        #expect(exact.asserted.interval.lower == 1200 && exact.asserted.interval.upper == 1200)
        let table = try #require(PrintedNumber("1,200", trailingZeros: .significant))
        #expect(table.interval.lower == 1199.5 && table.interval.upper == 1200.5)
        #expect(try #require(PrintedNumber("318,000")).precisionExponent == 3)
    }

    static let basisPoints: [(String, Double, Double)] = [
        ("36bp", 0.355, 0.365), ("36 bp", 0.355, 0.365), ("25 basis points", 0.245, 0.255), ("1 basis point", 0.005, 0.015),
        ("12bps", 0.115, 0.125),
    ]

    @Test(arguments: basisPoints)
    func aBasisPointIsAHundredthOfAPercentagePoint(_ text: String, _ lower: Double, _ upper: Double) throws {
        let v = try statedFigure(text)
        #expect(v.asserted.dimension == .percentagePoint)
        #expect(spans(v.asserted.interval, lower, upper), "\(text): \(v.asserted.interval)")
    }

    // MARK: End to end

    @Test func theIssuesJudgementsHoldEndToEnd() throws {
        let a = try analyzeInline("", """
            claim seats
              quote "won about three quarters of the 888 seats"
              states about three quarters
              because 680 / 888
            claim share
              quote "two fifths of the budget"
              states two fifths
              because 42.1%
            claim share-wrong
              quote "two fifths of the budget"
              states two fifths
              because 52%
            claim residents
              quote "the city's 318,000 residents"
              states 318,000
              because 317842
            claim growth
              quote "revenue more than doubled"
              states more than doubled
              because 9.1 / 4.2
            claim multiple
              quote "two and a half times as large"
              states two and a half times
              because 2.45
            claim tokens
              quote "1.2e9 tokens a day"
              states 1.2e9
              because 1.23e9
            claim cut
              quote "a cut of 25 basis points"
              states 25 basis points
              because (4.50% - 4.25%) * 10000bp
            claim spread
              quote "a spread of 36bp"
              states 36bp
              because 0.37pp
            claim formula
              quote "three quarters of 888 seats is 666"
              states 666
              because three quarters * 888
            """)
        #expect(try a.result("seats").verdict == .consistent)
        #expect(try a.result("share").verdict == .consistent)
        #expect(try a.result("share-wrong").verdict == .inconsistent)
        #expect(try a.result("residents").verdict == .consistent)
        #expect(try a.result("growth").verdict == .consistent)
        #expect(try a.result("multiple").verdict == .consistent)
        #expect(try a.result("tokens").verdict == .consistent)
        #expect(try a.result("cut").verdict == .consistent)
        #expect(try a.result("spread").verdict == .inconsistent)
        #expect(try a.result("formula").verdict == .consistent)
        // Every quote prints its stated figure: no R407.
        #expect(a.analysis.diagnostics.filter { $0.code == "R407" }.map(\.message) == [])
    }

    @Test func aClaimMayStillBeCalledByANumberWord() throws {
        let a = try analyzeInline("", """
            claim half
              states 50%
              because 1 / 2
            claim doubled
              states 2x
              because half * 4
            """)
        #expect(try a.result("doubled").verdict == .consistent)
    }
}

/// Ranges as literals: `18-34 months`, `1 to 4%`, `between $10B and $12B`.
@Suite struct RangeLiteralTests {
    static let ranges: [(String, Double, Double)] = [
        ("18-34 months", 17.5 / 12, 34.5 / 12), ("18–34 months", 17.5 / 12, 34.5 / 12), ("1 to 4%", 0.005, 0.045),
        ("between $10B and $12B", 9.5e9, 12.5e9), ("$900M to $1.2B", 850e6, 1.25e9), ("-5 to -3%", -0.055, -0.025),
        ("between two fifths and a half", 11.0 / 30, 7.0 / 12), ("$1-2 billion", 0.5e9, 2.5e9),
        ("$5 to $10B", 4.5e9, 10.5e9),
    ]

    @Test(arguments: ranges)
    func aRangeStandsForEveryValueFromItsLowEndToItsHighEnd(_ text: String, _ lower: Double, _ upper: Double) throws {
        let v = try statedFigure(text)
        #expect(spans(v.asserted.interval, lower, upper), "\(text): \(v.asserted.interval)")
        #expect(v.upper != nil)
    }

    @Test func aRangeIsCheckedEndToEndAndItsQuoteMustPrintBothEnds() throws {
        let a = try analyzeInline("", """
            claim build
              quote "data centers take 18-34 months to build"
              states 18-34 months
              because 2 years
            claim capex
              quote "between $10B and $12B of capital spending"
              states between $10B and $12B
              because $9.2B
            claim rate
              quote "inflation of 1 to 4 per cent"
              states about 1 to 4%
              because 4.4%
            claim typo
              quote "data centers take 18-34 months to build"
              states 18-36 months
              because 2 years
            """)
        #expect(try a.result("build").verdict == .consistent)
        #expect(try a.result("capex").verdict == .inconsistent)
        #expect(try a.result("rate").verdict == .consistent)
        let quoteWarnings = a.analysis.diagnostics.filter { $0.code == "R407" }
        #expect(quoteWarnings.count == 1)
        #expect(quoteWarnings.first?.range?.start.line == 16, "the typo claim's states line")
    }

    @Test func aRangeInAFormulaIsExactFromEndToEnd() throws {
        let a = try analyzeInline("""
            entity acme "Acme"
            source s "S"
              grade primary
            fact acme.cash @ 2025-12-31 = $11.2B
              source s
            """, """
            claim band
              holds acme.cash @ 2025-12-31 = between $10B and $12B
            claim high
              holds acme.cash @ 2025-12-31 = $11.5B to $12B
            claim inside
              holds acme.cash @ 2025-12-31 < $12B to $13B and acme.cash @ 2025-12-31 >= between $11B and $11.15B
            """)
        #expect(try a.result("band").verdict == .consistent)
        #expect(try a.result("high").verdict == .inconsistent)
        #expect(try a.result("inside").verdict == .consistent)
        guard case .holds(let cs)? = try a.result("band").claim.proposition, case .constant(let m, let text, _)? = cs.first?.right
        else {
            Issue.record("expected a constant range")
            return
        }
        #expect(m.interval.lower == 10e9 && m.interval.upper == 12e9)
        #expect(text == "between $10B and $12B")
    }

    @Test(arguments: [("34-18 months", "R224"), ("$10B to 12%", "R223"), ("between $10B $12B", "R101")])
    func aMalformedRangeIsAnError(_ text: String, _ code: String) {
        let source = "article a \"A\"\nentity x \"X\"\nclaim c\n  states x.m = \(text)\n"
        let (_, diagnostics) = resolveText(source)
        #expect(diagnostics.map(\.code).contains(code), "\(diagnostics.map(\.message))")
    }
}

/// `兆` means 10¹² or 10⁶ depending on where it is written: refused in a claims file, and read
/// both ways in a quote.
@Suite struct AmbiguousScaleTests {
    @Test func aFigureWithZhaoIsAnErrorThatNamesBothMeanings() {
        let text = "article a \"A\"\nclaim c\n  states 1.2兆美元\n"
        let (_, diagnostics) = resolveText(text)
        let all = diagnostics
        #expect(all.map(\.code) == ["R225"])
        #expect(all.first?.message == "'兆' means 10^12 or 10^6 depending on where it is written")
    }

    @Test func aQuoteWithZhaoPrintsEitherScale() throws {
        let a = try analyzeInline("", """
            claim trillion
              quote "營收1.2兆新台幣"
              states 1.2萬億
              because 1.2e12
            claim million
              quote "裝機容量5兆瓦"
              states 5百萬
              because 5e6
            claim neither
              quote "營收1.2兆新台幣"
              states 1.2億
              because 1.2e8
            """)
        let lines = a.analysis.diagnostics.filter { $0.code == "R407" }.compactMap { $0.range?.start.line }
        #expect(lines == [12], "only the claim that states neither scale lacks its figure")
    }
}

/// `defaults` with `region` says what `兆`, `¥` and a bare `元` mean in the figures after it.
@Suite struct RegionDefaultsTests {
    static let cases: [(region: String, figure: String, scale: Int, currency: String?)] = [
        ("TW", "2.9兆元", 12, "TWD"), ("HK", "1.5兆港元", 12, "HKD"), ("JP", "¥4.8兆", 12, "JPY"),
        ("CN", "5兆元", 6, "CNY"), ("CN", "¥300億", 8, "CNY"),
    ]

    @Test(arguments: cases)
    func aRegionGivesTheSignsTheirMeaningThere(_ c: (region: String, figure: String, scale: Int, currency: String?)) throws {
        let text = "article a \"A\"\nentity x \"X\"\ndefaults\n  region \(c.region)\nclaim c\n  states x.m = \(c.figure)\n"
        let (project, diagnostics) = resolveText(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let stated = try #require(project.claims.first?.stated)
        #expect(stated.unit.scale == c.scale)
        #expect(stated.unit.currency == c.currency)
    }

    @Test func aCurrencyDefaultWinsOverTheRegionForItsSignAndAnUnknownRegionIsAnError() throws {
        let text = "article a \"A\"\nentity x \"X\"\ndefaults\n  region CN\n  currency JPY\nclaim c\n  states x.m = ¥5\n"
            + "defaults\n  region XX\n"
        let (project, diagnostics) = resolveText(text)
        #expect(diagnostics.map(\.code) == ["R220"])
        #expect(project.claims.first?.stated?.unit.currency == "JPY")
    }
}

/// `defaults` with `significant-zeros`: a table's whole numbers are exact to their last digit.
@Suite struct SignificantZerosTests {
    @Test func aTablesZerosArePrintedDigitsUntilTheDefaultsEnd() throws {
        let text = """
            article a "A"
            entity x "X"
            defaults
              significant-zeros
            claim table
              states x.m @ 2025 = 1,200
            defaults
            claim prose
              states x.m @ 2024 = 1,200
            """
        let (project, diagnostics) = resolveText(text)
        #expect(diagnostics.isEmpty)
        let table = try #require(project.claims.first { $0.id == "table" }?.stated)
        let prose = try #require(project.claims.first { $0.id == "prose" }?.stated)
        #expect(table.asserted.interval.lower == 1199.5 && table.asserted.interval.upper == 1200.5)
        #expect(prose.asserted.interval.lower == 1150 && prose.asserted.interval.upper == 1250)
    }
}

/// A quantity that only its claim names, a slip away from one the ledger uses, is a warning
/// with a did-you-mean (R413); a really new quantity is not.
@Suite struct NearQuantityNameTests {
    @Test func aSlipAwayFromALedgerNameIsWarnedWithTheNameMeant() {
        let ledger = """
            entity riv "Riverton"
            source b "Budget"
              grade primary
            fact riv.public_safety @ 2025 = $412 million
              source b
            """
        let claims = """
            article t "T"
            claim dash
              states riv.public-safety @ 2025 = $412 million
            claim typo
              states riv.publc_safety @ 2025 = $412 million
            claim case
              states riv.Public_Safety @ 2025 = $412 million
            claim new
              states riv.parks @ 2025 = $50 million
            claim far
              states riv.public_works @ 2025 = $90 million
            """
        var documents: [Syntax.Document] = []
        for (path, text) in [("Evidence/e.ledger", ledger), ("Claims/c.claims", claims)] {
            documents.append(Parser.parse(SourceFile(path: path, text: text)).0)
        }
        let (_, diagnostics) = Resolver.resolve(documents)
        let warned = diagnostics.filter { $0.code == "R413" }.map(\.message)
        #expect(warned == [
            "'riv.public-safety' is named nowhere else; did you mean 'riv.public_safety'?",
            "'riv.publc_safety' is named nowhere else; did you mean 'riv.public_safety'?",
            "'riv.Public_Safety' is named nowhere else; did you mean 'riv.public_safety'?",
        ])
    }
}
