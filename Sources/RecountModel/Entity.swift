import RecountCore

/// A company or body whose figures are measured, with its fiscal calendar if it has one.
public struct Entity: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Nil for an entity that reports by calendar year only; fiscal periods are then an error.
    public var fiscalCalendar: FiscalCalendar?
    public var range: SourceRange

    package init(id: String, name: String, fiscalCalendar: FiscalCalendar? = nil, range: SourceRange) {
        self.id = id
        self.name = name
        self.fiscalCalendar = fiscalCalendar
        self.range = range
    }
}
