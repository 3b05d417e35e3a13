import Foundation
import RecountKit
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

    @Test func theInconsistentClaimsAreExactlyThese() {
        let inconsistent = Set(Self.audit().results.filter { $0.verdict == .inconsistent }.map(\.claim.id))
        #expect(inconsistent == ["msft-capex", "msft-growth", "msft-prior-year", "zh-msft-tenth"])
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
