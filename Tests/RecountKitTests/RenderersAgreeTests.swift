import Foundation
import RecountEngine
import RecountKit
import RecountModel
import RecountReport
import Testing

/// The terminal, the Markdown report, the JSON report and ClaimReview say the same thing about
/// each claim, because all of them read the engine's `Decision` rather than deciding.
@Suite struct RenderersAgreeTests {
    /// The article drops a digit of the growth (123% → 12%) and then derives last year's figure
    /// correctly from 123%: the conflict blames the growth, and the derived claim is inconsistent
    /// only because of it.
    static let files: [String: String] = [
        "Evidence/acme.ledger": """
            entity acme "Acme"
            source q "Acme 10-Q"
              grade primary
            fact acme.revenue @ 2026Q1 = $37B
              source q

            """,
        "Claims/t.claims": """
            article t "Acme's growth"
            use "../Evidence/acme.ledger"

            claim growth
              quote "up 12% year-over-year"
              states acme.revenue.yoy @ 2026Q1 = 12%

            claim prior
              quote "was $16.59 billion"
              states acme.revenue @ 2025Q1 = $16.59B
              because acme.revenue @ 2026Q1 / (1 + acme.revenue.yoy @ 2026Q1)

            """,
    ]

    @Test func theEngineAttributesTheDerivedClaimToTheConflict() throws {
        let audit = try ReportFixtures.audit(Self.files)
        let growth = try #require(audit.results.first { $0.claim.id == "growth" })
        let prior = try #require(audit.results.first { $0.claim.id == "prior" })
        guard case .slip(let slip)? = growth.decision.attribution else {
            Issue.record("growth: \(String(describing: growth.decision.attribution))")
            return
        }
        #expect(slip.sentence.contains("123%"))
        guard case .conflict(let index, let member, _)? = prior.decision.attribution else {
            Issue.record("prior: \(String(describing: prior.decision.attribution))")
            return
        }
        #expect(member == .claim("growth"))
        #expect(prior.decision.conflicts.contains(index))
    }

    @Test func everyRendererNamesTheSameCause() throws {
        let model = try ReportFixtures.model(Self.files)
        let audit = model.audit
        let prior = try #require(audit.results.first { $0.claim.id == "prior" })
        let blamed = "claim growth"

        // One sentence, one numbering: the terminal names members as the engine does, the report
        // for readers, and both give the conflict the same number.
        guard case .conflict(let index, _, _)? = prior.decision.attribution else {
            Issue.record("prior: \(String(describing: prior.decision.attribution))")
            return
        }
        let number = try #require(model.conflictNumber(ofAuditIndex: index))
        let terminal = CheckRenderer(style: TerminalStyle(enabled: false)).render(prior, in: audit)
        #expect(terminal.contains("It follows from \(blamed) (conflict #\(number)), whose likely cause is"))

        let markdown = MarkdownReport(model: model).render()
        #expect(markdown.contains("(conflict [#\(number)](#conflict-\(number))), whose likely cause is"))
        #expect(markdown.contains("It follows from the article's"))

        let review = ClaimReviewReport(model: model).render()
        #expect(review.contains("It follows from the article's"))

        let json = try JSONSerialization.jsonObject(with: Data(JSONReport(model: model).render().utf8))
        let claims = try #require((json as? [String: Any])?["claims"] as? [[String: Any]])
        let entry = try #require(claims.first { $0["id"] as? String == "prior" })
        let attribution = try #require((entry["diagnosis"] as? [String: Any])?["attribution"] as? [String: Any])
        #expect(attribution["kind"] as? String == "conflict")
        #expect((attribution["member"] as? [String: Any])?["claim"] as? String == "growth")
        #expect(attribution["conflict"] as? Int == model.conflictNumber(ofAuditIndex: prior.decision.conflicts[0]))
    }
}
