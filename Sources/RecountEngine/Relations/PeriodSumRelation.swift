import RecountModel

/// Sum over periods: a flow over a year is the sum of its quarters, and of its halves; a half
/// is the sum of its two quarters. In the canonical per-year form this is the mean of the
/// parts' rates: `Y = (Q1 + Q2 + Q3 + Q4) / 4`.
///
/// Years and halves follow the entity's fiscal calendar; a year or half that a fact, claim or
/// formula names sums its own quarters whatever its alignment.
enum PeriodSumRelation {
    static func links(_ context: RelationContext) -> [Link] {
        var wholes = Set<Quantity>()
        for (q, dimension) in context.known.sorted(by: { $0.key < $1.key }) {
            guard let span = q.span, let months = span.months, isFlow(q, dimension, context) else { continue }
            // A known year or half sums its own parts, however it is aligned; a known quarter
            // or half is a part of the years and halves of its entity's fiscal calendar.
            if months == 6 || months == 12 { wholes.insert(q) }
            for whole in enclosing(span, months: months, calendar: context.calendar(of: q.entity)) where whole != span {
                wholes.insert(Quantity(entity: q.entity, metric: q.metric, span: whole))
            }
        }
        for q in context.referenced {
            if let months = q.span?.months, months == 6 || months == 12, context.known[q] == nil { wholes.insert(q) }
        }
        return wholes.sorted().flatMap { w in w.span.map { parts(of: $0, entity: w.entity, metric: w.metric) } ?? [] }
    }

    private static func isFlow(_ q: Quantity, _ d: Dimension, _ context: RelationContext) -> Bool {
        context.project.metrics[q.name]?.kind != .stock
            && d.hasCurrencyAmount
    }

    /// The spans of 6 and 12 months, aligned to the fiscal year, that contain `span` or are it.
    private static func enclosing(_ span: PeriodSpan, months: Int, calendar: FiscalCalendar) -> [PeriodSpan] {
        let startIndex = span.start.year * 12 + span.start.month - 1
        let yearStartMonth = calendar.yearEndMonth % 12  // 0-based month in which fiscal years start
        let offset = ((startIndex - yearStartMonth) % 12 + 12) % 12
        var wholes: [PeriodSpan] = []
        for size in [6, 12] where size >= months && offset % size + months <= size {
            let wholeStart = startIndex - offset % size
            let start = CalendarDate(unchecked: wholeStart / 12, wholeStart % 12 + 1, 1)
            let endIndex = wholeStart + size - 1
            wholes.append(PeriodSpan(start: start, end: .endOf(month: endIndex % 12 + 1, year: endIndex / 12)))
        }
        return wholes
    }

    /// `whole = mean(parts)` for its quarters, and for a year also its halves.
    private static func parts(of whole: PeriodSpan, entity: String, metric: String) -> [Link] {
        guard let months = whole.months else { return [] }
        var links: [Link] = []
        for partMonths in [3, 6] where partMonths < months {
            let count = months / partMonths
            let parts = (0..<count).map { i in
                Quantity(entity: entity, metric: metric, span: PeriodSpan(
                    start: whole.start.shifted(months: i * partMonths, keepingMonthEnd: false),
                    end: whole.start.shifted(months: (i + 1) * partMonths - 1, keepingMonthEnd: false).endOfMonth))
            }
            var sum = LinkExpression.variable(1)
            for i in 2...count { sum = .add(sum, .variable(i)) }
            let name = partMonths == 3 ? "sum of quarters" : "sum of halves"
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
