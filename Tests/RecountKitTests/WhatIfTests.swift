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
    private func problems(_ argument: String, in project: Project = seed.project,
                          scope: Override.Scope = .article) -> [String] {
        switch WhatIf.parseOverride(argument, in: project, scope: scope) {
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

    @Test func settingWhatTheArticleNeverStatedIsRefusedWithTheEvidenceOption() throws {
        // The ledger has OpenAI's 2024 revenue; the article states no figure for it.
        #expect(problems("openai.revenue @ 2024=$3.7 billion") == ["1-22 R422"])
        #expect(problems("openai.revenue @ 2024=$3.7 billion", scope: .evidence) == [])
        let failure = WhatIf.parseOverride("openai.revenue @ 2024=$3.7 billion", in: Self.seed.project)
        guard case .failure(let refusal) = failure, let d = refusal.diagnostics.first else {
            Issue.record("an override of a figure the article never states was accepted")
            return
        }
        #expect(d.range?.path == "--set")
        #expect(d.message == "the article states no figure for 'openai.revenue @ 2024': --set changes only what the article states")
        #expect(d.hint?.contains("--set-evidence 'openai.revenue @ 2024=VALUE'") == true)
        // A bad evidence override is shown under its own option.
        let bad = WhatIf.parseOverride("msftx.ai=5%", in: Self.seed.project, scope: .evidence)
        guard case .failure(let unknown) = bad else {
            Issue.record("an unknown entity was accepted")
            return
        }
        #expect(unknown.diagnostics.map { "\($0.range?.path ?? "") \($0.code)" } == ["--set-evidence R201"])
    }

    // MARK: Applying

    /// A ledger fact and a claim that state one quantity differently, to set one at a time.
    static let disputed = (ledger: """
        entity x "X"
        source s "S"
          grade primary
        fact x.rev @ 2025 = $100.0B
          source s
        """, claims: """
        claim r
          states x.rev @ 2025 = $120.0B
        """)

    @Test func settingTheArticleLeavesTheLedgersFactAlone() throws {
        let audit = try inlineAudit(Self.disputed.ledger, Self.disputed.claims)
        #expect(audit.results.map(\.verdict) == [.inconsistent])
        let override = try WhatIf.parseOverride("x.rev @ 2025=$100.0B", in: audit.project).get()
        #expect(override.scope == .article)
        let outcome = WhatIf.run([override], on: audit)
        #expect(outcome.replacements == [[WhatIf.Replacement(target: .claim("r"), previous: "$120.0B")]])
        #expect(outcome.audit.project.claim("r")?.stated?.text == "$100.0B")
        #expect(outcome.audit.project.facts.map(\.value.text) == ["$100.0B"])
        // "What if the article had said $100.0B": the claim now agrees with the evidence.
        #expect(outcome.changes.verdicts.map { "\($0.claim) \($0.before.verdict) \($0.after.verdict)" }
                == ["r inconsistent consistent"])
        let text = WhatIfRenderer(style: .plain).render(outcome, baseline: audit)
        #expect(text.hasPrefix("what if the article said x.rev @ 2025 = $100.0B\n    replaces  $120.0B  article, claim r"))
        // The baseline is a value: it is untouched.
        #expect(audit.project.claim("r")?.stated?.text == "$120.0B")
    }

    @Test func settingTheEvidenceLeavesTheArticlesFigureAlone() throws {
        let audit = try inlineAudit(Self.disputed.ledger, Self.disputed.claims)
        let override = try WhatIf.parseOverride("x.rev @ 2025=$120.0B", in: audit.project, scope: .evidence).get()
        let outcome = WhatIf.run([override], on: audit)
        #expect(outcome.replacements == [[WhatIf.Replacement(target: .fact(0), previous: "$100.0B")]])
        #expect(outcome.audit.project.facts.map(\.value.text) == ["$120.0B"])
        #expect(outcome.audit.project.claim("r")?.stated?.text == "$120.0B")
        #expect(outcome.audit.project.facts.count == audit.project.facts.count)
        // "What if the evidence said $120.0B": the article's figure, untouched, now agrees with it.
        #expect(outcome.changes.verdicts.map { "\($0.claim) \($0.before.verdict) \($0.after.verdict)" }
                == ["r inconsistent consistent"])
        let text = WhatIfRenderer(style: .plain).render(outcome, baseline: audit)
        #expect(text.hasPrefix("what if the ledger said x.rev @ 2025 = $120.0B\n    replaces  $100.0B  ledger, s, primary"))
    }

    @Test func bothOptionsTogetherMoveTheQuantityEverywhere() throws {
        let audit = try inlineAudit(Self.disputed.ledger, Self.disputed.claims)
        let article = try WhatIf.parseOverride("x.rev @ 2025=$110.0B", in: audit.project).get()
        let evidence = try WhatIf.parseOverride("x.rev @ 2025=$110.0B", in: audit.project, scope: .evidence).get()
        let outcome = WhatIf.run([article, evidence], on: audit)
        #expect(outcome.replacements.flatMap { $0 }.map(\.target) == [.claim("r"), .fact(0)])
        #expect(outcome.audit.project.claim("r")?.stated?.text == "$110.0B")
        #expect(outcome.audit.project.facts.map(\.value.text) == ["$110.0B"])
        #expect(outcome.audit.results.first?.verdict == .consistent)
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
        let article = try WhatIf.parseOverride("x.rev @ 2025=about $90.0B", in: audit.project).get()
        let evidence = try WhatIf.parseOverride("x.rev @ 2025=about $90.0B", in: audit.project, scope: .evidence).get()
        let (project, _) = WhatIf.apply([article, evidence], to: audit.project)
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
        let override = try WhatIf.parseOverride("x.rev @ 2024=$100B", in: audit.project, scope: .evidence).get()
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
        let override = try WhatIf.parseOverride("openai.revenue @ 2024=$3.7 billion", in: Self.seed.project,
                                                scope: .evidence).get()
        let outcome = WhatIf.run([override], on: Self.seed)
        #expect(outcome.changes.isEmpty)
        #expect(WhatIfRenderer(style: .plain).render(outcome, baseline: Self.seed)
                    .hasSuffix("\n0 verdicts change, 0 claims' figures move; 0 conflicts disappear, 0 appear\n"))
    }
}
