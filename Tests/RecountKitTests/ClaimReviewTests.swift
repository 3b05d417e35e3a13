import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountModel
import RecountReport
import Testing

/// ClaimReview as fact-check aggregators take it: the fields Google's Fact Check Tools require
/// or recommend on every review, reviews only for checked claims, and a warning when the claims
/// file leaves the review incomplete.
@Suite struct ClaimReviewTests {
    /// The small fixture with its article block saying who reviews it, when and where.
    static let configured: [String: String] = {
        var files = ReportFixtures.small
        files["Claims/acme-story.claims"] = files["Claims/acme-story.claims"]?.replacingAll(
            "  url \"https://example.com/story\"\n",
            with: """
                  url "https://example.com/story"
                  language en-GB
                  reviewed-by "The Numbers Desk"
                  reviewer-url "https://desk.example.org/"
                  reviewed 2026-03-04
                  report-url "https://desk.example.org/audits/acme-story"

                """)
        return files
    }()

    /// What one review lacks of the fields aggregators require (`url`, `claimReviewed`,
    /// `reviewRating` with its `alternateName`) or recommend (`author`, `datePublished`, a rating
    /// scale, `itemReviewed` as a `Claim` with its author, date and appearance).
    static func problems(_ review: ParsedJSON) -> [String] {
        var problems: [String] = []
        func require(_ ok: Bool, _ what: String) { if !ok { problems.append(what) } }
        require(review["@type"] == .string("ClaimReview"), "@type ClaimReview")
        let url = review["url"]?.stringValue ?? ""
        require(url.hasPrefix("https://") && url.contains("#"), "url with an anchor")
        let summary = review["claimReviewed"]?.stringValue ?? ""
        require(!summary.isEmpty && summary.count <= ClaimReviewReport.summaryLimit, "claimReviewed, short")
        require(review["author"]?["@type"] == .string("Organization"), "author Organization")
        require(!(review["author"]?["name"]?.stringValue ?? "").isEmpty, "author name")
        require(CalendarDate(iso: review["datePublished"]?.stringValue ?? "") != nil, "datePublished")
        require(review["inLanguage"]?.stringValue.map(LanguageTag.isValid) == true, "inLanguage")
        let rating = review["reviewRating"]
        require(rating?["@type"] == .string("Rating"), "reviewRating Rating")
        let value = rating?["ratingValue"]?.numberValue, best = rating?["bestRating"]?.numberValue
        let worst = rating?["worstRating"]?.numberValue
        if let value, let best, let worst {
            require(worst <= value && value <= best && worst < best, "ratingValue within worstRating...bestRating")
        } else {
            problems.append("ratingValue, bestRating and worstRating")
        }
        require(!(rating?["alternateName"]?.stringValue ?? "").isEmpty, "alternateName")
        let item = review["itemReviewed"]
        require(item?["@type"] == .string("Claim"), "itemReviewed Claim")
        require(item?["author"]?["name"] != nil, "itemReviewed author")
        require(item?["datePublished"] != nil, "itemReviewed datePublished")
        require(item?["appearance"]?["@type"] != nil && item?["firstAppearance"]?["@type"] != nil,
                "itemReviewed appearance and firstAppearance")
        return problems
    }

    static func reviews(_ model: ReportModel) throws -> [ParsedJSON] {
        try ParsedJSON.parse(ClaimReviewReport(model: model).render())["@graph"]?.arrayValue ?? []
    }

    @Test func aConfiguredArticleGivesEveryReviewItsRequiredFields() throws {
        let model = try ReportFixtures.model(Self.configured)
        let reviews = try Self.reviews(model)
        #expect(!reviews.isEmpty)
        for review in reviews {
            let problems = Self.problems(review)
            #expect(problems.isEmpty, "\(review["arithmetic"]?["id"]?.stringValue ?? "?"): \(problems)")
        }
        let first = try #require(reviews.first)
        #expect(first["url"]?.stringValue == "https://desk.example.org/audits/acme-story#claim-revenue")
        #expect(first["author"]?["name"]?.stringValue == "The Numbers Desk")
        #expect(first["author"]?["url"]?.stringValue == "https://desk.example.org/")
        #expect(first["datePublished"]?.stringValue == "2026-03-04")
        #expect(first["itemReviewed"]?["appearance"]?["inLanguage"]?.stringValue == "en-GB")
        #expect(ClaimReviewReport(model: model).missing.isEmpty)
    }

