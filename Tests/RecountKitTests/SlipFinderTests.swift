@testable import RecountCore
@testable import RecountEngine
@testable import RecountModel
@testable import RecountReport
import Testing

private let usd = Dimension.currency("USD")
private let usdPerYear = Dimension.currency("USD") / Dimension.time

/// A printed figure as the parser would build it, with the standard tolerance policy.
private func figure(_ number: String, prefix: String? = nil, suffix: String = "", hedge: Hedge = .none,
                    negative: Bool = false) throws -> StatedValue {
    let printed = try #require(PrintedNumber(number))
    let unit = try UnitParser.parse(prefix: prefix, suffix: suffix).get()
    let range = SourceRange(path: "Claims/t.claims", start: SourceLocation(line: 1, column: 1),
                            end: SourceLocation(line: 1, column: 2))
    return StatedValue(text: number, hedge: hedge, number: printed, negative: negative, unit: unit,
                       policy: .standard, range: range)
}

/// An exact implied value in base units.
private func value(_ v: Double, _ dimension: Dimension = .none) -> Measure {
    Measure(interval: Interval(point: v), nominal: v, dimension: dimension)
}

/// One positive and one negative case for each slip kind, the rules that keep digit slips from
/// firing on correct figures, and the single-cause rule.
@Suite struct SlipFinderTests {
    // MARK: Digit slips

    @Test func droppedDigitIsTheSingleCause() throws {
        let stated = try figure("12", suffix: "%")
        let slips = SlipFinder.slips(stated: stated, implied: value(1.2302))
        let expected = Slip.droppedDigit(implied: "123%", printed: "12%")
        #expect(slips == [expected])
        #expect(SlipFinder.singleCause(slips) == expected)
        #expect(expected.sentence == "a dropped digit: the inputs give 123%, printed as 12%")
        #expect(expected.name == "dropped-digit")
    }

    @Test func droppedDigitAfterThePointKeepsThePoint() throws {
        let slips = SlipFinder.slips(stated: try figure("3.8"), implied: value(3.08))
        #expect(slips == [.droppedDigit(implied: "3.08", printed: "3.8")])
    }

    @Test func droppedDigitWithSignAndHedge() throws {
        let stated = try figure("12", suffix: "%", hedge: .about, negative: true)
        let slips = SlipFinder.slips(stated: stated, implied: value(-1.2302))
        #expect(slips == [.droppedDigit(implied: "-123%", printed: "-12%")])
    }

    @Test func noDroppedDigitWhenNoDeletionGivesThePrintedDigits() throws {
        #expect(SlipFinder.slips(stated: try figure("14", suffix: "%"), implied: value(1.2302)) == [])
    }

    @Test func addedDigit() throws {
        let slips = SlipFinder.slips(stated: try figure("123", suffix: "%"), implied: value(0.123))
        #expect(slips == [.addedDigit(implied: "12%", printed: "123%")])
        #expect(SlipFinder.singleCause(slips) == .addedDigit(implied: "12%", printed: "123%"))
    }

    @Test func noAddedDigitWhenNoDeletionOfThePrintedGivesTheImplied() throws {
        #expect(SlipFinder.slips(stated: try figure("145", suffix: "%"), implied: value(0.123)) == [])
    }

