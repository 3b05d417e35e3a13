import RecountModel

/// Run rates and annualisation: a flow over a period is also a rate per unit of time.
///
/// A flow (revenue, capital expenditure) stated as an amount over a quarter, $30.9B, is the same
/// as $123.6B per year; per-month, per-quarter and per-year rates convert through their units.
/// Recount keeps every flow in one canonical form, a rate per year, so that figures stated either
/// way meet. A stock (debt, cash, remaining obligations) is measured at a point in time and never
/// converts. A quantity is a flow when its period spans more than a day, its value is a currency
/// amount, and its metric is not declared `kind stock`.
public enum RunRateRelation {
    /// The period's length in years when `measure`, for `quantity`, is a flow amount to convert.
    public static func flowYears(_ quantity: Quantity, _ measure: Measure, metrics: [String: Metric]) -> Interval? {
        guard let span = quantity.span, !span.isInstant,
              metrics[quantity.name]?.kind != .stock,
              measure.dimension.exponent(of: .time) == 0, measure.dimension.hasCurrencyAmount
        else { return nil }
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
