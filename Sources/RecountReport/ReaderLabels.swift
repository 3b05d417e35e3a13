import RecountEngine
import RecountModel

/// The names a published report gives entities, metrics, quantities, sources and the members
/// of conflicts, in place of the engine's notation.
///
/// `msft.ai_run_rate.yoy @ FY2026Q3` reads "the year-on-year growth of Microsoft's AI revenue run
/// rate in the quarter to March 2026": the entity's declared name, the metric's title (or a
/// label derived from its name, by `MetricReading`) and the period as readers write it (by
/// `PeriodReading`). A name the project does not declare is kept as written, so that nothing is
/// invented.
public struct ReaderLabels: Sendable {
    public let project: Project

    public init(project: Project) {
        self.project = project
    }

    /// The entity's declared name, or its id.
    public func entity(_ id: String) -> String { project.entities[id]?.name ?? id }

    /// The metric of an entity, without the entity: "AI revenue run rate".
    public func metric(entity: String, metric: String) -> String {
        MetricReading.text(metric) { project.metrics["\(entity).\($0)"]?.title }
    }

    /// A quantity as a noun phrase: "Microsoft's capital expenditure in the quarter to March 2026".
    public func quantity(_ q: Quantity) -> String { quantity(q, naming: true) }

    /// A quantity without its entity, for a list under the entity's name: "funding raised in 2019–2026".
    public func quantityOfKnownEntity(_ q: Quantity) -> String { quantity(q, naming: false) }

    private func quantity(_ q: Quantity, naming: Bool) -> String {
        var base = q.metric
        var prefix = ""
        if let (metric, suffix) = ComparisonSuffix.split(q.metric) {
            base = metric
            prefix = "the " + MetricReading.words(suffix) + " "
        }
        let metric = metric(entity: q.entity, metric: base)
        var phrase = prefix + (naming ? owned(metric, by: entity(q.entity)) : metric)
        if let span = q.span {
            phrase += " " + PeriodReading.phrase(span, calendar: project.entities[q.entity]?.fiscalCalendar)
        }
        return phrase
    }

    /// A quantity written in the engine's notation (`msft.capex @ FY2026Q3`), as a noun phrase;
    /// text that is not a quantity of a declared entity is returned as written.
    public func quantity(text: String) -> String {
        let parts = text.components(separatedBy: " @ ")
        let name = parts[0]
        guard parts.count <= 2, let dot = name.firstIndex(of: "."), project.entities[String(name[..<dot])] != nil else {
            return text
        }
        let entity = String(name[..<dot])
        var q = Quantity(entity: entity, metric: String(name[name.index(after: dot)...]))
        if parts.count == 2 {
            guard case .success(let period) = Period.parse(parts[1]) else { return text }
            q.span = period.span(in: project.entities[entity]?.fiscalCalendar ?? .calendarYear)
        }
        return quantity(q)
    }

    /// A short label for a graph node: the metric and the entity, without the period.
    public func short(_ q: Quantity) -> String {
        let name = entity(q.entity)
        let metric = metric(entity: q.entity, metric: q.metric)
        return name.count <= 20 ? "\(name): \(metric)" : metric
    }

    /// A source's title, or its id when the project does not declare it.
    public func source(_ id: String) -> String { project.sources[id]?.title ?? id }

    /// A member of a conflict as a noun phrase: "the article's 12% for …" or "the 123% that
    /// “Summary of …” reports for …".
    /// A member whose figure is of `known`, the quantity the reader has just been told about,
    /// is named without it: "the article's 12%".
    public func member(_ base: Base, known: Quantity? = nil) -> String {
        switch base {
        case .claim(let id):
            guard let claim = project.claim(id) else { return "another of the article's figures" }
            if let stated = claim.stated, let q = claim.statedQuantity {
                return "the article's \(stated.text)" + (q.quantity == known ? "" : " for \(quantity(q.quantity))")
            }
            if let quote = claim.quote { return "the article's “\(Self.snippet(quote))”" }
            return "another of the article's figures"
        case .fact(let i):
            guard i < project.facts.count else { return "a ledger figure" }
            let f = project.facts[i]
            let from = f.source.map { "“\(source($0))”" } ?? "the ledger, with no source,"
            let of = f.quantity.quantity == known ? "" : " for \(quantity(f.quantity.quantity))"
            return "the \(f.value.text) that \(from) reports\(of)"
        }
    }

    /// The first words of a quote, at most `limit` characters, with an ellipsis when cut.
    public static func snippet(_ quote: String, limit: Int = 60) -> String {
        guard quote.count > limit else { return quote }
        var cut = String(quote.prefix(limit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = String(cut[..<space])
        }
        while cut.last == " " || cut.last == "," { cut.removeLast() }
        return cut + "…"
    }

    /// "Microsoft's AI run rate"; a name that is a list or a description ("Microsoft, Google and
    /// Amazon, together", "The five largest hyperscalers") takes "of" instead: "capex of the
    /// five largest hyperscalers".
    private func owned(_ metric: String, by name: String) -> String {
        let isPhrase = name.contains(",") || name.contains(" and ") || name.hasPrefix("The ") || name.hasPrefix("the ")
        if isPhrase {
            let lowered = name.hasPrefix("The ") ? "the" + name.dropFirst(3) : name
            return "\(metric) of \(lowered)"
        }
        return name.hasSuffix("s") ? "\(name)' \(metric)" : "\(name)'s \(metric)"
    }
}
