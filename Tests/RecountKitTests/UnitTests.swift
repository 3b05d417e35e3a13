@testable import RecountFigures
@testable import RecountKit
@testable import RecountModel
@testable import RecountSyntax
import Testing

private let usd = Dimension.currency("USD")

/// Whether the interval contains `value` and is no wider than a few dozen ulps around it.
private func isTight(_ i: Interval, around value: Double) -> Bool {
    i.contains(value) && i.width <= abs(value) * 32 * Double.ulpOfOne
}

private func unit(_ text: String) throws -> Unit {
    try UnitParser.parseConversion(text).get()
}

@Suite struct UnitTests {
    // MARK: Parsing

    @Test func dollarsPerYear() throws {
        let u = try unit("$/yr")
        #expect(u.currency == "USD")
        #expect(u.currencySpelling == "$")
        #expect(u.scale == 0)
        #expect(u.word == nil)
        #expect(u.per == [.time(.year)])
        #expect(u.perSpelling == ["yr"])
        #expect(u.dimension == usd / .time)
        #expect(isTight(u.factor, around: 1))
    }

    @Test func dollarsPerMegawattPerYear() throws {
        let u = try unit("$/MW/yr")
        #expect(u.per == [.watt(6), .time(.year)])
        #expect(u.dimension == usd / .power / .time)
        #expect(u.dimension.description == "USD/(power·time)")
        #expect(isTight(u.factor, around: 1e-6))
    }

    @Test func billionsPerMonth() throws {
        let u = try UnitParser.parse(prefix: nil, suffix: "B/month").get()
        #expect(u.scale == 9)
        #expect(u.scaleSpelling == "B")
        #expect(u.currency == nil)
        #expect(u.per == [.time(.month)])
        #expect(u.dimension == Dimension.none / .time)
        #expect(u.dimension.description == "1/time")
        #expect(isTight(u.factor, around: 12e9))
    }

    @Test func chineseHundredMillionDollars() throws {
        let u = try UnitParser.parse(prefix: nil, suffix: "億美元").get()
        #expect(u.scale == 8)
        #expect(u.scaleSpelling == "億")
        #expect(u.currency == "USD")
        #expect(u.currencySpelling == "美元")
        #expect(u.currencyAfter)
        #expect(isTight(u.factor, around: 1e8))
        #expect(try UnitParser.parse(prefix: nil, suffix: "亿人民币").get().currency == "CNY")
        #expect(try UnitParser.parse(prefix: nil, suffix: "萬億").get().scale == 12)
    }

    @Test func currencyCodesBeforeAndAfter() throws {
        #expect(try unit("DKK").currency == "DKK")
        #expect(try UnitParser.parse(prefix: "DKK", suffix: "m").get().scale == 6)
        let after = try UnitParser.parse(prefix: nil, suffix: "bn USD").get()
        #expect(after.currency == "USD")
        #expect(after.currencyAfter)
        #expect(after.scale == 9)
        #expect(try unit("€").currency == "EUR")
        #expect(try unit("US$B").currency == "USD")
        #expect(try unit("US$B").scale == 9)
    }

    @Test func unitWords() throws {
        #expect(try unit("%").word == .percent)
        #expect(try unit("%").dimension.isDimensionless)
        #expect(isTight(try unit("%").factor, around: 0.01))
        #expect(try unit("pp").dimension == .percentagePoint)
        #expect(try unit("GW").dimension == .power)
        #expect(isTight(try unit("GW").factor, around: 1e9))
        #expect(isTight(try unit("kW").factor, around: 1e3))
        #expect(try unit("quarter").dimension == .time)
    }

    @Test(arguments: ["furlongs", "$/furlong", "%/yr/", "B B", "$/%", "yr/month GW"])
    func unknownUnitsAreErrors(_ text: String) {
        #expect(throws: UnitError.self) { try UnitParser.parseConversion(text).get() }
    }

    @Test func unknownUnitNamesTheOffendingPart() {
        #expect(UnitParser.parseConversion("furlongs") == .failure(UnitError(text: "furlongs")))
        #expect(UnitParser.parseConversion("$/fortnight") == .failure(UnitError(text: "/fortnight")))
        // Nothing may follow the `/per` units.
        #expect(UnitParser.parse(prefix: nil, suffix: "/yr B") == .failure(UnitError(text: " B")))
        #expect(UnitParser.parse(prefix: "XYZ", suffix: "") == .failure(UnitError(text: "XYZ")))
    }

    @Test func eachPartMayAppearOnce() {
        #expect(throws: UnitError.self) { try UnitParser.parse(prefix: "$", suffix: "美元").get() }
        #expect(throws: UnitError.self) { try UnitParser.parse(prefix: nil, suffix: "% pp").get() }
    }

    // MARK: Dimensions

    @Test func dimensionArithmetic() {
        #expect(usd * .power / .power == usd)
        #expect((usd / .time) * .time == usd)
        #expect((usd / .time).inverse == Dimension.time / usd)
        #expect(Dimension.time * .time == Dimension([.time: 2]))
        #expect((usd / usd).isDimensionless)
        #expect(usd != .currency("DKK"))
        #expect(Dimension([.power: 0]) == .none, "zero exponents are dropped")
    }

