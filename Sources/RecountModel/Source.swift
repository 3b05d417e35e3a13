import RecountCore

/// Where ledger figures come from, and how much weight they carry.
public struct Source: Sendable, Hashable {
    public var id: String
    public var title: String
    public var url: String?
    public var grade: Grade
    public var date: CalendarDate?
    public var notes: [String]
    public var range: SourceRange

    /// How close a source is to the figure's origin.
    public enum Grade: String, Sendable, Hashable, CaseIterable {
        /// The issuer's own document: a filing, a release, an audited report.
        case primary
        /// A report or summary that quotes a primary document.
        case secondary
        /// Another article.
        case article
    }

    package init(
        id: String,
        title: String,
        url: String? = nil,
        grade: Grade,
        date: CalendarDate? = nil,
        notes: [String],
        range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.grade = grade
        self.date = date
        self.notes = notes
        self.range = range
    }
}
