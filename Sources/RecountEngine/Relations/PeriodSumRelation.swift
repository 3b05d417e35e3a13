import RecountModel

/// Sum over periods: a flow over a year is the sum of its quarters, and of its halves; a half
/// is the sum of its two quarters; a quarter, a half and a year are each the sum of their
/// months. In the canonical per-year form this is the mean of the parts' rates:
/// `Y = (Q1 + Q2 + Q3 + Q4) / 4`.
///
/// Years, halves and the quarters of months follow the entity's fiscal calendar; a year, half or
/// quarter that a fact, claim or formula names sums its own parts whatever its alignment. Sums of
/// months are linked only where some month of that metric inside the whole is known or named,
/// so that quarterly ledgers gain no links for months nobody states.
///
/// A 52/53-week fiscal calendar has parts of unequal length (a 14-week fourth quarter), so
/// its years and halves are the sums of their fiscal quarters (and a year of its halves) by
/// length: `Y = Σ Qᵢ × years(Qᵢ) / years(Y)`, which is the sum of the parts' amounts.
/// Its calendar months and quarters still sum as calendar periods.
enum PeriodSumRelation {
    static func links(_ context: RelationContext) -> [Link] {
        var wholes = Set<Quantity>()
        var weekWholes = Set<Quantity>()
        for (q, dimension) in context.known.sorted(by: { $0.key < $1.key }) {
            guard let span = q.span, isFlow(q, dimension, context) else { continue }
            let calendar = context.calendar(of: q.entity)
            if calendar.weekRule != nil, let (year, part) = calendar.part(covering: span) {
                for whole in PeriodSumRelation.weekWholes(containing: part) {
                    weekWholes.insert(Quantity(entity: q.entity, metric: q.metric,
                                               span: calendar.span(ofFiscalYear: year, whole)))
                }
            }
            guard let months = span.months else { continue }
            // A known quarter, half or year sums its own parts, however it is aligned; a known
            // month, quarter or half is a part of the quarters, halves and years of its
            // entity's fiscal calendar (of the calendar year, when its fiscal year is counted
            // in weeks, whose months do not align with it).
            if wholeSizes.contains(months) { wholes.insert(q) }
            let monthCalendar = calendar.weekRule == nil ? calendar : .calendarYear
            for whole in enclosing(span, months: months, calendar: monthCalendar) where whole != span {
                wholes.insert(Quantity(entity: q.entity, metric: q.metric, span: whole))
            }
        }
        for q in context.referenced where context.known[q] == nil {
            guard let span = q.span else { continue }
            if let months = span.months, wholeSizes.contains(months) { wholes.insert(q) }
            let calendar = context.calendar(of: q.entity)
            if calendar.weekRule != nil, let (_, part) = calendar.part(covering: span), !weekParts(of: part).isEmpty {
                weekWholes.insert(q)
            }
        }
        return wholes.sorted().flatMap { w in
            w.span.map { parts(of: $0, entity: w.entity, metric: w.metric, context: context) } ?? []
        } + weekWholes.sorted().flatMap { weekLinks(of: $0, context: context) }
    }

    /// The fiscal parts that are sums and contain `part` or are it: a quarter's half and year.
    private static func weekWholes(containing part: FiscalCalendar.Part) -> [FiscalCalendar.Part] {
        switch part {
        case .year: [.year]
        case .half: [part, .year]
        case .quarter(let q): [.half((q + 1) / 2), .year]
        }
    }

    /// The sets of fiscal parts a fiscal part is the sum of: a year of its quarters and of its
    /// halves, a half of its two quarters.
    private static func weekParts(of part: FiscalCalendar.Part) -> [(name: String, parts: [FiscalCalendar.Part])] {
        switch part {
        case .year: [("sum of quarters", (1...4).map { .quarter($0) }), ("sum of halves", [.half(1), .half(2)])]
        case .half(let h): [("sum of quarters", [.quarter(2 * h - 1), .quarter(2 * h)])]
        case .quarter: []
        }
    }

