import RecountModel

/// Run rates and annualisation: a flow over a period is also a rate per unit of time.
///
/// A flow (revenue, capital expenditure) stated as an amount over a quarter, $30.9B, is the same
/// as $123.6B per year; per-month, per-quarter and per-year rates convert through their units.
/// Recount keeps every flow in one canonical form, a rate per year, so that figures stated either
/// way meet. A stock (debt, cash, remaining obligations) is measured at a point in time and never
/// converts. A price or any other per-unit figure ($80/bbl, $3,000/person) is a stock too: it
/// is a level that holds during its period, not an amount that accumulates over it.
public enum RunRateRelation {
    /// Whether a value of `quantity` whose dimension, without a time unit, is `amount` is a flow
    /// to hold per year: its period spans more than a day, and either its metric is declared
    /// `kind flow`, or it is not declared at all and the value is an amount of money with no per
    /// unit (`$30.9B`, not `$80/bbl`, `AED 3.6725/USD` or `1.2 GW`).
    public static func isFlow(_ quantity: Quantity, amount: Dimension, metrics: [String: Metric]) -> Bool {
        guard let span = quantity.span, !span.isInstant, amount.exponent(of: .time) == 0 else { return false }
        switch metrics[quantity.name]?.kind {
        case .stock?: return false
        case .flow?: return true
        case nil: return amount.currencyAmount != nil
        }
    }

    /// Whether a canonical value of `quantity`, of dimension `canonical`, is a flow held per year.
    public static func isFlowRate(_ quantity: Quantity, canonical: Dimension, metrics: [String: Metric]) -> Bool {
        canonical.exponent(of: .time) == -1 && isFlow(quantity, amount: canonical * .time, metrics: metrics)
    }

    /// The period's length in years when `measure`, for `quantity`, is a flow amount to convert.
    public static func flowYears(_ quantity: Quantity, _ measure: Measure, metrics: [String: Metric]) -> Interval? {
        guard let span = quantity.span, isFlow(quantity, amount: measure.dimension, metrics: metrics) else { return nil }
        return years(span)
    }

    /// A period's length in years: whole months count as twelfths, other spans as days / 365.
    public static func years(_ span: PeriodSpan) -> Interval {
        if let months = span.months {
            return Interval.divide(Interval(point: Double(months)), by: Interval(point: 12)).successValue ?? .entire
        }
        let days = Double(span.end.dayNumber - span.start.dayNumber + 1)
        return Interval.divide(Interval(point: days), by: Interval(point: 365)).successValue ?? .entire
    }

    /// The canonical form of a value of `quantity`: flows become rates per year.
    public static func canonical(_ measure: Measure, for quantity: Quantity, metrics: [String: Metric]) -> Measure {
        guard let years = flowYears(quantity, measure, metrics: metrics) else { return measure }
        let length = Measure(interval: years, nominal: years.midpoint, dimension: .time)
        return Measure.divide(measure, length).successValue ?? measure
    }
}
