@testable import RecountCore
@testable import RecountKit
@testable import RecountModel
@testable import RecountResolver
@testable import RecountSyntax
import Testing

/// Resolves `states x.m = VALUE` in a one-claim claims file whose article block holds
/// `tolerances`, returning the stated value and every diagnostic.
private func resolve(_ value: String, tolerances: [String] = []) -> (StatedValue?, [Diagnostic]) {
    var text = "article a \"A\"\n"
    for t in tolerances { text += "  tolerance \(t)\n" }
    text += "entity x \"X\"\nclaim c\n  states x.m = \(value)\n"
    let (document, parseDiagnostics) = Parser.parse(SourceFile(path: "a.claims", text: text))
    let (project, diagnostics) = Resolver.resolve([document])
    return (project.claims.first?.stated, parseDiagnostics + diagnostics)
}

/// The stated value of a figure that must resolve without diagnostics.
private func stated(
    _ value: String, tolerances: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> StatedValue {
    let (result, diagnostics) = resolve(value, tolerances: tolerances)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return try #require(result, sourceLocation: sourceLocation)
}

/// Whether `a` and `b` agree to a relative 1e-9 (or absolutely, near zero); infinities must match.
private func close(_ a: Double, _ b: Double) -> Bool {
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)
}

/// Whether the interval is `[lower, upper]` up to rounding, and contains both ends as printed.
private func matches(_ i: Interval, _ lower: Double, _ upper: Double) -> Bool {
    close(i.lower, lower) && close(i.upper, upper) && i.lower <= lower && upper <= i.upper
}

@Suite struct LiteralTests {
    // MARK: Printed precision

    @Test func dollarsInBillions() throws {
        let v = try stated("$16.59B")
        let i = v.asserted.interval
        #expect(i.contains(16.585e9))
        #expect(i.contains(16.595e9))
        #expect(!i.contains(16.58e9))
        #expect(!i.contains(16.6e9))
        #expect(close(i.width, 0.01e9))
        #expect(v.asserted.dimension == .currency("USD"))
        #expect(v.asserted.nominal == 16.59e9)
        #expect(v.unit.currency == "USD")
        #expect(v.unit.scale == 9)
        #expect(v.hedge == .none)
        #expect(v.text == "$16.59B")
        // Unhedged, the standard policy accepts nothing beyond the printed precision.
        #expect(v.accepted.contains(i))
        #expect(close(v.accepted.lower, i.lower) && close(v.accepted.upper, i.upper))
    }

    @Test func percent() throws {
        let v = try stated("12%")
        #expect(matches(v.asserted.interval, 0.115, 0.125))
        #expect(!v.asserted.interval.contains(0.1149))
        #expect(!v.asserted.interval.contains(0.1251))
        #expect(v.asserted.dimension.isDimensionless)
        #expect(v.asserted.nominal == 0.12)
    }

    /// A multiple is a pure number, to its printed precision: `2.23x` is [2.225, 2.235].
    @Test(arguments: ["2.23x", "2.23×"]) func multiple(_ text: String) throws {
        let v = try stated(text)
        #expect(matches(v.asserted.interval, 2.225, 2.235))
        #expect(v.asserted.dimension.isDimensionless)
        #expect(v.asserted.nominal == 2.23)
        #expect(v.text == text)
    }

    /// Per mille is a thousandth, to the printed precision: `5‰` is [0.0045, 0.0055].
    @Test(arguments: ["5‰", "5 ‰"]) func perMille(_ text: String) throws {
        let v = try stated(text)
        #expect(matches(v.asserted.interval, 0.0045, 0.0055))
        #expect(v.asserted.dimension.isDimensionless)
        #expect(v.text == text)
    }

    @Test func fullWidthPercent() throws {
        let v = try stated("１２％")
        #expect(matches(v.asserted.interval, 0.115, 0.125))
        #expect(v.number.digits == "12")
    }

    @Test func scaleWordAfterASpace() throws {
        let v = try stated("16.59 billion")
        #expect(matches(v.asserted.interval, 16.585e9, 16.595e9))
        #expect(v.asserted.dimension.isDimensionless, "no currency was written")
        #expect(v.unit.scaleSpelling == " billion")
    }

