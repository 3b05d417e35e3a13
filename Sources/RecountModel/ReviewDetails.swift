/// Who publishes the review of an article's claims, when and where: what a fact-check page and
/// its ClaimReview name as the reviewer, the date and the address.
///
/// Written in the claims file's `article` block (`reviewed-by`, `reviewer-url`, `reviewed`,
/// `report-url`) so that every run publishes the same review; `recount report --date` and
/// `--base-url` override the date and the address for one run.
public struct ReviewDetails: Sendable, Hashable {
    /// The reviewing organisation's name: ClaimReview's `author`.
    public var reviewer: String?
    /// The reviewing organisation's web address.
    public var reviewerURL: String?
    /// The date the review is published: ClaimReview's `datePublished`.
    public var date: CalendarDate?
    /// The address the report is published at; each review's `url` is it plus the claim's anchor.
    public var reportURL: String?

    public init(reviewer: String? = nil, reviewerURL: String? = nil, date: CalendarDate? = nil, reportURL: String? = nil) {
        self.reviewer = reviewer
        self.reviewerURL = reviewerURL
        self.date = date
        self.reportURL = reportURL
    }
}
