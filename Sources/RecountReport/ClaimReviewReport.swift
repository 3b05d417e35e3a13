/// One article's audit as schema.org `ClaimReview` JSON-LD: one review per claim, for search
/// engines and fact-check aggregators, with Recount's arithmetic attached.
///
/// Each review names the quote as `claimReviewed`, the article as the `Claim`'s `appearance`
/// with its author and date, and the verdict as the rating's `alternateName`; Recount's verdicts
/// are not points on a truth scale, so no numeric `ratingValue` is given. The arithmetic goes in
/// an extension property, `arithmetic`, declared in the document's `@context` as a JSON literal
/// (`"@type": "@json"`, JSON-LD 1.1) under `urn:recount:`: it holds the claim's entry of the JSON
/// report (see `ReportSchema.md`), so linked-data tools keep it intact and others ignore it.
public struct ClaimReviewReport {
    public var model: ReportModel

    public init(model: ReportModel) {
        self.model = model
    }

    public func render() -> String { document().serialized() }

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
            ("@graph", .array(model.claims.map(review))),
        ])
    }

    private func review(_ c: ClaimReport) -> JSONValue {
        let a = model.article
        var appearance: [(String, JSONValue)] = [("@type", .string("Article")), ("headline", .string(a.title))]
        // Only a web address is published as the article's URL: a `javascript:` one in a
        // claims file must not become a link on a fact-check page.
        if let url = a.url, MarkdownEscaping.url(url) != nil { appearance.append(("url", .string(url))) }
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
        var review: [(String, JSONValue)] = [
            ("@type", .string("ClaimReview")),
            ("claimReviewed", .string(c.claim.quote ?? ReportSentences.stated(c))),
            ("itemReviewed", .object(item)),
            ("author", .object([("@type", .string("Organization")), ("name", .string("Recount"))])),
        ]
        if let date = model.date { review.append(("datePublished", .string(date.iso))) }
        review += [
            ("reviewRating", .object([
                ("@type", .string("Rating")),
                ("alternateName", .string(c.result.verdict.rawValue)),
                ("ratingExplanation", .string(ReportSentences.meaning(c.result.verdict))),
            ])),
            ("reviewBody", .string(ReportSentences.finding(c, in: model))),
            ("arithmeticSchemaVersion", .string(JSONReport.schemaVersion)),
            ("arithmetic", JSONReport.claim(c, in: model)),
        ]
        return .object(review)
    }
}