    @Test func usDollarsWithSpace() throws {
        let v = try stated("US$ 4.2bn")
        #expect(matches(v.asserted.interval, 4.15e9, 4.25e9))
        #expect(v.asserted.dimension == .currency("USD"))
        #expect(v.unit.currencySpelling == "US$")
    }

    @Test func chineseScaleAndCurrency() throws {
        let v = try stated("370億美元")
        // A whole number is rounded at its last non-zero digit, here the tens of 億: [365億, 375億].
        #expect(matches(v.asserted.interval, 3.65e10, 3.75e10))
        #expect(v.asserted.nominal == 3.7e10)
        #expect(v.asserted.dimension == .currency("USD"))
        #expect(v.unit.currencyAfter)
        #expect(v.unit.scale == 8)
    }

    @Test func chineseTrillionScale() throws {
        let v = try stated("1.5萬億")
        #expect(matches(v.asserted.interval, 1.45e12, 1.55e12))
    }

    @Test func kronerInMillionsWithThousandsSeparator() throws {
        let v = try stated("DKK 1,369m")
        #expect(matches(v.asserted.interval, 1368.5e6, 1369.5e6))
        #expect(v.asserted.dimension == .currency("DKK"))
        #expect(v.unit.currency == "DKK")
    }

    @Test func percentagePoints() throws {
        let v = try stated("0.5 pp")
        #expect(v.asserted.dimension == .percentagePoint)
        #expect(matches(v.asserted.interval, 0.45, 0.55))
    }

    @Test func annualRate() throws {
        let v = try stated("$37B/yr")
        #expect(matches(v.asserted.interval, 36.5e9, 37.5e9))
        #expect(v.asserted.dimension == Dimension.currency("USD") / .time)
    }

    @Test func monthlyRateIsStoredPerYear() throws {
        let v = try stated("$3.08B/month")
        #expect(matches(v.asserted.interval, 3.075e9 * 12, 3.085e9 * 12))
        #expect(close(v.asserted.nominal, 3.08e9 * 12))
        #expect(v.asserted.dimension == Dimension.currency("USD") / .time)
    }

    @Test func ratePerMegawattPerYear() throws {
        let v = try stated("$12/MW/yr")
        #expect(matches(v.asserted.interval, 11.5e-6, 12.5e-6))
        #expect(v.asserted.dimension == Dimension.currency("USD") / .power / .time)
    }

    @Test func power() throws {
        let v = try stated("31 GW")
        #expect(matches(v.asserted.interval, 30.5e9, 31.5e9))
        #expect(v.asserted.dimension == .power)
    }

    @Test func negativeFigure() throws {
        let v = try stated("-5%")
        #expect(v.negative)
        #expect(matches(v.asserted.interval, -0.055, -0.045))
        #expect(v.asserted.nominal == -0.05)
        #expect(v.text == "-5%")
    }

    @Test func trailingZerosNarrowTheInterval() throws {
        let loose = try stated("3.1")
        let tight = try stated("3.10")
        #expect(matches(loose.asserted.interval, 3.05, 3.15))
        #expect(matches(tight.asserted.interval, 3.095, 3.105))
        #expect(loose.asserted.interval.contains(tight.asserted.interval))
        #expect(close(tight.asserted.interval.width * 10, loose.asserted.interval.width))
        #expect(tight.number.digits == "3.10")
        #expect(tight.number.decimals == 2)
        #expect(loose.number.decimals == 1)
    }

    /// A whole number's trailing zeros are rounding, so it is rounded at its last non-zero digit;
    /// a decimal point makes every printed digit count, and `exactly` makes it a point.
    @Test func wholeTrailingZerosAreRoundingUnlessADecimalOrExactlySaysOtherwise() throws {
        #expect(matches(try stated("1,200").asserted.interval, 1150, 1250))
        #expect(matches(try stated("318,000").asserted.interval, 317_500, 318_500))
        #expect(matches(try stated("1,201").asserted.interval, 1200.5, 1201.5))
        #expect(matches(try stated("1,200.0").asserted.interval, 1199.95, 1200.05))
        #expect(matches(try stated("30.0").asserted.interval, 29.95, 30.05))
        #expect(matches(try stated("$30B").asserted.interval, 25e9, 35e9))
        let exact = try stated("exactly 1,200").asserted.interval
        #expect(exact.contains(1200))
        #expect(exact.width <= 1200 * 4 * Double.ulpOfOne, "a point, up to outward rounding")
        #expect(!exact.contains(1200.0001))
    }