    @Test func transposedDigits() throws {
        #expect(SlipFinder.slips(stated: try figure("3.80"), implied: value(3.08))
            == [.transposedDigits(implied: "3.08", printed: "3.80")])
        let billions = try figure("16.95", prefix: "$", suffix: " billion")
        #expect(SlipFinder.slips(stated: billions, implied: value(16.59e9, usd))
            == [.transposedDigits(implied: "$16.59 billion", printed: "$16.95 billion")])
    }

    @Test func noTranspositionWhenNoSwapGivesThePrintedDigits() throws {
        #expect(SlipFinder.slips(stated: try figure("3.88"), implied: value(3.08)) == [])
    }

    @Test func noSlipWhenTheImpliedValueRoundsToTheFigure() throws {
        #expect(SlipFinder.slips(stated: try figure("12.3", suffix: "%"), implied: value(0.1234)) == [])
        #expect(SlipFinder.slips(stated: try figure("3.08"), implied: value(3.0849)) == [])
        // "Over 12%" is true of 123%: nothing to explain, although "123" with a digit dropped is "12".
        #expect(SlipFinder.slips(stated: try figure("12", suffix: "%", hedge: .over), implied: value(1.2302)) == [])
    }

    // MARK: Scale

    @Test func scaleSlipBetweenMillionAndBillion() throws {
        let separator = try figure("1,369", prefix: "$", suffix: " billion")
        #expect(SlipFinder.slips(stated: separator, implied: value(1.369e9, usd))
            == [.scale(implied: "$1369 million", printed: "$1369 billion", factor: "×10^3")])
        let word = try figure("1.369", prefix: "$", suffix: " million")
        let slips = SlipFinder.slips(stated: word, implied: value(1.369e9, usd))
        #expect(slips == [.scale(implied: "$1.369 billion", printed: "$1.369 million", factor: "÷10^3")])
        #expect(slips.first?.sentence
            == "a scale slip (÷10^3): the inputs give $1.369 billion, printed as $1.369 million")
    }

    @Test func scaleSlipBetweenWanAndYi() throws {
        let slips = SlipFinder.slips(stated: try figure("130.4", suffix: "億"), implied: value(1.304e6))
        #expect(slips == [.scale(implied: "130.4萬", printed: "130.4億", factor: "×10^4")])
    }

    @Test func noScaleSlipWhenThePowerOfTenMissesThePrintedPrecision() throws {
        let stated = try figure("1,371", prefix: "$", suffix: " billion")
        #expect(SlipFinder.slips(stated: stated, implied: value(1.369e9, usd)) == [])
    }

    @Test func scaleStepsAreTheDocumentedSet() {
        #expect(SlipFinder.scaleSteps == [2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 8, -8, 9, -9, 12, -12])
    }

    // MARK: Period

    @Test func periodSlipPerMonthForPerYear() throws {
        let stated = try figure("37.2", prefix: "$", suffix: " billion/month")
        let slips = SlipFinder.slips(stated: stated, implied: value(37.2e9, usdPerYear))
        let expected = Slip.period(implied: "$37.2 billion/yr", printed: "$37.2 billion/month", factor: "×12")
        #expect(slips == [expected])
        #expect(expected.sentence
            == "a period slip (per year vs per month): the inputs give $37.2 billion/yr, which ×12 makes $37.2 billion/month")
    }

    @Test func periodSlipAlsoFitsAnAddedDigitForThirtySeven() throws {
        // $37B/month for $37B/yr: ×12, but 37 is also 3.08 (the true monthly figure) with a 7 added.
        let stated = try figure("37", prefix: "$", suffix: " billion/month")
        let slips = SlipFinder.slips(stated: stated, implied: value(37e9, usdPerYear))
        #expect(slips.contains(.period(implied: "$37 billion/yr", printed: "$37 billion/month", factor: "×12")))
        #expect(slips.contains(.addedDigit(implied: "$3 billion/month", printed: "$37 billion/month")))
        #expect(SlipFinder.singleCause(slips) == nil)
    }

    @Test func noPeriodSlipForAnotherRatio() throws {
        let stated = try figure("37.2", prefix: "$", suffix: " billion/month")
        #expect(SlipFinder.slips(stated: stated, implied: value(186e9, usdPerYear)) == [])
    }

    @Test func noPeriodSlipForDimensionlessValues() throws {
        // 36% is 12% × 3, but a factor of three between ratios is not a period slip.
        let slips = SlipFinder.slips(stated: try figure("36", suffix: "%"), implied: value(0.12))
        #expect(!slips.contains { $0.name == "period" })
    }

    @Test func comparisonPeriodSlip() {
        // A year's revenue compared with a monthly figure: fails, and ÷12 makes it hold.
        let year = value(37e9, usd)
        let monthly = value(31.9e9 / 10, usd)
        let slips = SlipFinder.comparisonSlips(left: year, relation: .lessEqual, right: monthly)
        let expected = Slip.period(implied: "$37B", printed: "$3.083B", factor: "÷12")
        #expect(slips == [expected])
        #expect(SlipFinder.singleCause(slips) == expected)
    }

    @Test func noComparisonSlipWhenNoFactorHelpsOrNoneIsNeeded() {
        let year = value(37e9, usd)
        #expect(SlipFinder.comparisonSlips(left: year, relation: .lessEqual, right: value(1e9, usd)) == [])
        #expect(SlipFinder.comparisonSlips(left: year, relation: .lessEqual, right: value(40e9, usd)) == [])
        #expect(SlipFinder.comparisonSlips(left: year, relation: .lessEqual, right: value(4e9, .none)) == [])
    }

    // MARK: Truncation

    @Test func truncation() throws {
        let slips = SlipFinder.slips(stated: try figure("3.08"), implied: value(3.0866))
        #expect(slips == [.truncation(implied: "3.0866", printed: "3.08")])
        let percent = SlipFinder.slips(stated: try figure("3.08", suffix: "%"), implied: value(0.030866))
        #expect(percent == [.truncation(implied: "3.0866%", printed: "3.08%")])
    }

    @Test func noTruncationWhenCuttingGivesAnotherFigure() throws {
        #expect(SlipFinder.slips(stated: try figure("3.08"), implied: value(3.0966)) == [])
    }

    // MARK: Growth vs multiple

    @Test func growthVersusMultiple() throws {
        #expect(SlipFinder.slips(stated: try figure("223", suffix: "%"), implied: value(1.23))
            == [.growthVersusMultiple(implied: "123%", printed: "223%")])
        #expect(SlipFinder.slips(stated: try figure("123", suffix: "%"), implied: value(2.23))
            == [.growthVersusMultiple(implied: "223%", printed: "123%")])
    }

    @Test func noGrowthVersusMultipleOffByOtherThanOne() throws {
        #expect(SlipFinder.slips(stated: try figure("230", suffix: "%"), implied: value(1.23)) == [])
        // Plus one dollar is no growth slip.
        let dollars = try figure("2.23", prefix: "$")
        #expect(SlipFinder.slips(stated: dollars, implied: value(1.23, usd)) == [])
    }

    // MARK: Percent vs points

    @Test func pointsPrintedAsPercent() throws {
        let slips = SlipFinder.slips(stated: try figure("5", suffix: "%"), implied: value(5, .percentagePoint))
        #expect(slips == [.percentVersusPoints(implied: "5 pp", printed: "5%")])
        let reverse = SlipFinder.slips(stated: try figure("5", suffix: " pp"), implied: value(0.05))
        #expect(reverse == [.percentVersusPoints(implied: "5%", printed: "5 pp")])
    }

    @Test func noPercentVersusPointsForAnotherNumber() throws {
        #expect(SlipFinder.slips(stated: try figure("5", suffix: "%"), implied: value(7, .percentagePoint)) == [])
        // Any other dimension mismatch explains nothing.
        #expect(SlipFinder.slips(stated: try figure("5", suffix: "%"), implied: value(0.05, usd)) == [])
    }

    @Test func percentVersusPointsAsAnAlternative() throws {
        let stated = try figure("3", suffix: "%")
        let slip = Slip.percentVersusPoints(implied: "3 pp", printed: SlipFinder.printedText(of: stated))
        #expect(SlipFinder.slips(stated: stated, alternatives: [(slip, value(3, .percentagePoint))]) == [slip])
        #expect(SlipFinder.slips(stated: stated, alternatives: [(slip, value(4, .percentagePoint))]) == [])
    }

    // MARK: Alternatives from the engine

    @Test func calendarVersusFiscal() throws {
        let stated = try figure("33.04", prefix: "$", suffix: " billion")
        let other = value(33.04e9, usd)
        let slip = Slip.calendarVersusFiscal(implied: "$31.5 billion", printed: SlipFinder.printedText(of: stated),
                                             period: "fiscal 2023")
        #expect(SlipFinder.slips(stated: stated, alternatives: [(slip, other)]) == [slip])
        #expect(slip.sentence == "calendar and fiscal periods confused: the inputs give $31.5 billion, "
            + "while $33.04 billion is the figure for fiscal 2023")
        #expect(SlipFinder.slips(stated: stated, alternatives: [(slip, value(31.5e9, usd))]) == [])
    }

    @Test func otherReadingKeepsOnlyTheAlternativesThatFit() throws {
        let stated = try figure("33.04", prefix: "$", suffix: " billion")
        let fits = Slip.otherReading(reading: "revenue before returns gives $33.04 billion")
        let misses = Slip.otherReading(reading: "revenue after tax gives $29 billion")
        let found = SlipFinder.slips(stated: stated, alternatives: [
            (misses, value(29e9, usd)), (fits, value(33.04e9, usd)), (fits, value(33.04e9, usd)),
            (misses, value(33.04e9, .none)),
        ])
        #expect(found == [fits])
        #expect(SlipFinder.singleCause(found) == fits)
    }

    // MARK: Single cause

    @Test func twoFittingSlipsNameNoCause() throws {
        // $1 billion/yr where the inputs give $12 billion/yr: "12" with the "2" dropped, or ÷12.
        let stated = try figure("1", prefix: "$", suffix: " billion/yr")
        let slips = SlipFinder.slips(stated: stated, implied: value(12e9, usdPerYear))
        #expect(slips == [
            .droppedDigit(implied: "$12 billion/yr", printed: "$1 billion/yr"),
            .period(implied: "$1 billion/month", printed: "$1 billion/yr", factor: "÷12"),
        ])
        #expect(SlipFinder.singleCause(slips) == nil)
    }

    @Test func singleCauseCountsDistinctSlips() {
        let a = Slip.truncation(implied: "3.0866", printed: "3.08")
        let b = Slip.otherReading(reading: "x")
        #expect(SlipFinder.singleCause([]) == nil)
        #expect(SlipFinder.singleCause([a, a]) == a)
        #expect(SlipFinder.singleCause([a, b]) == nil)
    }

    @Test func namesAreStableAndDistinct() {
        let all: [Slip] = [
            .droppedDigit(implied: "", printed: ""), .addedDigit(implied: "", printed: ""),
            .transposedDigits(implied: "", printed: ""), .scale(implied: "", printed: "", factor: ""),
            .period(implied: "", printed: "", factor: ""), .truncation(implied: "", printed: ""),
            .percentVersusPoints(implied: "", printed: ""), .growthVersusMultiple(implied: "", printed: ""),
            .calendarVersusFiscal(implied: "", printed: "", period: ""), .otherReading(reading: ""),
        ]
        #expect(all.map(\.name) == [
            "dropped-digit", "added-digit", "transposed-digits", "scale", "period", "truncation",
            "percent-versus-points", "growth-versus-multiple", "calendar-versus-fiscal", "other-reading",
        ])
        #expect(Set(all.map(\.sentence)).count == all.count)
    }

    // MARK: Digit text

    @Test func fixedDigitsKeepTrailingZerosAndSnapNearIntegers() {
        #expect(SlipFinder.fixedDigits(3.09, decimals: 2, rule: .towardZero)?.text == "3.09")
        #expect(SlipFinder.fixedDigits(3.1, decimals: 2, rule: .toNearestOrAwayFromZero)?.text == "3.10")
        #expect(SlipFinder.fixedDigits(0.05, decimals: 3, rule: .toNearestOrAwayFromZero)?.text == "0.050")
        #expect(SlipFinder.fixedDigits(1e300, decimals: 0, rule: .towardZero) == nil)
    }
}
