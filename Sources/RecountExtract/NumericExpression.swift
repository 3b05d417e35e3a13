import RecountFigures
import RecountModel

/// A figure found in a sentence of an article, with what the words around it say about it: its
/// hedge, sign, currency, scale and unit, and the period and rate words nearby.
///
/// `QuoteNumbers` finds the digits and what is attached to them; a claim needs more, because
/// "over $100 billion", "$30 billion or more per quarter" and "超過1萬億美元" state intervals and
/// rates that the bare figure does not.
public struct NumericExpression: Sendable, Hashable {
    /// What kind of statement the figure makes.
    public enum Role: String, Sendable, Hashable {
        /// A figure in digits: `$16.59 billion`, `12%`, `7.1GW`.
        case amount
        /// A small count in words: `five largest`, `three times`, `五大`.
        case count
        /// A share of another figure: `a tenth of`, `十分之一`. Such a claim is a comparison
        /// to write as `holds`; discovery uses it as the factor it names.
        case fraction
        /// The ends of a range such as `18-34 months`, while they are read; an end found
        /// without the other is stated as `at least` or `up to`.
        case rangeLow, rangeHigh
        /// A range, `18-34 months`, with its high end in `upper`.
        case range
    }

    /// How a range's ends are joined: `18-34`, `1 to 4`, `between 10 and 12`.
    public enum Joiner: Sendable, Hashable {
        case dash, to, between
    }

    public var role: Role
    /// The figure as printed, without hedge: `$16.59 billion`, `130.4億美元`, `a tenth`.
    public var text: String
    /// Scalar offsets of `text` in the sentence.
    public var span: Range<Int>
    /// Scalar offsets of the whole expression: hedge, sign, figure, unit and rate words.
    public var extent: Range<Int>
    public var hedge: Hedge
    /// The hedge in the claims language (`about`, `at least`), nil when there is none.
    public var hedgeWords: String?
    /// The hedge as the article writes it (`or more`, `-plus`, `超過`).
    public var hedgeText: String?
    /// Whether the figure is negative: `negative $23.7 billion`, `負237億美元`.
    public var negative: Bool
    /// The number as printed, with its printed precision.
    public var number: PrintedNumber
    /// Currency, scale, unit word and per units, as the claims language reads them.
    public var unit: Unit
    /// Words nearby that name its period, rate or growth: `in Q3 FY2025`, `per month`,
    /// `annualized`, `year-over-year`, `2025年`.
    public var periodWords: [String]
    /// The period in Recount's syntax (`FY2025Q3`, `2025`, `2025..2026`), when the words name one.
    public var period: String?
    /// Whether it is a change: a percentage with `up`, `growth`, `year-over-year` or `同比` nearby.
    public var isGrowth: Bool
    /// For a range's low end, whether it took the high end's unit, having none of its own
    /// (`18` in `18-34 months`); it is then written bare.
    public var tookUnit: Bool
    /// For a range's high end, how it is joined to the low end.
    public var joiner: Joiner?
    /// The figure exactly as the article prints it, for one whose unit only the file can give a
    /// meaning (`2.9兆新台幣`, `¥500`); nil otherwise.
    public var printed: String?
    /// Whether `period` is named in full by the figure's own words (a year, a fiscal year, a
    /// quarter or half with its year), not completed from another period: such a figure dates
    /// the sentences after it that name a period only relative to one (see `ArticlePeriod`).
    public var periodNamedInFull = false
    /// A range's high end.
    public var upper: NumericExpression? {
        get { upperEnd.first }
        set { upperEnd = newValue.map { [$0] } ?? [] }
    }
    /// An array, since a value cannot hold one of its own type directly.
    private var upperEnd: [NumericExpression] = []

