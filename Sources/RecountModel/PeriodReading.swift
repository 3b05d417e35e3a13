/// Names a span of days as a reader would write it, for the prose of published reports:
/// "fiscal 2026", "the quarter to March 2025", "the first quarter of 2025", "March 2025",
/// "31 May 2026".
///
/// `PeriodLabel` writes the engine's notation (`FY2025Q3`); this writes English. A fiscal
/// quarter or half is named by the month it ends in, because "the third quarter of fiscal 2025"
/// means nothing to a reader who does not know the company's calendar, while "the quarter to
/// March 2025" needs no calendar at all. A fiscal year keeps its name ("fiscal 2026"), as
/// companies and newspapers write it. Calendar periods use their ordinary names.
public enum PeriodReading {
    /// The period as a noun phrase: "the quarter to March 2025".
    public static func text(_ span: PeriodSpan, calendar: FiscalCalendar?) -> String {
        if span.isInstant { return day(span.start) }
        if let calendar, calendar != .calendarYear, let (year, part) = calendar.part(covering: span) {
            switch part {
            case .year: return "fiscal \(year)"
            case .half: return "the half-year to \(monthYear(span.end))"
            case .quarter: return "the quarter to \(monthYear(span.end))"
            }
        }
        if let (year, part) = FiscalCalendar.calendarYear.part(covering: span) {
            switch part {
            case .year: return "\(year)"
            case .half(let h): return "the \(ordinals[h - 1]) half of \(year)"
            case .quarter(let q): return "the \(ordinals[q - 1]) quarter of \(year)"
            }
        }
        if let months = span.months {
            if months == 1 { return monthYear(span.start) }
            if span.start.month == 1, span.end.month == 12 { return "\(span.start.year)–\(span.end.year)" }
            return "\(monthYear(span.start)) to \(monthYear(span.end))"
        }
        return "\(day(span.start)) to \(day(span.end))"
    }

    /// The period with the preposition a sentence needs: "on 31 May 2026", "in fiscal 2026".
    public static func phrase(_ span: PeriodSpan, calendar: FiscalCalendar?) -> String {
        (span.isInstant ? "on " : "in ") + text(span, calendar: calendar)
    }

    /// The period in few words, for a chart's node: "Jan–Mar 2026", "fiscal 2026", "Mar 2025".
    /// A span of whole months names its months; any other is written as `text` writes it.
    public static func short(_ span: PeriodSpan, calendar: FiscalCalendar?) -> String {
        if !span.isInstant, let calendar, calendar != .calendarYear, case (let year, .year)? = calendar.part(covering: span) {
            return "fiscal \(year)"
        }
        guard let months = span.months, months < 12 || span.start.month != 1 else { return text(span, calendar: calendar) }
        let first = abbreviations[span.start.month - 1]
        let last = abbreviations[span.end.month - 1]
        if months == 1 { return "\(first) \(span.start.year)" }
        if span.start.year == span.end.year { return "\(first)–\(last) \(span.end.year)" }
        return "\(first) \(span.start.year)–\(last) \(span.end.year)"
    }

    private static let abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static let ordinals = ["first", "second", "third", "fourth"]

    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    private static func monthYear(_ d: CalendarDate) -> String { "\(months[d.month - 1]) \(d.year)" }

    private static func day(_ d: CalendarDate) -> String { "\(d.day) \(monthYear(d))" }
}
