import Foundation
@testable import RecountEngine
@testable import RecountKit
@testable import RecountReport
import Testing

@Suite struct ImpactTests {
    /// A ledger revenue of $120B a year, a monthly figure computed from it, a comparison, and
    /// a claim that states the revenue itself.
    static let ledger = """
        entity x "X"
        source s "S"
          grade primary
        fact x.rev @ 2025 = $120B
          source s
        """
    static let claims = """
        claim monthly
          states about $10.0B/month
          because x.rev @ 2025
        claim big
          holds x.rev @ 2025 > $100B/yr
        claim restated
          states x.rev @ 2025 = $120 billion
        claim other
          states $5B
          because $2B + $3B
        """

    @Test func marginsMatchTheArithmetic() throws {
        let audit = try inlineAudit(Self.ledger, Self.claims)
        let q = try WhatIf.parseQuantity("x.rev @ 2025", in: audit.project).get()
        let impact = try #require(Impact.run(q, on: audit))
        #expect(impact.center == 120)
        #expect(impact.runs <= Impact.maximumRuns)
        #expect(impact.claims.map(\.claim.id) == ["monthly", "big", "restated"])
        let tolerance = Impact.precision * 120

        // "about $10.0B/month" is consistent while x / 12 is within [9.95, 10.05].
        let monthly = try #require(impact.claims.first { $0.claim.id == "monthly" })
        #expect(monthly.ways == [.reads(through: [])])
        let low = try #require(monthly.margin.lower.value)
        let high = try #require(monthly.margin.upper.value)
        #expect(low >= 119.4 && low - 119.4 <= tolerance)
        #expect(high <= 120.6 && 120.6 - high <= tolerance)
        #expect(monthly.margin.lower == .flips(at: low, to: .approximate))

        // "x > $100B/yr" holds for exact values above 100, and for every value above.
        let big = try #require(impact.claims.first { $0.claim.id == "big" })
        let floor = try #require(big.margin.lower.value)
        #expect(floor > 100 && floor - 100 <= tolerance)
        #expect(big.margin.upper.value == nil)
        #expect(big.margin.lower == .flips(at: floor, to: .inconsistent))

        // Restating the figure moves it together with the ledger: never flips.
        let restated = try #require(impact.claims.first { $0.claim.id == "restated" })
        #expect(restated.ways.contains(.states))
        #expect(restated.margin.lower.value == nil && restated.margin.upper.value == nil)

        // Every verdict: the narrowest of them.
        #expect(impact.margin.lower == monthly.margin.lower)
        #expect(impact.margin.upper == monthly.margin.upper)
    }

    @Test func theMarginsHoldInsideAndBreakOutside() throws {
        let audit = try inlineAudit(Self.ledger, Self.claims)
        let q = try WhatIf.parseQuantity("x.rev @ 2025", in: audit.project).get()
        let impact = try #require(Impact.run(q, on: audit))
        for dependent in impact.claims {
            for (bound, side) in [(dependent.margin.lower, -1.0), (dependent.margin.upper, 1.0)] {
                guard let edge = bound.value else { continue }
                for (x, inside) in [(edge, true), (edge + side * 2 * Impact.precision * 120, false)] {
                    // Impact moves every stated value, as the article's and the ledger's.
                    let override = try WhatIf.parseOverride("x.rev @ 2025=exactly $\(x)B", in: audit.project,
                                                            scope: .everywhere).get()
                    let moved = WhatIf.run([override], on: audit).changes.verdicts.map(\.claim)
                    #expect(moved.contains(dependent.claim.id) == !inside, "\(dependent.claim.id) at \(x)")
                }
            }
        }
    }

    @Test func aClaimThatDisagreesWithTheLedgerMovesAtTheStatedValue() throws {
        let audit = try inlineAudit(Self.ledger, """
            claim wrong
              states x.rev @ 2025 = $150B
            """)
        #expect(audit.results.first?.verdict == .inconsistent)
        let q = try WhatIf.parseQuantity("x.rev @ 2025", in: audit.project).get()
        let impact = try #require(Impact.run(q, on: audit))
        #expect(impact.claims.first?.margin.movesAtCenter == .consistent)
        let text = ImpactRenderer(style: .plain).render(impact, baseline: audit)
        #expect(text.contains("holds     nowhere: at $120B it is already consistent"))
        #expect(text.contains("except wrong, which move at $120B itself"))
    }

    @Test func nothingStatesTheQuantity() throws {
        let audit = try inlineAudit(Self.ledger, Self.claims)
        let q = try WhatIf.parseQuantity("x.rev @ 2024", in: audit.project).get()
        #expect(Impact.run(q, on: audit) == nil)
    }

    @Test func theSeedsRunRateReachesTheClaimsThatReadIt() throws {
        let seed = WhatIfTests.seed
        let q = try WhatIf.parseQuantity("msft.ai_run_rate @ FY2026Q3", in: seed.project).get()
        let ways = Impact.dependencies(of: q.quantity, in: seed)
        #expect(ways["msft-run-rate"]?.contains(.states) == true)
        #expect(ways["zh-msft-run-rate"]?.contains(.states) == true)
        #expect(ways["msft-monthly"] == [.reads(through: [])])
        #expect(ways["msft-prior-year"]?.contains(.reads(through: ["growth (yoy)"])) == true)
        #expect(ways["zh-msft-tenth"] == [.reads(through: [])])
        #expect(ways["openai-revenue"] == nil)
    }
}
