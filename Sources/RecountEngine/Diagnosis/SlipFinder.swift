import RecountCore
import RecountFigures
import RecountModel

/// Finds the usual slips that turn the value the inputs imply into the figure an article printed.
///
/// A slip is named only when it reproduces the printed figure within its printed precision, so
/// that a diagnosis is a checkable hypothesis and not a guess. The rules:
///
/// - **Reproduces.** A hypothesised value reproduces the figure when its interval meets
///   `stated.asserted.interval`: the figure as printed, to half a unit of its last digit, with
///   the hedge's own bounds (`over 5` is `[5, ∞)`) but not the tolerance that `about` adds.
/// - **Nothing to explain.** When the implied value itself meets that interval, there is no
///   slip and the result is empty.
/// - **Digit slips** compare digit strings. The implied nominal value is written in the printed
///   figure's unit (divided by the unit's factor, with the printed sign taken off) to a fixed
///   number of decimals, trailing zeros kept. A digit slip never moves the decimal point: a
///   digit dropped or added in the integer part changes the integer part's length by one (the
///   magnitude by about ten times), one dropped or added after the point changes only the
///   fraction, and a transposition swaps two adjacent digits (across the point too) while the
///   point stays between the same positions. No digit slip is reported when the implied value
///   rounds to the printed figure.
///   - dropped: deleting one digit of the implied value written to the printed decimals, or to
///     one decimal more, gives the printed digits. Deleting the last digit of the longer form is
///     left out, because that is truncation, and a longer form ending in 0 is not used, because
///     that 0 is padding (3.08 as 3.080 would make 3.80 a dropped digit).
///   - added: deleting one digit of the printed figure gives the implied value written to the
///     printed decimals, or to one decimal fewer. Deleting the printed figure's last decimal is
///     left out, because any more precise figure would then fit.
///   - transposed: swapping two adjacent, different digits of the implied value written to the
///     printed decimals gives the printed digits.
/// - **Truncation:** the implied value cut toward zero at the printed decimals gives the printed
///   digits, and rounding it does not.
/// - **Scale:** the implied value times `10^k` reproduces the figure, for `k` in
///   `scaleSteps`: every difference between two scale exponents of `FigureVocabulary.scales`
///   (0 standing for no scale word), that is ±2, ±3, ±4, ±5, ±6, ±8, ±9 and ±12. Steps of ±1
///   (billion vs 億, 萬 vs thousand) are left out: a factor of ten is also what a dropped or
///   added last digit or a misplaced point gives, and it would hide those.
/// - **Period:** the implied value times 12, 1/12, 4, 1/4, 3 or 1/3 (year, quarter, month)
///   reproduces the figure. Only for values with a time or a currency dimension, since a
///   factor of 3 or 4 between two dimensionless ratios is more likely a coincidence.
/// - **Percent vs points:** a value in percentage points where the figure is a percentage, or
///   the reverse, read with 1 pp taken as 1%.
/// - **Growth vs multiple:** for dimensionless values, the implied value plus or minus one
///   reproduces the figure (up 123% is 2.23 times).
/// - **Calendar vs fiscal, another reading:** these need values only the engine can compute,
///   so they come through `slips(stated:alternatives:)`.
///
/// Everything is deterministic: fixed orders, and number text from `NumberFormat` and integer
/// arithmetic, never from locales.
public enum SlipFinder {
    /// Every slip that alone reproduces the printed figure from the implied value.
    ///
    /// The slips come in a fixed order (digit slips, truncation, scale, period, percent vs
    /// points, growth vs multiple) without duplicates. A dimension mismatch only admits the
    /// percent-vs-points slip, which is the one slip that changes the dimension.
    public static func slips(stated: StatedValue, implied: Measure) -> [Slip] {
        let target = stated.asserted.interval
        // A range prints no one figure that a slip could have changed.
        guard stated.upper == nil, implied.nominal.isFinite, !implied.interval.lower.isNaN, !implied.interval.upper.isNaN,
              !target.lower.isNaN, !target.upper.isNaN else { return [] }
        let printed = printedText(of: stated)
        guard implied.dimension == stated.asserted.dimension else {
            guard let hypothesis = asPercentOrPoints(implied, for: stated), hypothesis.meets(target) else {
                return []
            }
            return [.percentVersusPoints(implied: valueText(implied, like: stated), printed: printed)]
        }
        if implied.interval.meets(target) { return [] }
        var found: [Slip] = []
        if let magnitude = printedMagnitude(implied, for: stated) {
            found += digitSlips(magnitude, stated: stated, printed: printed)
            if let slip = truncation(magnitude, stated: stated, printed: printed) { found.append(slip) }
        }
        // Factor slips need both sides bounded: a figure "over $37B", or a value derived from
        // one, meets almost any multiple of anything, which would explain nothing.
        if implied.interval.isBounded && target.isBounded {
            found += scaleSlips(stated: stated, implied: implied, printed: printed)
            found += periodSlips(stated: stated, implied: implied, printed: printed)
            if let slip = growthSlip(stated: stated, implied: implied, printed: printed) { found.append(slip) }
        }
        return unique(found)
    }

