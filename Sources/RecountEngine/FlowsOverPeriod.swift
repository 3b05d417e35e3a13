import RecountCore
import RecountModel

/// An amount compared with flows over one period: the flows' amounts over that period.
///
/// A flow over a period is held as a rate per year (see `RunRateRelation`), so a formula over
/// flows, `a @ FY2026 + b @ FY2026`, is a rate, and an amount stated without a quantity,
/// `$903 million`, is not. When the rates of the formula all come from flows over one and the
/// same period, the comparison is made over that period: each of those rates becomes its amount
/// over the period and the formula is computed again, so that the derivation shows the amounts
/// that were added and not per-year rates. A share of a flow (`a @ FY2026 * 40%`) is still a
/// flow over the period; a ratio of two flows is a number, and is compared as it is.
///
/// The rates that count are those of the formula's parts that are rates: in
/// `a @ FY2026 * (3%/yr * 1 year)` the growth is a number, and only `a` has a period. A rate
/// with no period of its own (a constant `$5M/yr`, a fact stated `/yr`) is taken over the period
/// of the flows it is computed with. When the flows cover different periods, or no rate has a
/// period, there is no one period to compare over, and the comparison is a finding.
enum FlowsOverPeriod {
    /// Why the comparison cannot be made over one period.
    enum Refusal: Error, Hashable {
        /// The flows cover different periods, by their labels in span order.
        case periodsDiffer([String])
        /// No rate of the formula has a period.
        case noPeriod

        /// The diagnostic, for an amount of dimension `amount` against a rate of dimension `rate`.
        func kind(amount: Dimension, rate: Dimension) -> DiagnosticKind {
            switch self {
            case .periodsDiffer(let periods):
                .flowPeriodsDiffer(amount: amount.description, periods: periods)
            case .noPeriod:
                .rateWithoutPeriod(amount: amount.description, rate: rate.description)
            }
        }
    }

    /// Whether a value of dimension `value` is a rate to compare with an amount of dimension
    /// `amount` over a period: the amount has no time in it, and the value is the amount per time.
    static func applies(amount: Dimension, value: Dimension) -> Bool {
        amount.exponent(of: .time) == 0 && value == amount / .time
    }

    /// The derivation as the amount over the one period its flows cover.
    static func amount(_ d: Derivation) -> Result<Derivation, Refusal> {
        var spans: [PeriodSpan: FlowPeriod] = [:]
        for p in periods(of: d) { spans[p.span] = p }
        let periods = spans.keys.sorted().compactMap { spans[$0] }
        guard let period = periods.first else { return .failure(.noPeriod) }
        guard periods.count == 1 else { return .failure(.periodsDiffer(periods.map(\.label))) }
        var result: Derivation
        if let recomputed = over(d, period), recomputed.value.dimension == d.value.dimension * .time {
            result = recomputed
        } else {
            // A formula that cannot be computed again part by part (a conversion into a unit of
            // rate) is still the rate over the period, as one product.
            result = d
            result.value = Measure.multiply(d.value, period.length).successValue ?? d.value
            result.unit = nil
        }
        result.flowPeriod = period
        return .success(result)
    }

    /// The periods of the flows that make up the rate of `d`, as often as they occur.
    private static func periods(of d: Derivation) -> [FlowPeriod] {
        guard isRate(d) else { return [] }
        switch d.step {
        case .input, .derived: return d.flowPeriod.map { [$0] } ?? []
        case .binary, .negate, .convert: return d.children.flatMap(periods(of:))
        }
    }

    /// The derivation with every rate in it taken over `period`, computed again; nil when a step
    /// cannot be.
    private static func over(_ d: Derivation, _ period: FlowPeriod) -> Derivation? {
        guard isRate(d) else { return d }
        var result = d
        switch d.step {
        case .input, .derived:
            guard let value = Measure.multiply(d.value, period.length).successValue else { return nil }
            result.value = value
            // An amount over its period shows as written, with no per-year suffix.
            if d.unit?.dimension != value.dimension { result.unit = nil }
        case .negate:
            guard d.children.count == 1, let inner = over(d.children[0], period) else { return nil }
            result.children = [inner]
            result.value = inner.value.negated()
            result.unit = inner.unit
        case .binary(let op):
            guard d.children.count == 2, let a = over(d.children[0], period),
                  let b = over(d.children[1], period), let value = Evaluator.apply(op, a.value, b.value).successValue else {
                return nil
            }
            result.children = [a, b]
            result.value = value
            result.unit = Evaluator.unit(a, b, value.dimension)
        case .convert:
            return nil
        }
        return result
    }

    /// Whether a value is per unit of time: a rate that a period turns into an amount.
    private static func isRate(_ d: Derivation) -> Bool {
        d.value.dimension.exponent(of: .time) < 0
    }
}