    @Test func dimensionDescriptions() {
        #expect(Dimension.none.description == "a dimensionless number")
        #expect(usd.description == "USD")
        #expect((usd / .time).description == "USD/time")
        #expect((usd / .power / .time).description == "USD/(power·time)")
        #expect((Dimension.time * .time).description == "time^2")
        #expect((Dimension.none / .time).description == "1/time")
        #expect((usd * .power).description == "USD·power")
        #expect(Dimension.percentagePoint.description == "percentage points")
        #expect((usd / (Dimension.time * .time)).description == "USD/time^2")
    }

    // MARK: Conversion factors

    @Test func timeFactorsAreInYears() {
        #expect(isTight(UnitWord.time(.year).factor, around: 1))
        #expect(isTight(UnitWord.time(.quarter).factor, around: 0.25))
        #expect(isTight(UnitWord.time(.half).factor, around: 0.5))
        #expect(UnitWord.time(.month).factor.contains(1.0 / 12))
        #expect(UnitWord.time(.month).factor.width <= 4 * Double.ulpOfOne)
        // 1/12 is not a double, so the interval must really have width.
        #expect(UnitWord.time(.month).factor.width > 0)
        #expect(UnitWord.time(.day).factor.contains(1.0 / 365))
    }

    @Test func perMonthIsTwelvePerYear() throws {
        #expect(isTight(try unit("$/month").factor, around: 12))
        #expect(isTight(try unit("$/quarter").factor, around: 4))
        #expect(isTight(try unit("$/half").factor, around: 2))
        #expect(isTight(try unit("$/day").factor, around: 365))
        #expect(try unit("$/month").dimension == (try unit("$/yr")).dimension)
    }

    @Test func oneMonthIsATwelfthOfAYear() throws {
        let u = try UnitParser.parse(prefix: nil, suffix: " month").get()
        #expect(u.dimension == .time)
        #expect(u.factor.contains(1.0 / 12))
        #expect(u.factor.width < 1e-15)
    }

    @Test func sixMonthsAreOneHalfAndTwoQuarters() throws {
        let half = try measure(1, "half")
        #expect(half.dimension == .time)
        #expect(half.interval.meets(try measure(6, "months").interval))
        #expect(half.interval.meets(try measure(2, "quarters").interval))
        #expect(!half.interval.meets(try measure(5, "months").interval))
        #expect(try measure(2, "halves").interval.contains(1))
    }

    // MARK: Measures

    private func measure(_ value: Double, _ unitText: String) throws -> Measure {
        let u = try unit(unitText)
        return Measure(interval: Interval(point: value) * u.factor, nominal: value * u.factor.midpoint,
                       dimension: u.dimension)
    }

    @Test func addingIncompatibleDimensionsFails() throws {
        let dollars = try measure(5, "$B")
        let rate = try measure(5, "$B/yr")
        let result = Measure.add(dollars, rate)
        #expect(result == .failure(.dimensionMismatch(operation: "add", left: usd, right: usd / .time)))
        let difference = Measure.subtract(rate, dollars)
        #expect(difference == .failure(.dimensionMismatch(operation: "subtract", left: usd / .time, right: usd)))
    }

    @Test func addingDifferentCurrenciesFails() throws {
        let result = Measure.add(try measure(1, "$"), try measure(1, "DKK"))
        guard case .failure(.dimensionMismatch(_, let left, let right)) = result else {
            Issue.record("expected a dimension mismatch, got \(result)")
            return
        }
        #expect(left.description == "USD")
        #expect(right.description == "DKK")
    }

    @Test func addingCompatibleRatesConvertsThroughBaseUnits() throws {
        let sum = try Measure.add(try measure(1, "$B/month"), try measure(3, "$B/yr")).get()
        #expect(sum.dimension == usd / .time)
        #expect(sum.interval.contains(15e9))
        #expect(abs(sum.nominal - 15e9) < 1)
    }

    /// The seed's mistake: $12 per megawatt times 30 GW is dollars, not dollars per year.
    @Test func perMegawattTimesGigawattsKeepsTheTimeDimension() throws {
        let perYear = try Measure.multiply(try measure(12, "$/MW/yr"), try measure(30, "GW")).get()
        #expect(perYear.dimension == usd / .time)
        #expect(perYear.interval.contains(360_000))
        let flat = try Measure.multiply(try measure(12, "$/MW"), try measure(30, "GW")).get()
        #expect(flat.dimension == usd)
        #expect(Measure.add(flat, perYear)
            == .failure(.dimensionMismatch(operation: "add", left: usd, right: usd / .time)))
    }

    @Test func divisionByAnIntervalContainingZeroIsAFailure() {
        let zeroish = Measure(interval: Interval(-1, 1), nominal: 0, dimension: .none)
        #expect(Measure.divide(Measure(exactly: 1), zeroish) == .failure(.divisionByZero))
    }
}
