import RecountCore

/// The article a claims file audits.
public struct Article: Sendable, Hashable {
    public var id: String
    public var title: String
    public var author: String?
    public var published: CalendarDate?
    public var url: String?
    /// The path of the article's text, relative to the claims file, if the file names one.
    public var textPath: String?
    /// The BCP 47 tag of the language the article is written in.
    public var language: String?
    /// Who publishes the review of the article's claims, and when and where.
    public var review: ReviewDetails
    public var policy: TolerancePolicy
    /// The claims file that declares the article.
    public var path: String
    public var range: SourceRange

    package init(
        id: String,
        title: String,
        author: String? = nil,
        published: CalendarDate? = nil,
        url: String? = nil,
        textPath: String? = nil,
        language: String? = nil,
        review: ReviewDetails = ReviewDetails(),
        policy: TolerancePolicy,
        path: String,
        range: SourceRange
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.published = published
        self.url = url
        self.textPath = textPath
        self.language = language
        self.review = review
        self.policy = policy
        self.path = path
        self.range = range
    }
}
