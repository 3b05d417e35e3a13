/// Names a span of days as a period, in the entity's fiscal calendar when it has one:
/// `FY2025Q3`, `FY2026`, `2025Q1`, `H1 2025`, `2025-03`, `2026-05-31`.
public enum PeriodLabel {
    public static func text(_ span: PeriodSpan, calendar: FiscalCalendar?) -> String {
        if span.isInstant { return span.start.iso }
        if let calendar, calendar != .calendarYear, let fiscal = fiscalText(span, calendar) { return fiscal }
        guard let months = span.months else { return span.description }
        return fiscalText(span, .calendarYear)?.replacingFiscalPrefix
            ?? monthText(span, months: months) ?? span.description
    }

    private static func fiscalText(_ span: PeriodSpan, _ calendar: FiscalCalendar) -> String? {
        guard let (year, part) = calendar.part(covering: span) else { return nil }
        switch part {
        case .year: return "FY\(year)"
        case .half(let h): return "FY\(year)H\(h)"
        case .quarter(let q): return "FY\(year)Q\(q)"
        }
    }

    private static func monthText(_ span: PeriodSpan, months: Int) -> String? {
        guard months == 1 else { return nil }
        return String(span.start.iso.prefix(7))
    }
}

private extension String {
    /// Calendar periods are written without the `FY` prefix: `2025Q1`, `2025`.
    var replacingFiscalPrefix: String { hasPrefix("FY") ? String(dropFirst(2)) : self }
}

extension Quantity {
    /// `name @ period`, with the period in the entity's own calendar.
    public func label(calendar: FiscalCalendar?) -> String {
        guard let span else { return name }
        return "\(name) @ \(PeriodLabel.text(span, calendar: calendar))"
    }
}