    public init(role: Role, text: String, span: Range<Int>, extent: Range<Int>, hedge: Hedge, hedgeWords: String?,
                hedgeText: String?, negative: Bool, number: PrintedNumber, unit: Unit, periodWords: [String],
                period: String?, isGrowth: Bool, tookUnit: Bool = false, joiner: Joiner? = nil,
                printed: String? = nil) {
        self.printed = printed
        self.tookUnit = tookUnit
        self.joiner = joiner
        self.role = role
        self.text = text
        self.span = span
        self.extent = extent
        self.hedge = hedge
        self.hedgeWords = hedgeWords
        self.hedgeText = hedgeText
        self.negative = negative
        self.number = number
        self.unit = unit
        self.periodWords = periodWords
        self.period = period
        self.isGrowth = isGrowth
    }

    /// The figure in the claims language, without hedge or sign: `$3.08 billion/month`,
    /// `370億美元/yr`, `7.1 GW`.
    public var figure: String {
        if let printed { return printed }
        var text = ""
        if let spelling = unit.currencySpelling, !unit.currencyAfter {
            text += spelling
            // An ISO code is written one space before the number (`USD 4.2B`); a symbol made of
            // letters against it, as printed (`Dh16.2 billion`, `QR8.67 billion`).
            if FigureVocabulary.currencyCodes.contains(spelling) { text += " " }
        }
        // Words and exponents are written as printed: their digits would not carry their precision.
        text += number.isPlainDigits ? number.digits : number.written
        text += unit.scaleSpelling
        if unit.currencyAfter, let spelling = unit.currencySpelling { text += spelling }
        if unit.word != nil { text += unit.wordSpelling }
        for per in unit.perSpelling { text += "/" + per }
        return text
    }

    /// Gives a figure that writes no currency, scale, percentage or unit a table's currency and
    /// scale, as the `defaults` block written before the table's claims does for `recount
    /// check`; the figure is still written as printed (`498.0`), since the block says the rest.
    /// Discovery then compares a cell with the article's prose figures in the same terms.
    mutating func applyDefaults(currency: String?, scale: String?) {
        guard upper == nil, unit.word == nil, unit.per.isEmpty else { return }
        let code = currency.flatMap { FigureVocabulary.currencySymbols[$0] ?? FigureVocabulary.isoCode($0)
            ?? FigureVocabulary.currencyWords[$0] }
        let exponent = scale.flatMap { FigureVocabulary.scales[$0] ?? FigureVocabulary.proseScales[$0.lowercased()] }
        let addsCurrency = code != nil && unit.currency == nil
        let addsScale = exponent != nil && unit.scale == 0
        guard addsCurrency || addsScale else { return }
        printed = printed ?? figure
        if addsCurrency, let code {
            unit.currency = code
            unit.currencySpelling = currency
        }
        if addsScale, let exponent { unit.scale = exponent }
    }

    /// The value as the claims language states it: `about $3.08 billion/month`, `-$23.7 billion`.
    public var statedValue: String {
        (hedgeWords.map { $0 == "~" ? $0 : $0 + " " } ?? "") + signedFigure
    }

    /// The figure with its sign, or a range's two ends as the claims language joins them:
    /// `18-34 months`, `1 to 4%`, `between $10B and $12B`.
    var signedFigure: String {
        let low = (negative ? "-" : "") + (tookUnit ? (number.isPlainDigits ? number.digits : number.written) : figure)
        guard let upper else { return low }
        let high = upper.signedFigure
        return switch upper.joiner ?? .dash {
        case .dash: low + "-" + high
        case .to: low + " to " + high
        case .between: "between " + low + " and " + high
        }
    }

    /// The time unit of its rate, if it is one: `month` for `$3.08 billion/month`.
    public var perTime: TimeUnit? {
        for per in unit.per { if case .time(let t) = per { return t } }
        return nil
    }

    /// The value as printed times its scale and unit, without the per-time part: 3.08e9 for
    /// `$3.08 billion/month`, 0.12 for `12%`. Signed.
    var magnitude: Double {
        (negative ? -1 : 1) * number.value * magnitudeFactor.midpoint
    }

    /// The printed interval in the same terms as `magnitude`, sound.
    var magnitudeInterval: Interval {
        let printed = negative ? -number.interval : number.interval
        return printed * magnitudeFactor
    }

    private var magnitudeFactor: Interval {
        var u = unit
        u.per = []
        u.perSpelling = []
        return u.factor
    }
}
