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

    /// Builds a stated value from its parts; the unit has already been parsed.
    public init(text: String, hedge: Hedge, number: PrintedNumber, negative: Bool, unit: Unit,
                policy: TolerancePolicy, range: SourceRange) {
        self.text = text
        self.hedge = hedge
        self.number = number
        self.negative = negative
        self.unit = unit
        self.range = range
        let sign = negative ? -1.0 : 1.0
        let printed = negative ? -number.interval : number.interval
        let v = sign * number.value
        let t = policy.fraction(for: hedge) * abs(v)
        let slack = Interval.outward(-t, t)
        let core: Interval
        var accepted: Interval
        switch hedge {
        case .none, .about:
            core = printed
            accepted = Interval((printed + slack).lower, (printed + slack).upper)
        case .exactly:
            core = Interval(point: v)
            accepted = core
        case .over:
            core = Interval(v, .infinity)
            accepted = Interval((Interval(point: v) + slack).lower, .infinity)
        case .under:
            core = Interval(-.infinity, v)
            accepted = Interval(-.infinity, (Interval(point: v) + slack).upper)
        case .nearly:
            core = Interval((Interval(point: v) + slack).lower, v)
            accepted = Interval(core.lower, printed.upper)
        }
        let factor = unit.factor
        let scaledCore = core * factor
        accepted = accepted * factor
        self.asserted = Measure(interval: scaledCore, nominal: v * factor.midpoint, dimension: unit.dimension)
        self.accepted = accepted.hull(scaledCore)
    }
}
