/// An entity's fiscal year: the month in which it ends.
///
/// A fiscal year is named after the calendar year in which it ends, as Microsoft (June) and
/// Oracle (May) do: Microsoft's FY2026 runs from July 2025 to June 2026, so its FY2026Q3 is
/// January–March 2026.
public struct FiscalCalendar: Sendable, Hashable {
    /// The month (1–12) whose last day ends the fiscal year.
    public var yearEndMonth: Int

    public init(yearEndMonth: Int) {
        self.yearEndMonth = yearEndMonth
    }

    /// Parses `MM-DD`, which must be the last day of its month.
    public init?(monthDay text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
              d == CalendarDate.daysIn(month: m, year: 2001) || (m == 2 && d == 29) else { return nil }
        self.yearEndMonth = m
    }

    public static let calendarYear = FiscalCalendar(yearEndMonth: 12)

    /// The first month of fiscal year `year`, as (calendar year, month).
    public func start(ofFiscalYear year: Int) -> (year: Int, month: Int) {
        yearEndMonth == 12 ? (year, 1) : (year - 1, yearEndMonth + 1)
    }
}