    /// Slips tested against named alternative values that the engine computes from context
    /// (a percentage-point difference instead of a relative change, the value of the same metric
    /// in the other calendar, another reading): each alternative that meets the printed figure
    /// gives its slip.
    ///
    /// The slip is returned as given, in the given order without duplicates; build its text
    /// with `valueText(_:like:)` and `printedText(of:)` so it reads like the other slips. An
    /// alternative in percentage points is compared with a percentage (and the reverse) as
    /// 1 pp = 1%; any other dimension mismatch never fits.
    public static func slips(stated: StatedValue, alternatives: [(slip: Slip, value: Measure)]) -> [Slip] {
        let target = stated.asserted.interval
        var found: [Slip] = []
        for alternative in alternatives {
            let value = alternative.value
            guard value.nominal.isFinite, !value.interval.lower.isNaN, !value.interval.upper.isNaN else { continue }
            let hypothesis = value.dimension == stated.asserted.dimension
                ? value.interval : asPercentOrPoints(value, for: stated)
            if let hypothesis, hypothesis.meets(target) { found.append(alternative.slip) }
        }
        return unique(found)
    }

    /// For a comparison that fails (`left relation right` holds for no value), the period
    /// factors (×12, ÷12, ×4, ÷4, ×3, ÷3) that, applied to the left side, make it hold for every
    /// value, e.g. a year's revenue compared where the article's body compared a month's.
    ///
    /// "Holds" follows the engine's comparison rule: `<`, `<=`, `>`, `>=` hold for every value
    /// when the intervals' ends say so, and `=` when the intervals meet. As for figures, only
    /// values with a time or currency dimension are tried, and both sides must share it. The
    /// slip's `implied` is the left side and its `printed` the left side times the factor, both
    /// written in the family of the first of `units` of their dimension (`$37 billion`, not
    /// `$37B`, beside an article's billions); as amounts over `shownOver` years when the sides
    /// are per-year rates of flows over that one period, so that two quarters' figures read as
    /// the quarters' amounts.
    public static func comparisonSlips(left: Measure, relation: ComparisonOperator, right: Measure,
                                       shownOver years: Interval? = nil, units: [Unit] = []) -> [Slip] {
        guard left.dimension == right.dimension, periodApplies(to: left.dimension),
              left.nominal.isFinite, right.nominal.isFinite,
              Engine.holds(left.interval, relation, right.interval).never else { return [] }
        var found: [Slip] = []
        for step in periodSteps {
            let moved = left.interval * step.factor
            guard Engine.holds(moved, relation, right.interval).always else { continue }
            let value = Measure(interval: moved, nominal: left.nominal * step.factor.midpoint,
                                dimension: left.dimension)
            func shown(_ m: Measure) -> Measure { years.map { Derivation.amount(m, over: $0) } ?? m }
            func text(_ m: Measure) -> String {
                let shown = shown(m)
                return ValueText.nominal(shown, inFamilyOf: units.first { $0.dimension == shown.dimension })
            }
            found.append(.period(implied: text(left), printed: text(value), factor: step.text))
        }
        return unique(found)
    }

