import RecountCore

/// A figure as an article or a source states it: its hedge, its printed text and unit, and the
/// intervals the hedge rules give it.
public struct StatedValue: Sendable, Hashable {
    /// The figure as written, including the hedge: `about $3.08B/month`.
    public var text: String
    public var hedge: Hedge
    public var number: PrintedNumber
    public var negative: Bool
    public var unit: Unit
    /// What the figure asserts, in base units.
    public var asserted: Measure
    /// What is still accepted as `approximate` under the tolerance policy, in base units.
    public var accepted: Interval
    public var range: SourceRange
    /// The power of ten the figure prints itself: its unit's scale, or none when the scale is
    /// a block's default (`defaults` with `scale thousand`), which a quote does not print.
    public var printedScale: Int

    /// Builds a stated value from its parts; the unit has already been parsed.
    public init(text: String, hedge: Hedge, number: PrintedNumber, negative: Bool, unit: Unit,
                policy: TolerancePolicy, range: SourceRange) {
        self.text = text
        self.hedge = hedge
        self.number = number
        self.negative = negative
        self.unit = unit
        self.range = range
        self.printedScale = unit.scale
        let sign = negative ? -1.0 : 1.0
        let v = sign * number.value
        let t = policy.fraction(for: hedge)
        // The printed value and bounds in base units, exact where they are doubles: only the
        // tolerance arithmetic below rounds outward.
        let figure = ExactFigure(number, negative: negative, unit: unit)
        let value = figure.value
        let printed = figure.printed
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
        self.asserted = Measure(interval: core, nominal: v * unit.factor.midpoint, dimension: unit.dimension)
        self.accepted = accepted.hull(core)
    }
}
