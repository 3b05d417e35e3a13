import RecountCore

/// A figure as an article or a source states it: its hedge, its printed text and unit, and the
/// intervals the hedge rules give it.
public struct StatedValue: Sendable, Hashable {
    /// The high end of a range (`18-34 months`, `between $10B and $12B`).
    public struct RangeEnd: Sendable, Hashable {
        public var number: PrintedNumber
        public var negative: Bool
        public var unit: Unit
        /// Whether the low end was written without a unit and took this end's, as in
        /// `18-34 months` and `1 to 4 per cent`.
        public var lowTookUnit: Bool

        public init(number: PrintedNumber, negative: Bool, unit: Unit, lowTookUnit: Bool) {
            self.number = number
            self.negative = negative
            self.unit = unit
            self.lowTookUnit = lowTookUnit
        }
    }

    /// The figure as written, including the hedge: `about $3.08B/month`.
    public var text: String
    public var hedge: Hedge
    /// The number, or a range's low end.
    public var number: PrintedNumber
    public var negative: Bool
    public var unit: Unit
    /// A range's high end; nil for a single figure.
    public var upper: RangeEnd? {
        get { upperEnd.first }
        set { upperEnd = newValue.map { [$0] } ?? [] }
    }
    /// Held in an array, so that a single figure, which nearly every one is, stays small to copy.
    private var upperEnd: [RangeEnd] = []
    /// What the figure asserts, in base units.
    public var asserted: Measure
    /// What is still accepted as `approximate` under the tolerance policy, in base units.
    public var accepted: Interval
    public var range: SourceRange
    /// The power of ten the figure prints itself: its unit's scale, or none when the scale is
    /// a block's default (`defaults` with `scale thousand`), which a quote does not print.
    public var printedScale: Int

    /// Builds a stated value from its parts; the unit has already been parsed. A range stands
    /// for every value from its low end's printed interval to its high end's, and its hedge
    /// works on that as on one figure's.
    public init(text: String, hedge: Hedge, number: PrintedNumber, negative: Bool, unit: Unit,
                upper: RangeEnd? = nil, policy: TolerancePolicy, range: SourceRange) {
        self.text = text
        self.hedge = hedge
        self.number = number
        self.negative = negative
        self.unit = unit
        self.upperEnd = upper.map { [$0] } ?? []
        self.range = range
        self.printedScale = unit.scale
        let t = policy.fraction(for: hedge)
        // The printed value and bounds in base units, exact where they are doubles: only the
        // tolerance arithmetic below rounds outward.
        let figure = ExactFigure(number, negative: negative, unit: unit)
        var value = figure.value
        var printed = figure.printed
        var nominal = (negative ? -1.0 : 1.0) * number.value * unit.factor.midpoint
        if let upper {
            let high = ExactFigure(upper.number, negative: upper.negative, unit: upper.unit)
            value = value.hull(high.value)
            printed = printed.hull(high.printed)
            nominal = (nominal + (upper.negative ? -1.0 : 1.0) * upper.number.value * upper.unit.factor.midpoint) / 2
        }
        let slack = Interval(point: t) * Interval(point: max(abs(value.lower), abs(value.upper)))
        let core: Interval
        let accepted: Interval
        switch hedge {
        case .none, .about:
            core = printed
            accepted = t == 0 ? core : Interval((printed - slack).lower, (printed + slack).upper)
        case .exactly:
            core = value
            accepted = core
        case .over:
            core = Interval(value.lower, .infinity)
            accepted = t == 0 ? core : Interval((value - slack).lower, .infinity)
        case .under:
            core = Interval(-.infinity, value.upper)
            accepted = t == 0 ? core : Interval(-.infinity, (value + slack).upper)
        case .nearly:
            core = Interval(t == 0 ? value.lower : (value - slack).lower, value.upper)
            accepted = Interval(core.lower, printed.upper)
        }
        self.asserted = Measure(interval: core, nominal: nominal, dimension: unit.dimension)
        self.accepted = accepted.hull(core)
    }
}
