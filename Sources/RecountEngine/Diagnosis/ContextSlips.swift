import RecountCore
import RecountModel

/// Slips that need more than two numbers to test: the same metric in the other calendar, a
/// percentage-point change read as a percent change, and another reading of the claim.
struct ContextSlips {
    let project: Project
    /// What the ledger alone implies for each quantity, and what everything does.
    let ledger: Domains
    let everything: Domains

    /// The context slips that reproduce a stated figure of a named quantity.
    func slips(quantity: QuantityReference, stated: StatedValue) -> [Slip] {
        var alternatives: [(slip: Slip, value: Measure)] = []
        if let (span, label) = otherCalendar(quantity) {
            let own = ledger.derivation(of: quantity.quantity).map { SlipFinder.valueText($0.valueInUnit, like: stated) }
            let other = Quantity(entity: quantity.quantity.entity, metric: quantity.quantity.metric, span: span)
            if let derivation = ledger.derivation(of: other) {
                let value = derivation.valueInUnit
                alternatives.append((.calendarVersusFiscal(implied: own ?? SlipFinder.valueText(value, like: stated),
                                                           printed: SlipFinder.printedText(of: stated),
                                                           period: label), value))
            }
        }
        if let value = otherKindOfChange(quantity.quantity) {
            alternatives.append((.percentVersusPoints(implied: SlipFinder.valueText(value, like: stated),
                                                      printed: SlipFinder.printedText(of: stated)), value))
        }
        return SlipFinder.slips(stated: stated, alternatives: alternatives)
    }
}

extension World {
    /// Adds context slips to the inconsistent checks of a stated figure.
    func withContextSlips(_ checks: [Check], quantity: QuantityReference?, stated: StatedValue) -> [Check] {
        guard let quantity, checks.contains(where: { $0.verdict == .inconsistent }) else { return checks }
        let extra = ContextSlips(project: project, ledger: evidence, everything: everything)
            .slips(quantity: quantity, stated: stated)
        guard !extra.isEmpty else { return checks }
        return checks.map { check in
            guard check.verdict == .inconsistent else { return check }
            var c = check
            c.slips = (c.slips + extra).uniqued()
            return c
        }
    }

    /// Marks the inconsistent checks of a claim's own proposition with the readings that hold.
    func withReadingSlips(_ checks: [Check], readings: [ReadingResult]) -> [Check] {
        let holding = readings.filter { $0.verdict == .consistent || $0.verdict == .approximate }.compactMap(\.id)
        guard !holding.isEmpty else { return checks }
        return checks.map { check in
            guard check.verdict == .inconsistent else { return check }
            var c = check
            c.slips += holding.map { .otherReading(reading: $0) }
            return c
        }
    }
}

extension ContextSlips {
    /// The span and label of the period read in the other calendar: a fiscal period as the
    /// calendar period of the same name, or a calendar period as the entity's fiscal one.
    private func otherCalendar(_ ref: QuantityReference) -> (PeriodSpan, String)? {
        guard let at = ref.text.firstRange(of: " @ "),
              case .success(let period) = Period.parse(String(ref.text[at.upperBound...])),
              let calendar = project.entities[ref.quantity.entity]?.fiscalCalendar,
              calendar != .calendarYear else { return nil }
        let other: Period
        switch period {
        case .fiscalYear(let y): other = .year(y)
        case .fiscalHalf(let y, let h): other = .half(y, h)
        case .fiscalQuarter(let y, let q): other = .quarter(y, q)
        case .year(let y): other = .fiscalYear(y)
        case .half(let y, let h): other = .fiscalHalf(y, h)
        case .quarter(let y, let q): other = .fiscalQuarter(y, q)
        default: return nil
        }
        let label = switch other {
        case .year(let y): "\(y)"
        case .half(let y, let h): "H\(h) \(y)"
        case .quarter(let y, let q): "\(y)Q\(q)"
        case .fiscalYear(let y): "FY\(y)"
        case .fiscalHalf(let y, let h): "FY\(y)H\(h)"
        case .fiscalQuarter(let y, let q): "FY\(y)Q\(q)"
        default: ""
        }
        return (other.span(in: calendar), label)
    }

    /// For a growth figure of a metric in percent, the change in percentage points instead
    /// (and for a change in points, the relative growth), from the two periods' values.
    private func otherKindOfChange(_ q: Quantity) -> Measure? {
        guard let span = q.span else { return nil }
        let calendar = project.entities[q.entity]?.fiscalCalendar ?? .calendarYear
        guard let (base, suffix) = ComparisonSuffix.split(q.metric), suffix.kind != .multiple,
              let now = value(Quantity(entity: q.entity, metric: base, span: span)),
              let before = value(Quantity(entity: q.entity, metric: base, span: calendar.span(span, monthsEarlier: suffix.months))),
              now.dimension.isDimensionless, before.dimension.isDimensionless else { return nil }
        if suffix.kind == .growth {
            // Dimensionless 0.02 is 2 percentage points.
            guard let difference = Measure.subtract(now, before).successValue else { return nil }
            let hundred = Measure(exactly: 100)
            guard let points = Measure.multiply(difference, hundred).successValue else { return nil }
            return Measure(interval: points.interval, nominal: points.nominal, dimension: .percentagePoint)
        }
        guard let ratio = Measure.divide(now, before).successValue else { return nil }
        return Measure.subtract(ratio, Measure(exactly: 1)).successValue
    }

    /// The best-supported value of a quantity: the ledger's, else everything's.
    private func value(_ q: Quantity) -> Measure? {
        ledger.measure(of: q) ?? everything.measure(of: q)
    }
}