    // MARK: Hedges

    static let aboutSpellings = ["about", "approximately", "roughly", "~", "≈"]
    static let overSpellings = ["over", "more than", "at least"]
    static let underSpellings = ["under", "less than", "up to"]
    static let nearlySpellings = ["nearly", "almost"]

    @Test(arguments: aboutSpellings)
    func about(_ hedge: String) throws {
        let v = try stated("\(hedge) 100")
        #expect(v.hedge == .about)
        // `100` is rounded at its last non-zero digit, the hundreds: [50, 150].
        #expect(matches(v.asserted.interval, 50, 150), "the assertion keeps printed precision")
        // Accepted: printed precision widened by 5% of the value, the standard policy.
        #expect(matches(v.accepted, 45, 155))
    }

    @Test func aboutWithAUnit() throws {
        let v = try stated("about $3.08B/month")
        #expect(v.text == "about $3.08B/month")
        #expect(matches(v.asserted.interval, 3.075e9 * 12, 3.085e9 * 12))
        #expect(matches(v.accepted, (3.075 - 0.154) * 12e9, (3.085 + 0.154) * 12e9))
    }

    @Test(arguments: overSpellings)
    func over(_ hedge: String) throws {
        let v = try stated("\(hedge) $37B/yr")
        #expect(v.hedge == .over)
        #expect(v.asserted.interval.upper == .infinity)
        #expect(close(v.asserted.interval.lower, 37e9))
        #expect(v.asserted.interval.lower <= 37e9)
        #expect(!v.asserted.interval.contains(36.9e9), "over ignores printed precision downwards")
        #expect(close(v.accepted.lower, 37e9))
        #expect(v.accepted.upper == .infinity)
    }

    @Test(arguments: underSpellings)
    func under(_ hedge: String) throws {
        let v = try stated("\(hedge) 100")
        #expect(v.hedge == .under)
        #expect(v.asserted.interval.lower == -.infinity)
        #expect(close(v.asserted.interval.upper, 100) && v.asserted.interval.upper >= 100)
        #expect(!v.asserted.interval.contains(100.1))
        #expect(v.accepted.lower == -.infinity)
        #expect(close(v.accepted.upper, 100))
    }

    @Test(arguments: nearlySpellings)
    func nearly(_ hedge: String) throws {
        let v = try stated("\(hedge) 100")
        #expect(v.hedge == .nearly)
        // [v·(1 − 5%), v]: close to the figure, and not above it.
        #expect(matches(v.asserted.interval, 95, 100))
        #expect(!v.asserted.interval.contains(100.1))
        // Accepted reaches up to the printed precision: `100` is rounded at its hundreds, so 150.
        #expect(matches(v.accepted, 95, 150))
    }

    @Test func exactly() throws {
        let v = try stated("exactly 100")
        #expect(v.hedge == .exactly)
        let i = v.asserted.interval
        #expect(i.contains(100))
        #expect(i.width <= 100 * 4 * Double.ulpOfOne, "a point, up to outward rounding")
        #expect(!i.contains(100.0000001))
        #expect(v.accepted == i)
    }

    @Test func exactlyWithAUnit() throws {
        let v = try stated("exactly $12B")
        #expect(v.asserted.interval.contains(12e9))
        #expect(v.asserted.interval.width <= 12e9 * 4 * Double.ulpOfOne)
    }

    // MARK: Tolerance policy

    @Test func articleToleranceWidensAbout() throws {
        let v = try stated("about 100.0", tolerances: ["about 10%"])
        #expect(matches(v.accepted, 89.95, 110.05))
        #expect(matches(v.asserted.interval, 99.95, 100.05), "the policy never changes the assertion")
    }

    @Test func articleToleranceForPlainFigures() throws {
        let v = try stated("100.0", tolerances: ["plain 1%"])
        #expect(matches(v.accepted, 98.95, 101.05))
    }