    /// The cause to name: the one slip when exactly one fits; nil when none or several fit.
    ///
    /// Naming one of several fitting slips would present a coincidence as a finding.
    public static func singleCause(_ slips: [Slip]) -> Slip? {
        let distinct = unique(slips)
        return distinct.count == 1 ? distinct.first : nil
    }

    /// The printed figure as text, in its own unit: `12%`, `$1369 billion`, `130.4億`.
    ///
    /// Written from the normalised digits (no thousands separators, no hedge), so every slip
    /// shows the printed figure the same way.
    public static func printedText(of stated: StatedValue) -> String {
        let number = stated.number.isPlainDigits ? stated.number.digits : stated.number.written
        return ValueText.spell((stated.negative ? "-" : "") + number, in: stated.unit)
    }

    /// A value written in the printed figure's unit when the dimensions agree (to at least as
    /// many significant digits as the figure shows, and at least four), else in a unit chosen
    /// for its dimension.
    ///
    /// The engine uses it to build the text of alternative slips, so they read like the rest.
    public static func valueText(_ value: Measure, like stated: StatedValue) -> String {
        if value.dimension == stated.asserted.dimension {
            return write(value.nominal, in: stated.unit, significant: significantDigits(for: stated))
        }
        if value.dimension == .percentagePoint { return ValueText.nominal(value, in: pointUnit) }
        if value.dimension.isDimensionless && stated.asserted.dimension == .percentagePoint {
            return ValueText.nominal(value, in: percentUnit)
        }
        return ValueText.nominal(value, in: nil)
    }

    // MARK: The documented sets

    /// The powers of ten tried for scale slips: every difference of at least 2 between two
    /// exponents of `FigureVocabulary.scales` or 0, positive before negative, smallest first.
    static let scaleSteps: [Int] = {
        let exponents = Set(FigureVocabulary.scales.values).union([0])
        var steps = Set<Int>()
        for a in exponents {
            for b in exponents where abs(a - b) >= 2 { steps.insert(a - b) }
        }
        return steps.sorted { (abs($0), $0 < 0 ? 1 : 0) < (abs($1), $1 < 0 ? 1 : 0) }
    }()

    /// The factors tried for period slips, with their text, in the documented order.
    static let periodSteps: [(factor: Interval, text: String)] = [12.0, 4.0, 3.0].flatMap { n in
        [(Interval(point: n), "×\(Int(n))"),
         ((Interval.divide(Interval(point: 1), by: Interval(point: n)).successValue ?? .entire), "÷\(Int(n))")]
    }

    /// Scale words grouped by style, so a scale slip can show the implied value with the word
    /// the writer most likely meant (`萬` for `億`, ` million` for ` billion`).
    private static let scaleFamilies: [(members: Set<String>, words: [Int: String])] = [
        (["thousand", "million", "billion", "trillion"], [3: "thousand", 6: "million", 9: "billion", 12: "trillion"]),
        (["K", "M", "B", "T"], [3: "K", 6: "M", 9: "B", 12: "T"]),
        (["k", "m", "mn", "bn", "tn"], [3: "k", 6: "mn", 9: "bn", 12: "tn"]),
        (["萬", "億", "萬億"], [4: "萬", 8: "億", 12: "萬億"]),
        (["万", "亿", "万亿"], [4: "万", 8: "亿", 12: "万亿"]),
    ]

