import RecountCore

/// An entity's metric over a period: the thing a figure measures.
///
/// Two quantities are the same when entity, metric and the days their periods cover are the
/// same, so `msft.revenue @ FY2025Q3` and `msft.revenue @ 2025Q1` are one quantity.
public struct Quantity: Sendable, Hashable, Comparable {
    public var entity: String
    /// The metric path after the entity, e.g. `ai_run_rate.yoy`.
    public var metric: String
    public var span: PeriodSpan?

    public var name: String { "\(entity).\(metric)" }

    public static func < (a: Quantity, b: Quantity) -> Bool {
        // Compared part by part: building the dotted name for every comparison is costly in
        // sorts of many quantities, and the order is the same.
        if a.entity != b.entity { return a.entity < b.entity }
        if a.metric != b.metric { return a.metric < b.metric }
        switch (a.span, b.span) {
        case let (x?, y?): return x < y
        case (nil, _?): return true
        default: return false
        }
    }

    package init(entity: String, metric: String, span: PeriodSpan? = nil) {
        self.entity = entity
        self.metric = metric
        self.span = span
    }
}

/// A quantity as written at one place in a file.
public struct QuantityReference: Sendable, Hashable {
    public var quantity: Quantity
    /// The text as written: `msft.ai_run_rate @ FY2026Q3`.
    public var text: String
    public var range: SourceRange

    package init(quantity: Quantity, text: String, range: SourceRange) {
        self.quantity = quantity
        self.text = text
        self.range = range
    }
}