    @Test func articleToleranceLowersOver() throws {
        let v = try stated("over 100", tolerances: ["at least 10%"])
        #expect(close(v.accepted.lower, 90))
        #expect(v.accepted.upper == .infinity)
        #expect(close(v.asserted.interval.lower, 100))
    }

    @Test func articleToleranceWidensNearly() throws {
        let v = try stated("nearly 100", tolerances: ["almost 2%"])
        #expect(matches(v.asserted.interval, 98, 100))
    }

    @Test func invalidToleranceIsReported() {
        let (_, diagnostics) = resolve("100", tolerances: ["about $5"])
        #expect(diagnostics.map(\.code) == ["R211"])
        #expect(diagnostics.first?.range?.description == "a.claims:2:3")
    }

    @Test func exactlyTakesNoTolerance() {
        let (_, diagnostics) = resolve("100", tolerances: ["exactly 1%"])
        #expect(diagnostics.map(\.code) == ["R211"])
    }

    @Test func directConstructionMatchesTheResolver() throws {
        let number = try #require(PrintedNumber("16.59"))
        let unit = try UnitParser.parse(prefix: "$", suffix: "B").get()
        let range = SourceRange(path: "x", start: .init(line: 1, column: 1), end: .init(line: 1, column: 2))
        let direct = StatedValue(text: "$16.59B", hedge: .none, number: number, negative: false, unit: unit,
                                 policy: .standard, range: range)
        let resolved = try stated("$16.59B")
        #expect(direct.asserted == resolved.asserted)
        #expect(direct.accepted == resolved.accepted)
    }

    // MARK: Printed numbers

    @Test(arguments: ["1,23", "1.2.3", "12,34,567", "1234,567", "5.", "1,234.5,6", "", "1e", "1e1234", "1.2e5.1", "-5"])
    func malformedNumbersAreRejected(_ text: String) {
        #expect(PrintedNumber(text) == nil)
    }

    @Test func thousandsSeparators() throws {
        let n = try #require(PrintedNumber("1,369"))
        #expect(n.value == 1369)
        #expect(n.digits == "1369")
        #expect(n.decimals == 0)
        #expect(matches(n.interval, 1368.5, 1369.5))
        let m = try #require(PrintedNumber("12,345,678.25"))
        #expect(m.value == 12_345_678.25)
        #expect(m.decimals == 2)
    }

    @Test func fullWidthDigitsAndSeparators() throws {
        let n = try #require(PrintedNumber("１，３６９．５"))
        #expect(n.value == 1369.5)
        #expect(n.digits == "1369.5")
        #expect(n.decimals == 1)
    }

    @Test func intervalIsHalfAUnitOfTheLastDigit() throws {
        #expect(matches(try #require(PrintedNumber("0.000")).interval, -0.0005, 0.0005))
        #expect(matches(try #require(PrintedNumber("7")).interval, 6.5, 7.5))
        #expect(matches(try #require(PrintedNumber("16.59")).interval, 16.585, 16.595))
    }

    @Test func malformedFigureReportsR006() {
        let (value, diagnostics) = resolve("1,23")
        #expect(value == nil, "the claim is left out")
        #expect(diagnostics.map(\.code) == ["R006"])
        #expect(diagnostics.first?.message == "malformed number '1,23'")
        #expect(diagnostics.first?.range?.description == "a.claims:4:16")
    }

    @Test func malformedFigureInAFormulaReportsR006() {
        let text = "claim c\n  states 1%\n  because 1.2.3 * 2\n"
        let (document, _) = Parser.parse(SourceFile(path: "f.claims", text: text))
        let (_, diagnostics) = Resolver.resolve([document])
        #expect(diagnostics.map(\.code) == ["R006"])
        #expect(diagnostics.first?.range?.description == "f.claims:3:11")
    }

    @Test func unknownUnitReportsR205() {
        let (value, diagnostics) = resolve("5furlongs")
        #expect(value == nil)
        #expect(diagnostics.map(\.code) == ["R205"])
        #expect(diagnostics.first?.message == "unknown unit 'furlongs'")
    }
}