    /// The spelling used when a period slip shows the implied value per another time unit.
    private static let timeSpellings: [TimeUnit: String] = [.day: "day", .month: "month", .quarter: "quarter", .half: "half", .year: "yr"]

    private static let percentUnit: Unit = {
        var u = Unit.none
        u.word = .percent
        u.wordSpelling = "%"
        return u
    }()

    private static let pointUnit: Unit = {
        var u = Unit.none
        u.word = .percentagePoint
        u.wordSpelling = " pp"
        return u
    }()

    // MARK: Digit slips and truncation

    /// The implied value in the printed unit with the printed sign taken off, or nil when its
    /// sign differs from the printed one (a digit slip cannot flip a sign).
    private static func printedMagnitude(_ implied: Measure, for stated: StatedValue) -> Double? {
        let factor = stated.unit.factor.midpoint
        guard factor != 0, factor.isFinite else { return nil }
        let value = implied.nominal / factor
        let magnitude = stated.negative ? -value : value
        return magnitude >= 0 && magnitude.isFinite ? magnitude : nil
    }

    private static func digitSlips(_ magnitude: Double, stated: StatedValue, printed: String) -> [Slip] {
        let decimals = stated.number.decimals
        // Only digits can slip one at a time: not words, nor the digits an exponent expands to.
        guard stated.number.isPlainDigits, let shown = DigitText(stated.number.digits),
              let rounded = fixedDigits(magnitude, decimals: decimals, rule: .toNearestOrAwayFromZero),
              rounded != shown else { return [] }
        let sign = stated.negative ? "-" : ""
        func text(_ d: DigitText) -> String { ValueText.spell(sign + d.text, in: stated.unit) }
        var found: [Slip] = []

        // The longer form only counts when its extra decimal is not a padding zero: 3.08 is
        // 3.080, and deleting a 0 from that to get 3.80 is a transposition, not a lost digit.
        let longer = fixedDigits(magnitude, decimals: decimals + 1, rule: .toNearestOrAwayFromZero)
            .flatMap { $0.fraction.last == "0" ? nil : $0 }
        let droppedFrom = [(rounded, false)] + (longer.map { [($0, true)] } ?? [])
        if let source = droppedFrom.first(where: { $0.0.deletions(keepingLastDecimal: $0.1).contains(shown) }) {
            found.append(.droppedDigit(implied: text(source.0), printed: printed))
        }

        let shorter = decimals >= 1 ? fixedDigits(magnitude, decimals: decimals - 1, rule: .toNearestOrAwayFromZero) : nil
        let printedDeletions = shown.deletions(keepingLastDecimal: true)
        if let source = ([rounded] + (shorter.map { [$0] } ?? [])).first(where: printedDeletions.contains) {
            found.append(.addedDigit(implied: text(source), printed: printed))
        }

        if rounded.transpositions().contains(shown) {
            found.append(.transposedDigits(implied: text(rounded), printed: printed))
        }
        return found
    }

    private static func truncation(_ magnitude: Double, stated: StatedValue, printed: String) -> Slip? {
        let decimals = stated.number.decimals
        guard stated.number.isPlainDigits, let shown = DigitText(stated.number.digits),
              fixedDigits(magnitude, decimals: decimals, rule: .towardZero) == shown,
              fixedDigits(magnitude, decimals: decimals, rule: .toNearestOrAwayFromZero) != shown,
              var detail = fixedDigits(magnitude, decimals: decimals + 2, rule: .towardZero) else { return nil }
        // Two more decimals, cut the same way, show why rounding gives another figure.
        while detail.fraction.last == "0" { detail.fraction.removeLast() }
        let implied = ValueText.spell((stated.negative ? "-" : "") + detail.text, in: stated.unit)
        return .truncation(implied: implied, printed: printed)
    }

