/// The article a claims file audits.
public struct Article: Sendable, Hashable {
    public var id: String
    public var title: String
    public var author: String?
    public var published: CalendarDate?
    public var url: String?
    /// The path of the article's text, relative to the claims file, if the file names one.
    public var textPath: String?
    public var policy: TolerancePolicy
    /// The claims file that declares the article.
    public var path: String
    public var range: SourceRange
}
