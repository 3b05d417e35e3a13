import RecountCore
import RecountModel

/// One article's audit as schema.org `ClaimReview` JSON-LD, as Google's Fact Check Tools and
/// other fact-check aggregators read it: one review per checked claim, with Recount's arithmetic
/// attached.
///
/// Only claims Recount checked get a review: `consistent`, `approximate` and `inconsistent`.
/// A `sourced` claim rests on the article's word alone and an `undetermined` one could not be
/// recomputed, so publishing a rating for either would claim a review that was not done.
///
/// Each review carries the fields aggregators require or recommend: its own `url` (the report's
/// address plus the claim's anchor), the reviewing organisation as `author`, `datePublished`,
/// `claimReviewed` (the quote, cut to a short summary), `reviewRating` on a three-point scale
/// with a reader's `alternateName`, `inLanguage` of the review, and `itemReviewed`, a `Claim`
/// with the article's author, date and appearance. The arithmetic goes in an extension property,
/// `arithmetic`, declared in the document's `@context` as a JSON literal (`"@type": "@json"`,
/// JSON-LD 1.1) under `urn:recount:`: it holds the claim's entry of the JSON report (see
/// `ReportSchema.md`), so linked-data tools keep it intact and others ignore it.
public struct ClaimReviewReport {
    public var model: ReportModel

    /// The language reviews are written in: Recount writes its findings in English, whatever the
    /// article's language.
    public static let reviewLanguage = "en"
    /// The longest `claimReviewed` aggregators show in full.
    public static let summaryLimit = 75

    public init(model: ReportModel) {
        self.model = model
    }

    public func render() -> String { document().serialized() }

    /// The claims that get a review: those Recount checked.
    public var reviewed: [ClaimReport] {
        model.claims.filter { $0.result.verdict.isChecked }
    }

    /// The required or recommended fields the reviews lack for want of configuration, named by
    /// the claims-file attribute or option that supplies them.
    public var missing: [String] {
        var missing: [String] = []
        if reportAddress == nil { missing.append("url (report-url or --base-url)") }
        if model.article.review.reviewer == nil { missing.append("author (reviewed-by)") }
        if reviewDate == nil { missing.append("datePublished (reviewed or --date)") }
        return missing
    }

    public func document() -> JSONValue {
        .object([
            ("@context", .array([
                .string("https://schema.org"),
                .object([
                    ("recount", .string("urn:recount:")),
                    ("arithmetic", .object([("@id", .string("recount:arithmetic")), ("@type", .string("@json"))])),
                    ("arithmeticSchemaVersion", .string("recount:arithmeticSchemaVersion")),
                ]),
            ])),
            ("@graph", .array(reviewed.map(review))),
        ])
    }

    /// The report's address: `--base-url` places it under the project's published root, else
    /// the article's `report-url`.
    private var reportAddress: String? {
        if let base = model.baseURL { return base + "Reports/" + model.article.id + ".md" }
        return model.article.review.reportURL
    }

    private var reviewDate: CalendarDate? { model.date ?? model.article.review.date }

    private func review(_ c: ClaimReport) -> JSONValue {
        let a = model.article
        var appearance: [(String, JSONValue)] = [("@type", .string("Article")), ("headline", .string(a.title))]
        // Only a web address is published as the article's URL: a `javascript:` one in a
        // claims file must not become a link on a fact-check page.
        if let url = a.url, MarkdownEscaping.url(url) != nil { appearance.append(("url", .string(url))) }
        if let language = a.language { appearance.append(("inLanguage", .string(language))) }
        var item: [(String, JSONValue)] = [("@type", .string("Claim"))]
        if let author = a.author {
            let person = JSONValue.object([("@type", .string("Person")), ("name", .string(author))])
            appearance.append(("author", person))
            item.append(("author", person))
        }
        if let published = a.published {
            appearance.append(("datePublished", .string(published.iso)))
            item.append(("datePublished", .string(published.iso)))
        }
        item.append(("appearance", .object(appearance)))
        item.append(("firstAppearance", .object(appearance)))

        var review: [(String, JSONValue)] = [("@type", .string("ClaimReview"))]
        if let address = reportAddress {
            review.append(("url", .string(address + "#" + MarkdownEscaping.anchor("claim", c.claim.id))))
        }
        review.append(("claimReviewed", .string(Self.summary(c.claim.quote ?? ReportSentences.stated(c)))))
        review.append(("itemReviewed", .object(item)))
        if let reviewer = a.review.reviewer {
            var organisation: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(reviewer))]
            if let url = a.review.reviewerURL { organisation.append(("url", .string(url))) }
            review.append(("author", .object(organisation)))
        }
        if let date = reviewDate { review.append(("datePublished", .string(date.iso))) }
        let rating = Self.rating(c.result.verdict)
        review += [
            ("inLanguage", .string(Self.reviewLanguage)),
            ("reviewRating", .object([
                ("@type", .string("Rating")),
                ("ratingValue", .number(String(rating.value))),
                ("bestRating", .number(String(Self.bestRating))),
                ("worstRating", .number(String(Self.worstRating))),
                ("alternateName", .string(rating.name)),
                ("ratingExplanation", .string(ReportSentences.meaning(c.result.verdict))),
            ])),
            ("reviewBody", .string(ReportSentences.finding(c, in: model))),
            ("arithmeticSchemaVersion", .string(JSONReport.schemaVersion)),
            ("arithmetic", JSONReport.claim(c, in: model)),
        ]
        return .object(review)
    }

    public static let bestRating = 3
    public static let worstRating = 1

    /// A checked verdict on a three-point scale, with the words a reader sees: Recount rates
    /// whether the figure checks out against its evidence, not whether the article is true.
    public static func rating(_ verdict: Verdict) -> (value: Int, name: String) {
        switch verdict {
        case .consistent: (3, "Checks out")
        case .approximate: (2, "Roughly right")
        case .inconsistent, .undetermined, .sourced: (1, "Does not check out")
        }
    }

    /// The quote as a short summary: whole when it fits in `summaryLimit` characters, else cut
    /// at the last space that leaves room for an ellipsis (or at the limit, for writing without
    /// spaces).
    public static func summary(_ quote: String) -> String {
        let text = quote.trimmingSpaces
        guard text.count > summaryLimit else { return text }
        let room = text.prefix(summaryLimit - 1)
        let endsAWord = text.dropFirst(room.count).first == " "
        let cut = endsAWord ? room : room.lastIndex(of: " ").map { room[..<$0] } ?? room
        return String(cut).trimmingSpaces + "…"
    }
}
