/// Names a span of days as a period, in the entity's fiscal calendar when it has one:
/// `FY2025Q3`, `FY2026`, `2025Q1`, `H1 2025`, `2025-03`, `2026-05-31`.
public enum PeriodLabel {
    public static func text(_ span: PeriodSpan, calendar: FiscalCalendar?) -> String {
        if span.isInstant { return span.start.iso }
        guard let months = span.months else { return span.description }
        if let calendar, calendar.yearEndMonth != 12, let fiscal = fiscalText(span, months: months, calendar) {
            return fiscal
        }
        return fiscalText(span, months: months, .calendarYear)?.replacingFiscalPrefix
            ?? monthText(span, months: months) ?? span.description
    }

    private static func fiscalText(_ span: PeriodSpan, months: Int, _ calendar: FiscalCalendar) -> String? {
        let startIndex = span.start.year * 12 + span.start.month - 1
        let yearStart = calendar.yearEndMonth % 12
        let offset = ((startIndex - yearStart) % 12 + 12) % 12
        // The fiscal year is named after the calendar year in which it ends.
        let fiscalYear = (startIndex - offset + 11) / 12
        switch months {
        case 12 where offset == 0: return "FY\(fiscalYear)"
        case 6 where offset % 6 == 0: return "FY\(fiscalYear)H\(offset / 6 + 1)"
        case 3 where offset % 3 == 0: return "FY\(fiscalYear)Q\(offset / 3 + 1)"
        default: return nil
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