    /// `whole = Σ partᵢ × years(partᵢ) / years(whole)` for a 52/53-week fiscal year or half:
    /// in the canonical per-year form, the amounts of the parts add up to the whole's.
    private static func weekLinks(of whole: Quantity, context: RelationContext) -> [Link] {
        let calendar = context.calendar(of: whole.entity)
        guard let span = whole.span, let (year, part) = calendar.part(covering: span) else { return [] }
        let wholeYears = RunRateRelation.years(span)
        return weekParts(of: part).map { name, parts in
            let spans = parts.map { calendar.span(ofFiscalYear: year, $0) }
            var sum: LinkExpression?
            for (i, partSpan) in spans.enumerated() {
                let weight = Interval.divide(RunRateRelation.years(partSpan), by: wholeYears).successValue ?? .entire
                let term = LinkExpression.multiply(.variable(i + 1), .constant(Measure(interval: weight, nominal: weight.midpoint,
                                                                                        dimension: .none)))
                sum = sum.map { .add($0, term) } ?? term
            }
            return Link(relation: name,
                        variables: [whole] + spans.map { Quantity(entity: whole.entity, metric: whole.metric, span: $0) },
                        expression: sum ?? .constant(Measure(exactly: 0)))
        }
    }

    /// The lengths in months of the periods that are sums of parts: quarters, halves, years.
    private static let wholeSizes: Set<Int> = [3, 6, 12]

    private static func isFlow(_ q: Quantity, _ d: Dimension, _ context: RelationContext) -> Bool {
        RunRateRelation.isFlowRate(q, canonical: d, metrics: context.project.metrics)
    }

    /// The spans of 6 and 12 months, aligned to the fiscal year, that contain `span` or are it.
    private static func enclosing(_ span: PeriodSpan, months: Int, calendar: FiscalCalendar) -> [PeriodSpan] {
        let startIndex = span.start.year * 12 + span.start.month - 1
        let yearStartMonth = calendar.yearEndMonth % 12  // 0-based month in which fiscal years start
        let offset = ((startIndex - yearStartMonth) % 12 + 12) % 12
        var wholes: [PeriodSpan] = []
        for size in [3, 6, 12] where size >= months && offset % size + months <= size {
            let wholeStart = startIndex - offset % size
            let start = CalendarDate(unchecked: wholeStart / 12, wholeStart % 12 + 1, 1)
            let endIndex = wholeStart + size - 1
            wholes.append(PeriodSpan(start: start, end: .endOf(month: endIndex % 12 + 1, year: endIndex / 12)))
        }
        return wholes
    }

    /// `whole = mean(parts)` for its quarters, for a year also its halves, and for any whole
    /// also its months when one of them is known or named.
    private static func parts(of whole: PeriodSpan, entity: String, metric: String, context: RelationContext) -> [Link] {
        guard let months = whole.months else { return [] }
        var links: [Link] = []
        let monthsNamed = context.spansByName["\(entity).\(metric)"]?.contains { span in
            span.months == 1 && whole.start <= span.start && span.end <= whole.end
        } ?? false
        for partMonths in [1, 3, 6] where partMonths < months && (partMonths > 1 || monthsNamed) {
            let count = months / partMonths
            let parts = (0..<count).map { i in
                Quantity(entity: entity, metric: metric, span: PeriodSpan(
                    start: whole.start.shifted(months: i * partMonths, keepingMonthEnd: false),
                    end: whole.start.shifted(months: (i + 1) * partMonths - 1, keepingMonthEnd: false).endOfMonth))
            }
            var sum = LinkExpression.variable(1)
            for i in 2...count { sum = .add(sum, .variable(i)) }
            let name = partMonths == 1 ? "sum of months" : partMonths == 3 ? "sum of quarters" : "sum of halves"
            links.append(Link(relation: name,
                              variables: [Quantity(entity: entity, metric: metric, span: whole)] + parts,
                              expression: .divide(sum, .constant(Measure(exactly: Double(count))))))
        }
        return links
    }
}

extension CalendarDate {
    /// The last day of this date's month.
    var endOfMonth: CalendarDate { .endOf(month: month, year: year) }
}