/// Multiples as articles print them, checked end to end: `x` and `×` against the number are a
/// multiple; `×` between two operands multiplies.
@Suite struct MultipleTests {
    @Test func aMultipleIsCheckedAgainstARatioAndItsQuoteReadsIt() throws {
        let ledger = """
            entity acme "Acme"
            source k "Acme 10-K"
              grade primary
            metric acme.assets "Total assets"
              kind stock
            metric acme.equity "Equity"
              kind stock
            fact acme.assets @ 2025 = $44.6B
              source k
            fact acme.equity @ 2025 = $20.0B
              source k

            """
        let analyzed = try analyzeInline(ledger, """
            claim leverage
              quote "assets were 2.23x equity"
              states 2.23x
              because acme.assets @ 2025 / acme.equity @ 2025
            claim sign
              quote "assets were 2.23× equity"
              states 2.23×
              because acme.assets @ 2025 / acme.equity @ 2025
            claim wrong
              quote "assets were 3.1x equity"
              states 3.1x
              because acme.assets @ 2025 / acme.equity @ 2025
            claim doubled
              states $89.2B
              because acme.assets @ 2025 × 2

            """)
        #expect(try analyzed.result("leverage").verdict == .consistent)
        #expect(try analyzed.result("sign").verdict == .consistent)
        #expect(try analyzed.result("wrong").verdict == .inconsistent)
        #expect(try analyzed.result("doubled").verdict == .consistent)
        #expect(analyzed.analysis.diagnostics.isEmpty, "\(analyzed.analysis.diagnostics.map(\.message))")
    }

    @Test func aMultipleSignAfterASpaceIsNotAMultiple() throws {
        var lexer = Lexer(file: SourceFile(path: "f.claims", text: "  because 2 x\n"))
        let tokens = lexer.tokenize()
        let figures = tokens.compactMap { if case .figure(let f) = $0.kind { f.text } else { nil } }
        #expect(figures == ["2"])
    }
}

/// Per mille as articles print it, checked end to end against a percentage of the same value.
@Suite struct PerMilleTests {
    @Test func perMilleIsAThousandthAndItsQuoteReadsIt() throws {
        let ledger = """
            entity city "City"
            source c "City budget"
              grade primary
            fact city.levy_rate @ 2025 = 0.52%
              source c

            """
        let analyzed = try analyzeInline(ledger, """
            claim levy
              quote "a levy of 5.2‰ on assessed value"
              states city.levy_rate @ 2025 = 5.2‰
            claim wrong
              quote "a levy of 52‰"
              states city.levy_rate @ 2025 = 52‰

            """)
        #expect(try analyzed.result("levy").verdict == .consistent)
        #expect(try analyzed.result("wrong").verdict == .inconsistent)
        #expect(!analyzed.analysis.diagnostics.contains { $0.code == "R407" },
                "\(analyzed.analysis.diagnostics.map(\.message))")
    }
}

/// Negative figures as printed: a minus, parentheses as tables print losses, or `negative`.
@Suite struct NegativeFormTests {
    @Test(arguments: ["-$23.7B", "($23.7B)", "negative $23.7B", "(23.7)"])
    func everyNegativeFormIsTheSameIntervalShownAsWritten(_ text: String) throws {
        let v = try #require(resolveNegative(text))
        #expect(v.negative)
        #expect(v.text == text)
        #expect(v.asserted.interval.upper < 0)
        let magnitude = text.contains("B") ? 23.7e9 : 23.7
        #expect(v.asserted.interval.contains(-magnitude))
    }

    @Test func parenthesesInAFormulaGroup() throws {
        let analyzed = try analyzeInline("entity acme \"Acme\"\n", """
            claim grouped
              states 23.7
              because (23.7)

            """)
        #expect(try analyzed.result("grouped").verdict == .consistent)
    }

    private func resolveNegative(_ text: String) -> StatedValue? {
        let source = "entity x \"X\"\narticle a \"A\"\n\nclaim c\n  states x.y = \(text)\n"
        let (document, _) = Parser.parse(SourceFile(path: "f.claims", text: source))
        let (project, _) = Resolver.resolve([document])
        return project.claims.first?.stated
    }
}
