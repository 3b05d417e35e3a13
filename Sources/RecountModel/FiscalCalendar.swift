/// An entity's fiscal year: the day on which each one ends.
///
/// A fiscal year is named after the calendar year in which it ends, as Microsoft (June) and
/// Oracle (May) do: Microsoft's FY2026 runs from July 2025 to June 2026, so its FY2026Q3 is
/// January–March 2026.
///
/// Retailers and chip makers end theirs on a weekday instead ("the last Sunday of January",
/// "the Saturday nearest to January 31"), so that every fiscal year is 52 or 53 whole weeks.
/// Such a year is named after the year of its month (`yearEndMonth`), even when the weekday
/// nearest to January 31 falls on February 2. Its quarters are 13 weeks each, counted from the
/// year's first day, and the fourth takes what is left: 13 weeks, or 14 in a 53-week year.
/// Its first half is the first two quarters (26 weeks), its second half the rest.
public struct FiscalCalendar: Sendable, Hashable {
    /// The month (1–12) whose last day ends the fiscal year; for a 52/53-week year, the month
    /// whose weekday ends it.
    public var yearEndMonth: Int
    /// How a 52/53-week year picks its last day; nil when years end on a month's last day.
    public var weekRule: WeekRule?
    /// Whether a fiscal year is named after the calendar year of its first month, as Target
    /// and Home Depot name theirs ("fiscal 2024" ends on 1 February 2025), rather than of its
    /// last one. A year that starts in January is named after its own year either way.
    public var namedAfterStart = false

    /// Whether a 53-week year's extra week is in its first quarter, as Apple and Intel count
    /// theirs, rather than in its fourth.
    public var extraWeekInFirstQuarter = false

    /// What the name of a fiscal year adds to the calendar year of its last month.
    private var nameOffset: Int { namedAfterStart && yearEndMonth != 12 ? 1 : 0 }

    /// The weekday that ends a 52/53-week fiscal year.
    public enum WeekRule: Sendable, Hashable {
        /// The last such weekday of the year-end month: "the last Saturday of January".
        case last(Weekday)
        /// The such weekday nearest to a day of the year-end month, at most three days away:
        /// "the Sunday nearest to September 30".
        case nearest(Weekday, day: Int)
    }

    /// A fiscal year, one of its halves, or one of its quarters.
    public enum Part: Sendable, Hashable {
        case year
        case half(Int)
        case quarter(Int)

        /// Every part of a fiscal year, the year first.
        public static let all: [Part] = [.year, .half(1), .half(2), .quarter(1), .quarter(2), .quarter(3), .quarter(4)]
    }

    public init(yearEndMonth: Int, weekRule: WeekRule? = nil) {
        self.yearEndMonth = yearEndMonth
        self.weekRule = weekRule
    }

    /// Parses `MM-DD`, which must be the last day of its month.
    public init?(monthDay text: String) {
        guard let (m, d) = FiscalCalendar.monthDay(text),
              d == CalendarDate.daysIn(month: m, year: 2001) || (m == 2 && d == 29) else { return nil }
        self.yearEndMonth = m
    }

    /// Parses a `fiscal-year-end`: `MM-DD` (a month's last day), `last WEEKDAY of MONTH`
    /// (`last Saturday of January`) or `WEEKDAY nearest MM-DD` (`Sunday nearest 09-30`).
    /// Weekday and month names are English, in any letter case.
    public init?(text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        switch words.count {
        case 1:
            self.init(monthDay: words[0])
        case 4 where words[0].lowercased() == "last" && words[2].lowercased() == "of":
            guard let weekday = Weekday(name: words[1]), let month = FiscalCalendar.month(named: words[3]) else { return nil }
            self.init(yearEndMonth: month, weekRule: .last(weekday))
        case 3 where words[1].lowercased() == "nearest":
            guard let weekday = Weekday(name: words[0]), let (m, d) = FiscalCalendar.monthDay(words[2]),
                  d <= CalendarDate.daysIn(month: m, year: 2001) else { return nil }
            self.init(yearEndMonth: m, weekRule: .nearest(weekday, day: d))
        default:
            return nil
        }
    }

    public static let calendarYear = FiscalCalendar(yearEndMonth: 12)

