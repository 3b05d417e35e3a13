import Foundation
@testable import RecountCore
@testable import RecountEngine
@testable import RecountKit
@testable import RecountModel
@testable import RecountReport
import Testing

/// An audit of an inline project (ledger plus claims), as `Audit.run` would give it.
func inlineAudit(_ ledgerText: String, _ claims: String,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Audit {
    let project = try loadInline(ledgerText, claims, sourceLocation: sourceLocation)
    let analysis = Engine.analyze(project)
    return Audit(files: [:], project: project, results: analysis.results, conflicts: analysis.conflicts,
                 diagnostics: analysis.diagnostics)
}

@Suite struct WhatIfTests {
    static let seed = SeedAuditTests.audit()

    /// `column-column code` for each problem with an override.
    private func problems(_ argument: String, in project: Project = seed.project) -> [String] {
        switch WhatIf.parseOverride(argument, in: project) {
        case .success: return []
        case .failure(let failure):
            return failure.diagnostics.map { d in
                "\(d.range?.start.column ?? 0)-\(d.range?.end.column ?? 0) \(d.code)"
            }
        }
    }

    // MARK: Parsing

    @Test func anOverrideIsReadLikeAFactLine() throws {
        let override = try WhatIf.parseOverride("msft.ai_run_rate @ FY2025Q3=about $16.6 billion/yr", in: Self.seed.project).get()
        #expect(override.quantity.text == "msft.ai_run_rate @ FY2025Q3")
        #expect(override.value.text == "about $16.6 billion/yr")
        #expect(override.value.hedge == .about)
        // The fiscal quarter is the calendar quarter Jan–Mar 2025.
        let calendar = try WhatIf.parseQuantity("msft.ai_run_rate @ 2025Q1", in: Self.seed.project).get()
        #expect(calendar.quantity == override.quantity.quantity)
    }

    @Test func aBadOverrideIsPositionedInTheArgument() {
        // "msft.ai_run_rate.yoy @ FY2026Q3=12 3%": the stray "3%" is at column 36.
        #expect(problems("msft.ai_run_rate.yoy @ FY2026Q3=12 3%") == ["36-38 R101"])
        #expect(problems("msftx.ai=5%") == ["1-9 R201"])
        #expect(problems("msft.ai @ FY2026Q9=1") == ["11-19 R206"])
        #expect(problems("msft.ai=5xyz") == ["9-13 R205"])
        #expect(problems("no equals sign") == ["1-15 R101"])
        #expect(problems("msft.ai @ FY2026Q3=") == ["20-21 R101"])
        // A percentage for an amount per year would never meet the quantity's other values.
        #expect(problems("msft.ai_run_rate @ FY2026Q3=5%") == ["29-31 R401"])
    }

    // MARK: Applying

    @Test func anOverrideReplacesEveryStatedValue() throws {
        let override = try WhatIf.parseOverride("msft.ai_run_rate.yoy @ FY2026Q3=123%", in: Self.seed.project).get()
        let (project, replaced) = WhatIf.apply([override], to: Self.seed.project)
        let targets = replaced.flatMap { $0 }.map(\.target)
        #expect(targets.filter { if case .fact = $0 { true } else { false } }.count == 2)
        #expect(targets.contains(.claim("msft-growth")))
        #expect(replaced.flatMap { $0 }.map(\.previous) == ["123%", "123%", "12%"])
        #expect(project.claim("msft-growth")?.stated?.text == "123%")
        #expect(project.facts.count == Self.seed.project.facts.count)
        // The baseline is a value: it is untouched.
        #expect(Self.seed.project.claim("msft-growth")?.stated?.text == "12%")
    }

    @Test func aClaimKeepsItsArticlesTolerance() throws {
        let audit = try inlineAudit("""
            entity x "X"
            source s "S"
              grade primary
            fact x.rev @ 2025 = $100B
              source s
            """, """
              tolerance about 10%
            claim r
              states x.rev @ 2025 = about $100B
            """)
        let override = try WhatIf.parseOverride("x.rev @ 2025=about $90.0B", in: audit.project).get()
        let (project, _) = WhatIf.apply([override], to: audit.project)
        let claimed = try #require(project.claim("r")?.stated)
        let fact = try #require(project.facts.first?.value)
        // About $90.0B ([89.95, 90.05]) within 10% of 90 reaches down to $80.95B for the claim,
        // within the standard 5% to $85.45B for the ledger.
        #expect(abs(claimed.accepted.lower - 80.95e9) < 1e3)
        #expect(abs(fact.accepted.lower - 85.45e9) < 1e3)
    }

    @Test func aQuantityNothingStatesIsAddedAsAFact() throws {
        let audit = try inlineAudit("""
            entity x "X"
            source s "S"
              grade primary
            fact x.rev @ 2025 = $110B
              source s
            """, """
            claim growth
              states x.rev.yoy @ 2025 = 10%
            """)
        #expect(audit.results.first?.verdict == .sourced)
        let override = try WhatIf.parseOverride("x.rev @ 2024=$100B", in: audit.project).get()
        let outcome = WhatIf.run([override], on: audit)
        #expect(outcome.replacements == [[WhatIf.Replacement(target: .added(1), previous: nil)]])
        #expect(outcome.audit.project.facts.last?.source == WhatIf.addedSource)
        // With last year's revenue known, the growth claim can be checked.
        #expect(outcome.changes.verdicts.map { "\($0.claim) \($0.before.verdict) \($0.after.verdict)" }
                == ["growth sourced consistent"])
    }

    // MARK: What changes

    @Test func settingTheGrowthTo123PercentClearsTheDroppedDigit() throws {
        let override = try WhatIf.parseOverride("msft.ai_run_rate.yoy @ FY2026Q3=123%", in: Self.seed.project).get()
        let outcome = WhatIf.run([override], on: Self.seed)
        let moved = outcome.changes.verdicts.map { "\($0.claim) \($0.before.verdict) → \($0.after.verdict)" }
        #expect(moved == ["msft-growth inconsistent → consistent", "msft-prior-year inconsistent → consistent"])
        #expect(outcome.changes.appeared.isEmpty)
        #expect(!outcome.changes.disappeared.isEmpty)
        #expect(outcome.changes.disappeared.allSatisfy { $0.support.contains(.claim("msft-growth")) })
        let text = WhatIfRenderer(style: .plain).render(outcome, baseline: Self.seed)
        #expect(text.contains("✓ msft-growth  inconsistent → consistent"))
        #expect(text.contains("    stated    12% → 123%"))
        #expect(text.hasSuffix("2 verdicts change, 0 claims' figures move; 4 conflicts disappear, 0 appear\n"))
    }

    @Test func anOverrideThatChangesNothingSaysSo() throws {
        let override = try WhatIf.parseOverride("openai.revenue @ 2024=$3.7 billion", in: Self.seed.project).get()
        let outcome = WhatIf.run([override], on: Self.seed)
        #expect(outcome.changes.isEmpty)
        #expect(WhatIfRenderer(style: .plain).render(outcome, baseline: Self.seed)
                    .hasSuffix("\n0 verdicts change, 0 claims' figures move; 0 conflicts disappear, 0 appear\n"))
    }
}
