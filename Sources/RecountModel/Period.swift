/// A period a quantity refers to, as written, and the span of days it covers.
///
/// Forms: `2025`, `2025Q1`, `Q1 2025`, `H1 2025`, `2025H1`, `2025-03` (a month), `FY2025`,
/// `FY2025Q3`, `Q3 FY2025`, `FY2025H2`, `H2 FY2025`, a date `2026-05-31`, and a range `A..B` of any two of these.
public indirect enum Period: Sendable, Hashable {
    case year(Int)
    case half(Int, Int)
    case quarter(Int, Int)
    case month(Int, Int)
    case date(CalendarDate)
    case fiscalYear(Int)
    case fiscalHalf(Int, Int)
    case fiscalQuarter(Int, Int)
    case range(Period, Period)

    /// Whether the period is stated in an entity's fiscal calendar.
    public var isFiscal: Bool {
        switch self {
        case .fiscalYear, .fiscalHalf, .fiscalQuarter: true
        case .range(let a, let b): a.isFiscal || b.isFiscal
        default: false
        }
    }

    /// Parses a period, or explains why it is not one.
    public static func parse(_ text: String) -> Result<Period, PeriodError> {
        // Found by hand: a generic substring search goes through Foundation's string search,
        // which costs more than the rest of the parse for the many periods of a large ledger.
        let scalars = Array(text.utf8)
        if let dot = scalars.indices.dropLast().first(where: { scalars[$0] == UInt8(ascii: ".") && scalars[$0 + 1] == UInt8(ascii: ".") }) {
            let a = String(decoding: scalars[..<dot], as: UTF8.self)
            let b = String(decoding: scalars[(dot + 2)...], as: UTF8.self)
            switch (parse(a), parse(b)) {
            case (.success(.range), .success), (.success, .success(.range)): return .failure(.nestedRange)
            case (.success(let x), .success(let y)): return .success(.range(x, y))
            case (.failure(let e), _), (_, .failure(let e)): return .failure(e)
            }
        }
        // "H1 2025", "Q1 2025" and "Q3 FY2025": the part comes before the year.
        if let space = text.firstIndex(of: " ") {
            let part = text[..<space]
            var year = text[text.index(after: space)...]
            let fiscal = year.hasPrefix("FY")
            if fiscal { year = year.dropFirst(2) }
            return parseParts(year: year, part: part, fiscal: fiscal)
        }
        var rest = Substring(text)
        let fiscal = rest.hasPrefix("FY")
        if fiscal { rest = rest.dropFirst(2) }
        if !fiscal, rest.count == 10, let date = CalendarDate(iso: String(rest)) { return .success(.date(date)) }
        if !fiscal, rest.count == 10 { return .failure(.noSuchDate) }
        if !fiscal, rest.count == 7, rest.dropFirst(4).first == "-" {
            guard let y = Int(rest.prefix(4)), let m = Int(rest.suffix(2)) else { return .failure(.unrecognised) }
            guard (1...12).contains(m) else { return .failure(.monthOutOfRange(m)) }
            return .success(.month(y, m))
        }
        let year = rest.prefix(while: { $0.isASCII && $0.isNumber })
        let part = rest.dropFirst(year.count)
        return parseParts(year: year, part: part, fiscal: fiscal)
    }

    private static func parseParts(year: Substring, part: Substring, fiscal: Bool) -> Result<Period, PeriodError> {
        guard year.count == 4, let y = Int(year) else { return .failure(.unrecognised) }
        if part.isEmpty { return .success(fiscal ? .fiscalYear(y) : .year(y)) }
        guard part.count == 2, let kind = part.first, let n = Int(part.dropFirst()) else {
            return .failure(.unrecognised)
        }
        switch kind {
        case "Q":
            guard (1...4).contains(n) else { return .failure(.quarterOutOfRange(n)) }
            return .success(fiscal ? .fiscalQuarter(y, n) : .quarter(y, n))
        case "H":
            guard (1...2).contains(n) else { return .failure(.halfOutOfRange(n)) }
            return .success(fiscal ? .fiscalHalf(y, n) : .half(y, n))
        default:
            return .failure(.unrecognised)
        }
    }

    /// The first and last day the period covers, under the given fiscal calendar.
    public func span(in calendar: FiscalCalendar) -> PeriodSpan {
        func months(_ year: Int, _ month: Int, count: Int) -> PeriodSpan {
            let endIndex = year * 12 + (month - 1) + count - 1
            let endYear = endIndex / 12
            let endMonth = endIndex % 12 + 1
            return PeriodSpan(start: CalendarDate(unchecked: year, month, 1),
                              end: .endOf(month: endMonth, year: endYear))
        }
        switch self {
        case .year(let y): return months(y, 1, count: 12)
        case .half(let y, let h): return months(y, 1 + 6 * (h - 1), count: 6)
        case .quarter(let y, let q): return months(y, 1 + 3 * (q - 1), count: 3)
        case .month(let y, let m): return months(y, m, count: 1)
        case .date(let d): return PeriodSpan(start: d, end: d)
        case .fiscalYear(let y): return calendar.span(ofFiscalYear: y, .year)
        case .fiscalHalf(let y, let h): return calendar.span(ofFiscalYear: y, .half(h))
        case .fiscalQuarter(let y, let q): return calendar.span(ofFiscalYear: y, .quarter(q))
        case .range(let a, let b):
            return PeriodSpan(start: a.span(in: calendar).start, end: b.span(in: calendar).end)
        }
    }
}

/// The days a period covers, first and last inclusive. Two periods are the same when their
/// spans are equal, whatever calendar they were written in.
public struct PeriodSpan: Sendable, Hashable, Comparable {
    public var start: CalendarDate
    public var end: CalendarDate

    public var description: String { start == end ? start.iso : "\(start.iso)..\(end.iso)" }

    /// Whether the span is a single day: a point in time, at which stocks are measured.
    public var isInstant: Bool { start == end }

    /// The same span `months` months earlier (negative) or later. A span that ends on the last
    /// day of a month keeps ending on the last day, so a quarter maps to a quarter.
    public func shifted(months: Int) -> PeriodSpan {
        PeriodSpan(start: start.shifted(months: months, keepingMonthEnd: false),
                   end: end.shifted(months: months, keepingMonthEnd: true))
    }

    /// The length in whole months when the span runs from a month's first day to a month's
    /// last day; nil otherwise.
    public var months: Int? {
        guard start.day == 1, end.day == CalendarDate.daysIn(month: end.month, year: end.year) else { return nil }
        return (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
    }

    public static func < (a: PeriodSpan, b: PeriodSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }

    package init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }
}

/// Why a period cannot be read.
public enum PeriodError: Error, Sendable, Hashable {
    case unrecognised
    case quarterOutOfRange(Int)
    case halfOutOfRange(Int)
    case monthOutOfRange(Int)
    case noSuchDate
    case reversedRange
    /// A range whose end is a range itself: `2025..2026..2027`.
    case nestedRange

    public var reason: String {
        switch self {
        case .reversedRange: "the range ends before it starts"
        case .nestedRange: "a range has two ends, 'START..END', each a single period"
        case .unrecognised: "not a period"
        case .quarterOutOfRange(let n): "there is no quarter \(n); quarters are Q1 to Q4"
        case .halfOutOfRange(let n): "there is no half \(n); halves are H1 and H2"
        case .monthOutOfRange(let n): "there is no month \(n)"
        case .noSuchDate: "no such date"
        }
    }
}