    /// The first month of fiscal year `year`, as (calendar year, month), for a calendar whose
    /// years end on a month's last day.
    public func start(ofFiscalYear year: Int) -> (year: Int, month: Int) {
        yearEndMonth == 12 ? (year, 1) : (year - 1 + nameOffset, yearEndMonth + 1)
    }

    /// The last day of fiscal year `year`.
    public func end(ofFiscalYear name: Int) -> CalendarDate {
        let year = name + nameOffset
        switch weekRule {
        case nil:
            return .endOf(month: yearEndMonth, year: year)
        case .last(let weekday)?:
            let last = CalendarDate.endOf(month: yearEndMonth, year: year)
            return last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))
        case .nearest(let weekday, let day)?:
            let anchor = CalendarDate(unchecked: year, yearEndMonth, day)
            // The weekday's distance from the anchor, folded into -3...3.
            let ahead = (weekday.rawValue - anchor.weekday.rawValue + 7) % 7
            return anchor.adding(days: ahead <= 3 ? ahead : ahead - 7)
        }
    }

    /// The days a fiscal year, half or quarter covers.
    public func span(ofFiscalYear year: Int, _ part: Part) -> PeriodSpan {
        guard weekRule != nil else {
            let (offset, count): (Int, Int) = switch part {
            case .year: (0, 12)
            case .half(let h): (6 * (h - 1), 6)
            case .quarter(let q): (3 * (q - 1), 3)
            }
            let start = self.start(ofFiscalYear: year)
            let first = start.year * 12 + (start.month - 1) + offset
            let last = first + count - 1
            return PeriodSpan(start: CalendarDate(unchecked: first / 12, first % 12 + 1, 1),
                              end: .endOf(month: last % 12 + 1, year: last / 12))
        }
        let first = end(ofFiscalYear: year - 1).adding(days: 1)
        let last = end(ofFiscalYear: year)
        // The weeks from the year's first day at which quarters 2 to 4 start: 13, 26 and 39,
        // one later each when the first quarter takes a 53rd week. The last part ends with the year.
        let long = last.dayNumber - first.dayNumber + 1 > 364
        let shift = extraWeekInFirstQuarter && long ? 1 : 0
        func boundary(_ quarters: Int) -> Int { quarters == 0 ? 0 : 13 * quarters + shift }
        let (from, to): (Int, Int) = switch part {
        case .year: (0, 4)
        case .half(let h): (2 * h - 2, 2 * h)
        case .quarter(let q): (q - 1, q)
        }
        return PeriodSpan(start: first.adding(days: 7 * boundary(from)),
                          end: to == 4 ? last : first.adding(days: 7 * boundary(to) - 1))
    }

    /// The fiscal year, half or quarter that covers exactly `span`, if one does.
    public func part(covering span: PeriodSpan) -> (year: Int, part: Part)? {
        // A fiscal year is named after the year of its last month (or the year before), which
        // its last day is at most a few days from.
        for year in (span.end.year - 1 - nameOffset)...(span.end.year + 1 - nameOffset) {
            let whole = self.span(ofFiscalYear: year, .year)
            guard whole.start <= span.start, span.end <= whole.end else { continue }
            return Part.all.first { self.span(ofFiscalYear: year, $0) == span }.map { (year, $0) }
        }
        return nil
    }

    /// The span `months` months before `span` (12: a year, 3: a quarter), for comparisons
    /// such as growth. A 52/53-week fiscal period maps to the same period a fiscal year (or
    /// quarter) earlier, whose length may differ by a week; any other span keeps its days of
    /// the month, as `PeriodSpan.shifted(months:)` does.
    public func span(_ span: PeriodSpan, monthsEarlier months: Int) -> PeriodSpan {
        guard weekRule != nil, let (year, part) = part(covering: span) else { return span.shifted(months: -months) }
        switch (months, part) {
        case (12, _): return self.span(ofFiscalYear: year - 1, part)
        case (3, .quarter(let q)): return q == 1 ? self.span(ofFiscalYear: year - 1, .quarter(4)) : self.span(ofFiscalYear: year, .quarter(q - 1))
        default: return span.shifted(months: -months)
        }
    }

    private static func monthDay(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m), d >= 1 else { return nil }
        return (m, d)
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]

    private static func month(named name: String) -> Int? {
        monthNames.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }
}