    /// `magnitude ≥ 0` to exactly `decimals` places with trailing zeros kept, or nil when too
    /// large for exact integer digits.
    ///
    /// A product within a millionth of a millionth of an integer is taken as that integer, so
    /// that 3.09 (which is 308.99999… hundredths as a double) is not cut to 3.08.
    static func fixedDigits(_ magnitude: Double, decimals: Int, rule: FloatingPointRoundingRule) -> DigitText? {
        guard magnitude.isFinite, magnitude >= 0, (0...15).contains(decimals) else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var scaled = magnitude * scale
        let nearest = scaled.rounded()
        if abs(scaled - nearest) <= 1e-12 * max(1, nearest) { scaled = nearest }
        let whole = scaled.rounded(rule)
        guard whole < 9e15 else { return nil }
        var digits = Array(String(Int64(whole)))
        if digits.count <= decimals {
            digits = Array(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        let split = digits.count - decimals
        return DigitText(integer: Array(digits[..<split]), fraction: Array(digits[split...]))
    }

    // MARK: Scale, period, percent vs points, growth vs multiple

    private static func scaleSlips(stated: StatedValue, implied: Measure, printed: String) -> [Slip] {
        var found: [Slip] = []
        for step in scaleSteps where (implied.interval * powerOfTen(step)).meets(stated.asserted.interval) {
            let unit = unit(stated.unit, withScale: stated.unit.scale - step) ?? stated.unit
            let factor = step > 0 ? "×10^\(step)" : "÷10^\(-step)"
            found.append(.scale(implied: write(implied.nominal, in: unit, significant: significantDigits(for: stated)),
                                printed: printed, factor: factor))
        }
        return found
    }

    /// The unit with scale `exponent`, spelled in the style of the unit's own scale word, or nil
    /// when that style has no word for it.
    private static func unit(_ unit: Unit, withScale exponent: Int) -> Unit? {
        guard unit.scale != 0 else { return nil }
        var u = unit
        if exponent == 0 {
            u.scale = 0
            u.scaleSpelling = ""
            return u
        }
        let written = unit.scaleSpelling.trimmingSpaces
        guard let family = scaleFamilies.first(where: { $0.members.contains(written) }),
              let word = family.words[exponent] else { return nil }
        let leading = String(unit.scaleSpelling.prefix { $0 == " " })
        u.scale = exponent
        u.scaleSpelling = leading + word
        return u
    }

    private static func periodSlips(stated: StatedValue, implied: Measure, printed: String) -> [Slip] {
        guard periodApplies(to: implied.dimension) else { return [] }
        var found: [Slip] = []
        for step in periodSteps where (implied.interval * step.factor).meets(stated.asserted.interval) {
            let unit = unit(stated.unit, shiftingPeriodBy: step.factor.midpoint) ?? stated.unit
            found.append(.period(implied: write(implied.nominal, in: unit, significant: significantDigits(for: stated)),
                                 printed: printed, factor: step.text))
        }
        return found
    }

    /// The unit with its time unit replaced by the one that makes the implied value show the
    /// printed digits (per month becomes per year for ×12), or nil when none does.
    private static func unit(_ unit: Unit, shiftingPeriodBy factor: Double) -> Unit? {
        func years(_ t: TimeUnit) -> Double { t.years.numerator / t.years.denominator }
        func match(_ wanted: Double) -> TimeUnit? {
            TimeUnit.allCases.first { abs(years($0) - wanted) <= 1e-9 * wanted }
        }
        var u = unit
        // A rate per t shows base × years(t); a duration in t shows base / years(t).
        if let index = unit.per.firstIndex(where: { if case .time = $0 { true } else { false } }),
           case .time(let t) = unit.per[index], let other = match(factor * years(t)),
           let spelling = timeSpellings[other] {
            u.per[index] = .time(other)
            u.perSpelling[index] = spelling
            return u
        }
        if case .time(let t) = unit.word, let other = match(years(t) / factor), let spelling = timeSpellings[other] {
            u.word = .time(other)
            u.wordSpelling = String(unit.wordSpelling.prefix { $0 == " " }) + spelling
            return u
        }
        return nil
    }

    /// Period slips are tried for rates and durations (a time dimension) and for amounts of
    /// money (a month's revenue against a year's), not for other values.
    private static func periodApplies(to dimension: Dimension) -> Bool {
        dimension.terms.map(\.base).contains { base in
            switch base {
            case .time, .currency: true
            case .power, .percentagePoint, .counted: false
            }
        }
    }

    /// A percentage-point value read as percent, or a percentage read as points, in the printed
    /// figure's base units; nil for any other pair of dimensions.
    private static func asPercentOrPoints(_ value: Measure, for stated: StatedValue) -> Interval? {
        let want = stated.asserted.dimension
        if value.dimension == .percentagePoint && want.isDimensionless { return value.interval * powerOfTen(-2) }
        if value.dimension.isDimensionless && want == .percentagePoint { return value.interval * powerOfTen(2) }
        return nil
    }

    private static func growthSlip(stated: StatedValue, implied: Measure, printed: String) -> Slip? {
        guard implied.dimension.isDimensionless,
              [1.0, -1.0].contains(where: { (implied.interval + Interval(point: $0)).meets(stated.asserted.interval) })
        else { return nil }
        return .growthVersusMultiple(implied: valueText(implied, like: stated), printed: printed)
    }

    // MARK: Helpers

    /// A base-unit value written in `unit`.
    private static func write(_ value: Double, in unit: Unit, significant: Int) -> String {
        ValueText.spell(NumberFormat.decimal(value / unit.factor.midpoint, significant: significant), in: unit)
    }

    /// The significant digits to show values beside the printed figure: as many as it shows,
    /// and at least four.
    private static func significantDigits(for stated: StatedValue) -> Int {
        let digits = stated.number.digits.filter { $0 != "." }.drop { $0 == "0" }
        return min(15, max(4, digits.count))
    }

    private static func unique(_ slips: [Slip]) -> [Slip] {
        var seen = Set<Slip>()
        return slips.filter { seen.insert($0).inserted }
    }
}

/// A non-negative decimal as its digits before and after the point, for digit slips.
///
/// Keeping the two parts apart is what keeps the decimal point in place: deleting a digit
/// shortens only the part it came from.
struct DigitText: Hashable {
    var integer: [Character]
    var fraction: [Character]

    init(integer: [Character], fraction: [Character]) {
        self.integer = integer
        self.fraction = fraction
    }

    /// Splits normalised digits such as `1369.5`; nil for anything but ASCII digits and one point.
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              text.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }) else { return nil }
        integer = Array(parts[0])
        fraction = parts.count == 2 ? Array(parts[1]) : []
    }

    var text: String {
        String(integer) + (fraction.isEmpty ? "" : "." + String(fraction))
    }

    /// Every text with one digit deleted; with `keepingLastDecimal`, the last digit after the
    /// point is never the one deleted.
    func deletions(keepingLastDecimal: Bool) -> Set<DigitText> {
        var result = Set<DigitText>()
        for i in integer.indices {
            var d = self
            d.integer.remove(at: i)
            result.insert(d)
        }
        let last = keepingLastDecimal ? fraction.count - 1 : fraction.count
        for i in 0..<max(0, last) {
            var d = self
            d.fraction.remove(at: i)
            result.insert(d)
        }
        return result
    }

    /// Every text with two adjacent, different digits swapped and the point where it was.
    func transpositions() -> Set<DigitText> {
        let all = integer + fraction
        var result = Set<DigitText>()
        for i in all.indices.dropLast() where all[i] != all[i + 1] {
            var swapped = all
            swapped.swapAt(i, i + 1)
            result.insert(DigitText(integer: Array(swapped[..<integer.count]),
                                    fraction: Array(swapped[integer.count...])))
        }
        return result
    }
}