    @Test func theValidatorNoticesAMissingField() throws {
        let model = try ReportFixtures.model(ReportFixtures.small)
        let review = try #require(try Self.reviews(model).first)
        let problems = Self.problems(review)
        #expect(problems.contains("url with an anchor"))
        #expect(problems.contains("author Organization"))
        #expect(problems.contains("datePublished"))
    }

    @Test func baseURLAndDateOverrideTheClaimsFile() throws {
        var model = try ReportFixtures.model(Self.configured, date: CalendarDate(iso: "2026-05-06"))
        model.baseURL = "https://github.com/desk/audits/blob/main/"
        let first = try #require(try Self.reviews(model).first)
        #expect(first["url"]?.stringValue
                == "https://github.com/desk/audits/blob/main/Reports/acme-story.md#claim-revenue")
        #expect(first["datePublished"]?.stringValue == "2026-05-06")
    }

    @Test func onlyCheckedClaimsAreReviewed() throws {
        let model = try ReportFixtures.model(Self.configured)
        let reviewed = try Self.reviews(model).compactMap { $0["arithmetic"]?["id"]?.stringValue }
        #expect(reviewed == model.claims.filter { $0.result.verdict.isChecked }.map(\.claim.id))
        #expect(!reviewed.contains("outlook"), "a sourced claim got a rating")
        #expect(model.claims.contains { $0.claim.id == "outlook" && $0.result.verdict == .sourced })
    }

    @Test func ratingsRunFromWorstToBestInVerdictOrder() {
        let values = [Verdict.inconsistent, .approximate, .consistent].map { ClaimReviewReport.rating($0).value }
        #expect(values == [ClaimReviewReport.worstRating, 2, ClaimReviewReport.bestRating])
        #expect(ClaimReviewReport.rating(.inconsistent).name == "Does not check out")
    }

    @Test func aLongQuoteIsCutAtAWordForItsSummary() {
        let quote = "The five largest operators plan to spend well over one trillion dollars on new capacity between now and 2030"
        let summary = ClaimReviewReport.summary(quote)
        #expect(summary == "The five largest operators plan to spend well over one trillion dollars on…")
        #expect(ClaimReviewReport.summary(quote.replacingAll("dollars on", with: "dollars upon"))
                == "The five largest operators plan to spend well over one trillion dollars…")
        #expect(summary.count <= ClaimReviewReport.summaryLimit)
        let unspaced = String(repeating: "數", count: 90)
        #expect(ClaimReviewReport.summary(unspaced) == String(repeating: "數", count: 74) + "…")
        #expect(ClaimReviewReport.summary("  short  ") == "short")
    }

    @Test func anIncompleteReviewIsAWarningNamingWhatToAdd() throws {
        let model = try ReportFixtures.model(ReportFixtures.small)
        let warnings = ReportFiles.warnings([model], formats: [.claimreview])
        let warning = try #require(warnings.first)
        #expect(warning.code == "R432")
        #expect(warning.message.contains("no url (report-url or --base-url), no author (reviewed-by)"))
        #expect(ReportFiles.warnings([model], formats: [.markdown, .json]).isEmpty)
        #expect(ReportFiles.warnings([try ReportFixtures.model(Self.configured)], formats: [.claimreview]).isEmpty)
    }

    @Test func languageTagsAndWebAddressesAreChecked() throws {
        let (_, diagnostics) = resolveText("""
            article a "A"
              language en_GB
              report-url "javascript:alert(1)"
              reviewer-url "desk.example.org"
            """, path: "Claims/a.claims")
        #expect(diagnostics.map(\.code) == ["R226", "R227", "R227"])
        #expect(diagnostics.contains { $0.message == "report-url 'javascript:alert(1)' is not a web address" })
        #expect(LanguageTag.isValid("zh-Hant-TW") && LanguageTag.isValid("pt-BR") && LanguageTag.isValid("yue"))
        #expect(!LanguageTag.isValid("e") && !LanguageTag.isValid("en_GB") && !LanguageTag.isValid("en-") && !LanguageTag.isValid("abcd"))
    }

    @Test func theSeedsReviewsEachHaveAnAddressAndTheConfiguredReviewer() throws {
        let audit = SeedAuditTests.audit()
        let model = try #require(ReportModel.all(audit).first)
        let reviews = try Self.reviews(model)
        #expect(reviews.count == model.claims.filter { $0.result.verdict.isChecked }.count)
        for review in reviews {
            #expect(Self.problems(review).isEmpty, "\(Self.problems(review))")
            #expect(review["author"]?["name"]?.stringValue == model.article.review.reviewer)
        }
    }
}
