import RecountCore

/// What a metric measures: whether it is a stock or a flow, and how it is defined from others.
public struct Metric: Sendable, Hashable {
    /// The full name, `entity.metric`.
    public var name: String
    public var title: String?
    public var kind: Kind?
    /// The definition, with period-less quantity references, applied at every period.
    public var definition: Formula?
    /// How the definition is named in explanations: share, margin, sum, difference, multiple, ratio.
    public var relation: String?
    public var range: SourceRange

    /// A stock is measured at a point in time (debt, cash); a flow accumulates over a period
    /// (revenue, capital expenditure), so an amount over a quarter is also a rate per year.
    public enum Kind: String, Sendable, Hashable {
        case stock
        case flow
    }

    /// The relation names a definition may carry.
    public static let relationNames: Set<String> = ["share", "margin", "sum", "difference", "multiple", "ratio"]

    package init(
        name: String,
        title: String? = nil,
        kind: Kind? = nil,
        definition: Formula? = nil,
        relation: String? = nil,
        range: SourceRange
    ) {
        self.name = name
        self.title = title
        self.kind = kind
        self.definition = definition
        self.relation = relation
        self.range = range
    }
}
