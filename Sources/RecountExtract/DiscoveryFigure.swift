import RecountFigures
import RecountModel

/// A drafted claim as arithmetic discovery sees it: its magnitude and printed interval in base
/// units, what it measures, and the time words around it.
///
/// Writers do arithmetic on printed magnitudes: "$37 billion a year, that's $3.08 billion a
/// month" divides 37 by 12. So discovery compares magnitudes without their per-time part, and
/// leaves it to `SuggestedFormula` to write a formula that is right in the claims language's
/// units, where a rate per year and a rate per month are the same dimension.
struct DiscoveryFigure {
    /// What a figure measures, for deciding which figures can be added or compared.
    struct Kind: Hashable {
        var currency: String?
        /// `%`, `pp`, watts or time as a unit word; nil for a plain number or an amount of money.
        var word: String?
        /// Per units other than time: `MW` in `$12/MW`.
        var perOther: [String]
    }

    let index: Int
    let draft: ClaimDraft
    /// The value in base units without its per-time part, signed: 3.08e9 for `$3.08B/month`.
    let magnitude: Double
    /// The printed interval in the same terms, sound.
    let interval: Interval
    let kind: Kind
    let perTime: TimeUnit?
    /// The time units its words suggest: its rate, its period's length, `month` in the quote.
    let timeHints: Set<TimeUnit>
    /// Its sentence, shared with the sentence's other figures.
    let sentence: DiscoverySentence
    /// What its quote's words say, worked out once rather than for every relation scored.
    let quoteSumWords: Set<String>
    let quoteSaysShare: Bool
    let quoteSaysTenth: Bool
    /// Whether its quote names the whole it is a share of ("of the total", "of all sales").
    let quoteNamesWhole: Bool
    /// Whether its quote says it is a share, a change or a margin, not a rate over time.
    let quoteSaysNotRate: Bool
    /// The entities its quote names, for telling equal figures of different things apart.
    let names: Set<String>
    /// The days its period covers, read in the calendar year, and whether the period is fiscal.
    let span: (days: PeriodSpan, fiscal: Bool)?
    /// The face values a writer prints as this figure: its printed interval, but for a whole
    /// number with trailing zeros (`10%`, `HK$50 billion`) only the values within half a unit
    /// of its last digit. `10%` stands for 5% to 15% when its zero is rounding, yet a writer who
    /// computed 14.1% prints 14%, not 10%.
    let printedRange: ClosedRange<Double>

    var id: String { draft.id }
    var expression: NumericExpression { draft.expression }
    var isPercent: Bool { expression.unit.word == .percent }

    /// Whether discovery uses it: an amount with a unit. Counts in words, fractions and plain
    /// numbers relate to too much by chance.
    var isUsable: Bool {
        switch expression.role {
        case .amount, .rangeLow, .rangeHigh:
            return (kind.currency != nil || kind.word != nil) && magnitude != 0 && interval.isBounded
        // A range is no one value for arithmetic to reproduce.
        case .count, .fraction, .range:
            return false
        }
    }

    /// Half the printed range's width over the magnitude: how easily a figure is hit by chance.
    var relativeHalfWidth: Double {
        abs((printedRange.upperBound - printedRange.lowerBound) / 2 / magnitude)
    }

    /// Whether a face-value result prints as this figure (see `printedRange`).
    func printsAs(_ value: Double) -> Bool {
        let slack = abs(value) * 1e-12
        return printedRange.lowerBound - slack <= value && value <= printedRange.upperBound + slack
    }

