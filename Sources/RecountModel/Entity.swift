import RecountCore

/// A company or body whose figures are measured, with its fiscal calendar if it has one.
public struct Entity: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Nil for an entity that reports by calendar year only; fiscal periods are then an error.
    public var fiscalCalendar: FiscalCalendar?
    /// Whether the entity says `metrics declared`: every quantity of it must then name a metric
    /// declared with `metric ENTITY.NAME`, so that a misspelt one is an error.
    public var declaresMetrics: Bool
    public var range: SourceRange

    package init(id: String, name: String, fiscalCalendar: FiscalCalendar? = nil, declaresMetrics: Bool = false,
                 range: SourceRange) {
        self.id = id
        self.name = name
        self.fiscalCalendar = fiscalCalendar
        self.declaresMetrics = declaresMetrics
        self.range = range
    }
}
