import RecountModel

/// The period a flow's figure accumulates over: the days it covers, and the period as a reader
/// writes it (`FY2026`, `2025Q1`).
///
/// A flow is held as a rate per year (see `RunRateRelation`); its period's length turns the rate
/// back into the amount over the period. Two flows are over the same period when they cover
/// the same days, whatever calendar their periods were written in.
public struct FlowPeriod: Sendable, Hashable {
    public var span: PeriodSpan
    /// The period in the entity's own calendar, for messages.
    public var label: String

    public init(span: PeriodSpan, calendar: FiscalCalendar?) {
        self.span = span
        self.label = PeriodLabel.text(span, calendar: calendar)
    }

    /// The period's length in years.
    public var years: Interval { RunRateRelation.years(span) }

    /// The period's length as a time, to multiply a per-year rate by.
    var length: Measure {
        let years = self.years
        return Measure(interval: years, nominal: years.midpoint, dimension: .time)
    }
}
