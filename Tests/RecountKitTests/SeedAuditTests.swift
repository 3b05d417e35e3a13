import Foundation
import RecountEngine
import RecountKit
import RecountModel
import RecountReport
import Testing

/// The audit of the committed seed article: the findings a reader is promised.
@Suite struct SeedAuditTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func audit() -> Audit { Audit.run(paths: [], root: root) }

    @Test func theCommittedFilesLoadWithoutErrors() {
        let audit = Self.audit()
        #expect(!audit.loadFailed, "\(audit.diagnostics.map(\.message))")
    }

    /// Any change to the engine or the data that moves a verdict shows up here in review.
    ///
    /// Two claims moved when whole numbers came to be rounded at their last non-zero digit:
    /// gpu-demand went from inconsistent to approximate, since "about 30GW" reaches 35 GW, and
    /// openai-share-of-msft-ai from approximate to consistent, since "~70%" is 65% to 75%.
    @Test func theInconsistentClaimsAreExactlyThese() {
        let inconsistent = Set(Self.audit().results.filter { $0.verdict == .inconsistent }.map(\.claim.id))
        #expect(inconsistent == [
            "crwv-share-floor", "msft-capex", "msft-growth", "msft-prior-year", "openai-revenue",
            "zh-msft-tenth", "zh-openai-revenue",
        ])
        let approximate = Set(Self.audit().results.filter { $0.verdict == .approximate }.map(\.claim.id))
        #expect(approximate == ["gpu-demand", "openai-inference-annualized"])
    }

    @Test func everyClaimGetsTheVerdictItExpects() {
        let audit = Self.audit()
        #expect(audit.results.count > 60)
        #expect(audit.claimsWithoutExpectation.isEmpty)
        #expect(audit.expectationMismatches.map(\.claim.id) == [])
    }

    /// Every quote is verbatim in the article. The article is not part of the project, so the
    /// test reads it from the workplace's shared folder and skips when it is absent.
    @Test func everyQuoteIsInTheArticle() throws {
        let seed = Self.root.deletingLastPathComponent().appendingPathComponent("shared/seed/000_64e684dba9363d6b.txt")
        guard FileManager.default.fileExists(atPath: seed.path) else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recount-seed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Articles"), withIntermediateDirectories: true)
        for name in ["Claims", "Evidence"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("Articles/seed.txt"))
        let claims = folder.appendingPathComponent("Claims/ai-black-hole.claims")
        let text = try String(contentsOf: claims, encoding: .utf8)
            .replacingOccurrences(of: "  published 2026-07-02\n", with: "  published 2026-07-02\n  text \"../Articles/seed.txt\"\n")
        try Data(text.utf8).write(to: claims)
        let audit = Audit.run(paths: [], root: folder)
        let quoteProblems = audit.diagnostics.filter { ["R407", "R408", "R409"].contains($0.code) }
        #expect(quoteProblems.map { "\($0.range?.description ?? "") \($0.message)" } == [])
        #expect(audit.project.articles.first?.textPath == "../Articles/seed.txt")
    }

    @Test func theGrowthConflictHasItsMinimalSetAndNamesTheDroppedDigit() throws {
        let audit = Self.audit()
        let members: [Base] = [.claim("msft-growth"), .claim("msft-prior-year"), .claim("msft-run-rate")]
        let conflict = try #require(audit.conflicts.first { $0.support == members.sorted() })
        let cause = try #require(conflict.cause)
        #expect(cause.member == .claim("msft-growth"))
        #expect(cause.slip == .droppedDigit(implied: "123%", printed: "12%"))
        // Each side's derivation ends in the figures of the set, with their origins.
        let leaves = (conflict.left.leaves + conflict.right.leaves).compactMap { d -> String? in
            if case .input(_, _, .claim(let id, _)) = d.step { return id }
            return nil
        }
        #expect(Set(leaves) == ["msft-growth", "msft-prior-year", "msft-run-rate"])
    }

    @Test func theGrowthClaimIsBlamedOnTheDroppedDigit() throws {
        let growth = try #require(Self.audit().results.first { $0.claim.id == "msft-growth" })
        #expect(growth.cause == .droppedDigit(implied: "123%", printed: "12%"))
    }

    @Test func theSummarysTenthIsAPeriodSlip() throws {
        let tenth = try #require(Self.audit().results.first { $0.claim.id == "zh-msft-tenth" })
        #expect(tenth.verdict == .inconsistent)
        guard case .period(_, _, let factor)? = tenth.cause else {
            Issue.record("expected a period slip, got \(String(describing: tenth.cause))")
            return
        }
        // A year's revenue compared where the body compared a month's.
        #expect(factor == "÷12")
    }

    @Test func theMonthlyFiguresAreConsistentByComputation() throws {
        let audit = Self.audit()
        for id in ["msft-monthly", "msft-prior-monthly"] {
            let result = try #require(audit.results.first { $0.claim.id == id })
            #expect(result.verdict == .consistent, "\(id)")
            #expect(result.checks.contains { $0.basis == .formula && $0.verdict == .consistent }, "\(id)")
        }
    }
}