    /// The figure of `draft`; `sentence` is its sentence's, shared by its figures (by default
    /// a sentence of its own).
    init(index: Int, draft: ClaimDraft, sentence: DiscoverySentence? = nil) {
        self.index = index
        self.draft = draft
        self.sentence = sentence ?? DiscoverySentence(text: draft.sentenceText, figureEnds: [draft.expression.extent.upperBound])
        let quote = draft.quote.lowercased()
        quoteSumWords = Plausibility.wholeWords(of: Plausibility.sumWords, in: quote)
        quoteSaysShare = Plausibility.firstWord(of: Plausibility.shareWords, in: quote) != nil
        quoteSaysTenth = DiscoverySentence.saysTenth(quote)
        quoteNamesWhole = Plausibility.firstWord(of: Plausibility.wholeWords, in: quote) != nil
        quoteSaysNotRate = Plausibility.firstWord(of: Plausibility.notRateWords, in: quote) != nil
        names = Restatement.names(draft)
        let e = draft.expression
        magnitude = e.magnitude
        interval = e.magnitudeInterval
        var word: String?
        switch e.unit.word {
        case .percent?: word = "%"
        case .perMille?: word = "‰"
        // Basis points and percentage points are one kind: 25bp is 0.25pp.
        case .percentagePoint?, .basisPoint?: word = "pp"
        case .times?: word = "x"
        case .watt?: word = "W"
        case .wattHour?: word = "Wh"
        case .time?: word = "time"
        case .counted(let thing)?: word = thing.name
        case .currency(let code)?: word = code
        case nil: word = nil
        }
        var perOther: [String] = []
        var perTime: TimeUnit?
        for p in e.unit.per {
            switch p {
            case .time(let t): perTime = t
            case .watt: perOther.append("W")
            case .wattHour: perOther.append("Wh")
            case .counted(let thing): perOther.append(thing.name)
            case .currency(let code): perOther.append(code)
            case .percent: perOther.append("%")
            case .perMille: perOther.append("‰")
            case .percentagePoint, .basisPoint: perOther.append("pp")
            case .times: perOther.append("x")
            }
        }
        kind = Kind(currency: e.unit.currency, word: word, perOther: perOther)
        self.perTime = perTime
        timeHints = DiscoveryFigure.hints(draft, perTime: perTime)
        let n = e.number
        let factor = abs(magnitude / n.value)
        if n.isPlainDigits, n.decimals == 0, !n.isScientific, n.digits.hasSuffix("0"), factor.isFinite, factor > 0 {
            printedRange = max(interval.lower, magnitude - factor / 2)...min(interval.upper, magnitude + factor / 2)
        } else {
            printedRange = min(interval.lower, interval.upper)...max(interval.lower, interval.upper)
        }
        if let text = e.period, case .success(let period) = Period.parse(text) {
            span = (period.span(in: .calendarYear), period.isFiscal)
        } else {
            span = nil
        }
    }

    /// Whether `part` may be a part of this figure as a total: a part covers days within the
    /// total's period. Last year's line does not add into this year's total. Either without a
    /// period, or one fiscal and one not (whose calendars the article does not give), may be.
    func mayHave(part: DiscoveryFigure) -> Bool {
        guard let whole = span, let piece = part.span, whole.fiscal == piece.fiscal else { return true }
        return whole.days.start <= piece.days.start && piece.days.end <= whole.days.end
    }

    /// The time units the figure's words point to.
    static func hints(_ draft: ClaimDraft, perTime: TimeUnit?) -> Set<TimeUnit> {
        var hints = Set<TimeUnit>()
        if let perTime { hints.insert(perTime) }
        let e = draft.expression
        if let period = e.period {
            if period.contains("Q") { hints.insert(.quarter) }
            else if period.contains("H") || period.contains("..") {} else if period.count == 7, period.contains("-") {
                hints.insert(.month)
            } else { hints.insert(.year) }
        }
        let words = (e.periodWords + [draft.quote]).joined(separator: " ").lowercased()
        func says(_ any: String...) -> Bool { any.contains { TextSearch.contains(words, $0) } }
        if says("annual", "a year", "per year", "年化") {
            hints.insert(.year)
        }
        if says("month", "每月") { hints.insert(.month) }
        // A named quarter ("in the fourth quarter", "second-quarter revenue") is a quarter's amount.
        let namedQuarter = ["first", "second", "third", "fourth", "final", "last", "latest"].contains {
            says("\($0) quarter", "\($0)-quarter")
        }
        if says("quarterly", "per quarter", "季") || namedQuarter {
            hints.insert(.quarter)
        }
        return hints
    }

    /// The figure as printed in the claims language, without hedge: `$37 billion/yr`.
    var printed: String { (expression.negative ? "-" : "") + expression.figure }

    /// A value in this figure's unit, printed with `significant` digits: `$3.083 billion/month`.
    func printed(magnitude value: Double, significant: Int = 4) -> String {
        var e = expression
        let factor = magnitude / (e.number.value * (e.negative ? -1 : 1))
        guard factor.isFinite, factor != 0 else { return NumberFormat.decimal(value) }
        // Twelve digits first, so that 16.59e9 / 12 shows as 1.383, not 1.38249999….
        let raw = value / factor
        let number = Double(NumberFormat.decimal(raw, significant: 12)) ?? raw
        let printedDigits = e.number.digits.filter(\.isNumber).drop { $0 == "0" }.count
        let digits = NumberFormat.decimal(abs(number), significant: max(significant, printedDigits))
        guard let parsed = PrintedNumber(digits) else { return NumberFormat.decimal(value) }
        e.number = parsed
        return (number < 0 ? "-" : "") + e.figure
    }
}
