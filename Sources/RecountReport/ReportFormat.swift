/// The formats `recount report` writes, and the renderer of each.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// The audit report for people, in Markdown (`MarkdownReport`).
    case markdown
    /// The same content for machines, in JSON with a versioned schema (`JSONReport`).
    case json
    /// schema.org ClaimReview JSON-LD, one review per claim (`ClaimReviewReport`).
    case claimreview

    /// The file name ending a report in this format gets in `Reports/`.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .json: "json"
        case .claimreview: "claimreview.jsonld"
        }
    }

    /// The format a file name asks for: `.jsonld` is ClaimReview, `.json` is JSON, `.md` and
    /// `.markdown` are Markdown; nil for any other name.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".jsonld") {
            self = .claimreview
        } else if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else {
            return nil
        }
    }

    /// The report of one article in this format.
    public func render(_ model: ReportModel) -> String {
        switch self {
        case .markdown: MarkdownReport(model: model).render()
        case .json: JSONReport(model: model).render()
        case .claimreview: ClaimReviewReport(model: model).render()
        }
    }
}
