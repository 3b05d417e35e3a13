import RecountCore

/// What a metric measures: whether it is a stock or a flow, and how it is defined from others.
public struct Metric: Sendable, Hashable {
    /// The full name, `entity.metric`.
    public var name: String
    public var title: String?
    public var kind: Kind?
    /// The definition, with period-less quantity references, applied at every period.
    public var definition: Formula?
    /// How the definition is named in explanations.
    public var relation: Relation?
    public var range: SourceRange

    /// A stock is measured at a point in time (debt, cash); a flow accumulates over a period
    /// (revenue, capital expenditure), so an amount over a quarter is also a rate per year.
    public enum Kind: String, Sendable, Hashable {
        case stock
        case flow
    }

    /// The names a definition may carry: `relation share` says that `equals a / b` is a share.
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        case share, margin, sum, difference, multiple, ratio
    }

    package init(
        name: String,
        title: String? = nil,
        kind: Kind? = nil,
        definition: Formula? = nil,
        relation: Relation? = nil,
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
