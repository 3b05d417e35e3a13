import RecountModel

/// Which periods a derivation's flows are over, so that what is shown of it keeps the periods
/// figures were stated for: a quarter's amounts combined are that quarter's amount, and a
/// per-year rate appears only where flows of different periods meet.
extension Derivation {
    /// The period's length in years when this is a figure of a flow stated as an amount over its
    /// period (`$888 million` for a quarter) and held as a per-year rate; nil otherwise.
    public var statedFlowPeriod: Interval? {
        guard let years = flowYears, let unit, unit.dimension != value.dimension else { return nil }
        return years
    }

    /// Whether arithmetic over these derivations needs the periods of its flow amounts shown:
    /// flows of different periods are combined, or a flow amount meets a rate per time
    /// (`$37 billion/yr`) or a length of time (`1 quarter`).
    public static func mixesPeriods(_ ds: [Derivation]) -> Bool {
        let leaves = ds.flatMap(\.leaves)
        let periods = Set(leaves.compactMap(\.statedFlowPeriod))
        guard !periods.isEmpty else { return false }
        let timed = leaves.contains { $0.statedFlowPeriod == nil && $0.value.dimension.exponent(of: .time) != 0 }
        return periods.count > 1 || timed
    }

    /// The one period, in years, that every flow amount among these derivations' figures is
    /// over, when there is one and nothing mixes periods: the period their per-year result turns
    /// back into an amount over (`$898 million + $4.41 billion` for one quarter is an amount for
    /// that quarter).
    public static func sharedPeriod(_ ds: [Derivation]) -> Interval? {
        guard !mixesPeriods(ds) else { return nil }
        let periods = Set(ds.flatMap(\.leaves).compactMap(\.statedFlowPeriod))
        return periods.count == 1 ? periods.first : nil
    }

    /// The value, a per-year rate, as the amount over `years`.
    public func amount(over years: Interval) -> Measure { Derivation.amount(value, over: years) }

    /// A per-year rate as the amount over `years`.
    public static func amount(_ rate: Measure, over years: Interval) -> Measure {
        Measure.multiply(rate, Measure(interval: years, nominal: years.midpoint, dimension: .time)).successValue ?? rate
    }
}
