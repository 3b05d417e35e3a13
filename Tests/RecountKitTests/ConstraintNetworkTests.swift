import RecountCore
@testable import RecountEngine
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// The engine as a constraint network: verdicts that do not depend on the order of the input,
/// the tightest evidence, claim ids as the figures they state, and long chains followed.
@Suite struct ConstraintNetworkTests {
    static let acme = """
        entity acme "Acme"
        source press "A press report"
          grade secondary
        source q "Acme 10-Q"
          grade primary

        """

    /// Six claims on Q1, Q2 and H1: three loose, three precise. The precise ones cannot all be
    /// true ([20.79, 20.81] does not meet [19.595, 19.605]), whichever come first.
    static let looseThenPrecise = [
        "claim q1\n  states acme.revenue @ 2025Q1 = over $5B\n",
        "claim q2\n  states acme.revenue @ 2025Q2 = over $5B\n",
        "claim h1\n  states acme.revenue @ 2025H1 = over $10B\n",
        "claim t-q1\n  states acme.revenue @ 2025Q1 = $10.40B\n",
        "claim t-q2\n  states acme.revenue @ 2025Q2 = $10.40B\n",
        "claim t-h1\n  states acme.revenue @ 2025H1 = $19.60B\n",
    ]

    @Test func aConflictIsFoundWhateverTheOrderOfTheClaims() throws {
        var outcomes = Set<[String]>()
        for order in [looseThenPreciseOrder, looseThenPreciseOrder.reversed(), [3, 0, 4, 1, 5, 2]] {
            let claims = order.map { Self.looseThenPrecise[$0] }.joined(separator: "\n")
            let analyzed = try analyzeInline(Self.acme, claims)
            let conflicts = analyzed.analysis.conflicts.map { analyzed.names($0.support).sorted() }
            #expect(conflicts == [["claim t-h1", "claim t-q1", "claim t-q2"]], "\(order)")
            let verdicts = analyzed.analysis.results.sorted { $0.claim.id < $1.claim.id }
                .map { "\($0.claim.id) \($0.verdict)" }
            outcomes.insert(verdicts)
        }
        #expect(outcomes.count == 1, "\(outcomes)")
    }

    private var looseThenPreciseOrder: [Int] { Array(0..<6) }

    @Test func aLooseLedgerValueDoesNotClearWhatPreciseFactsContradict() throws {
        let facts = [
            "fact acme.revenue @ 2025H1 = over $10B\n  source press\n",
            "fact acme.revenue @ 2025Q1 = $10.40B\n  source q\n",
            "fact acme.revenue @ 2025Q2 = $10.40B\n  source q\n",
        ]
        for ledger in [facts, facts.reversed()] {
            let analyzed = try analyzeInline(Self.acme + ledger.joined(),
                                             "claim h1\n  states acme.revenue @ 2025H1 = $19.60B\n")
            let h1 = try analyzed.result("h1")
            #expect(h1.verdict == .inconsistent)
            let tightest = try analyzed.derived("h1")
            #expect(tightest.check.verdict == .inconsistent)
            #expect(tightest.check.derivation?.value.interval.contains(20.8e9 * 2) == true)
        }
    }

    @Test func aClaimIdIsTheFigureThatClaimStatesInItsUnitAndPeriod() throws {
        let claims = """
            claim q
              states acme.sales @ 2025Q1 = $10.0B

            claim same
              states $10.0B
              because q

            claim annualized
              states $40.0B
              because q * 4

            claim rate
              states $40.0B/yr
              because q

            claim wrong
              states $12.0B
              because q

            """
        let analyzed = try analyzeInline(Self.acme, claims)
        for id in ["same", "annualized", "rate"] {
            let r = try analyzed.result(id)
            #expect(r.verdict == .consistent, "\(id): \(r.checks.map(\.problem))")
        }
        #expect(try analyzed.result("wrong").verdict == .inconsistent)
    }

    @Test func aGrowthChainOfAHundredStepsIsFollowedToItsEnd() throws {
        var ledger = Self.acme + "fact acme.users @ 2000 = 1,001\n  source q\n"
        for year in 2001...2100 { ledger += "fact acme.users.yoy @ \(year) = 0%\n  source q\n" }
        let analyzed = try analyzeInline(ledger, """
            claim end
              states acme.users @ 2100 = 2,001

            """)
        let end = try analyzed.result("end")
        #expect(end.verdict == .inconsistent)
        #expect(try analyzed.derived("end").check.derivation?.value.interval.contains(1_001) == true)
    }

    @Test func everyConflictOfAComponentIsFoundAndEachIsMinimal() throws {
        // Two independent slips on one quantity: each precise figure conflicts with the fact.
        let analyzed = try analyzeInline(Self.acme + "fact acme.revenue @ 2025 = $40.0B\n  source q\n", """
            claim a
              states acme.revenue @ 2025 = $41.0B

            claim b
              states acme.revenue @ 2025 = $39.0B

            """)
        let conflicts = Set(analyzed.analysis.conflicts.map { analyzed.names($0.support).sorted() })
        #expect(conflicts == [
            ["claim a", "claim b"],
            ["claim a", "fact acme.revenue @ 2025 (q)"],
            ["claim b", "fact acme.revenue @ 2025 (q)"],
        ])
    }
}

/// Findings about the network itself: flows stated with no period, and searches cut short.
@Suite struct NetworkFindingTests {
    @Test func aFlowStatedWithNoPeriodIsAFindingOnItsOwnClaim() throws {
        let ledger = ConstraintNetworkTests.acme + """
            metric acme.revenue_per_mw "Revenue per megawatt"
              kind flow

            """
        let analyzed = try analyzeInline(ledger, """
            claim per-mw
              states acme.revenue_per_mw = roughly $12/MW

            claim per-mw-year
              states acme.revenue_per_mw = roughly $12M/MW/yr

            claim yearly
              states acme.revenue_per_mw @ 2025 = $12M/MW

            """)
        let findings = analyzed.analysis.diagnostics.filter { $0.code == "R410" }
        #expect(findings.map(\.range?.start.line) == [3])
        #expect(findings.first?.message.hasPrefix("'acme.revenue_per_mw' is a flow") == true)
    }

    @Test func aConflictSearchCutShortIsReportedOnEveryClaimItAffects() throws {
        // Thirty different figures for a quarter that sums with a filed quarter into a filed
        // half: every pair conflicts, and a diagnosis must remove twenty-nine of them, far past
        // the hitting-set tree's bound.
        let ledger = ConstraintNetworkTests.acme + """
            fact acme.revenue @ 2025Q2 = $5.0B
              source q
            fact acme.revenue @ 2025H1 = $155.0B
              source q

            """
        let claims = (1...30).map { "claim c\($0)\n  states acme.revenue @ 2025Q1 = $\($0 * 10).0B\n" }.joined(separator: "\n")
        let analyzed = try analyzeInline(ledger, claims)
        let bounded = analyzed.analysis.diagnostics.filter { $0.code == "R411" }
        #expect(bounded.count == 30)
        #expect(bounded.first?.message.contains("the conflict search stopped at \(ConflictSearch.maximumNodes) nodes") == true)
        // The search stopped before it met every pair; the claims it did not reach are not
        // cleared, and each says why.
        #expect(analyzed.analysis.results.allSatisfy { $0.verdict != .consistent })
    }

    /// Figures stated for one quantity only are diagnosed by a sweep, exactly, however many.
    @Test func manyFiguresForOneQuantityAreDiagnosedExactly() throws {
        let claims = (1...30).map { "claim c\($0)\n  states acme.revenue @ 2025 = $\($0 * 10).0B\n" }.joined(separator: "\n")
        let analyzed = try analyzeInline(ConstraintNetworkTests.acme, claims)
        #expect(analyzed.analysis.diagnostics.filter { $0.code == "R411" }.isEmpty)
        // Any one of the thirty may be the right one: each claim is in some lightest diagnosis
        // and in none of the others' kept sets, so each is inconsistent.
        #expect(analyzed.analysis.results.allSatisfy { $0.verdict == .inconsistent })
        // 435 pairs do not meet; one is listed per blamed figure and lightest diagnosis.
        #expect(!analyzed.analysis.conflicts.isEmpty)
        #expect(analyzed.analysis.conflicts.allSatisfy { $0.support.count == 2 })
    }

    /// Ten thousand restatements of a filed figure, one in a hundred wrong: the wrong ones, and
    /// only they, are blamed, with no bound reached.
    @Test func aQuantityRestatedThousandsOfTimesIsDiagnosedWithoutABound() throws {
        let ledger = ConstraintNetworkTests.acme + "fact acme.revenue @ 2025 = $10.40B\n  source q\n"
        var claims = ""
        for i in 0..<10_000 {
            claims += "claim c\(i)\n  states acme.revenue @ 2025 = \(i % 100 == 7 ? "$11.4B" : "$10.4B")\n"
        }
        let analyzed = try analyzeInline(ledger, claims)
        #expect(analyzed.analysis.diagnostics.filter { $0.code == "R411" }.isEmpty)
        let inconsistent = analyzed.analysis.results.filter { $0.verdict == .inconsistent }.map(\.claim.id)
        #expect(inconsistent.count == 100)
        #expect(inconsistent.allSatisfy { Int($0.dropFirst()).map { $0 % 100 == 7 } == true })
    }

    /// More lightest diagnoses than are kept: a figure in every kept one may be spared by
    /// another, so the claims say the search was bounded.
    @Test func tiesBeyondTheKeptDiagnosesAreReported() throws {
        let claims = (1...40).map { "claim c\($0)\n  states acme.revenue @ 2025 = $\($0 * 10).0B\n" }.joined(separator: "\n")
        let analyzed = try analyzeInline(ConstraintNetworkTests.acme, claims)
        let bounded = analyzed.analysis.diagnostics.filter { $0.code == "R411" }
        #expect(bounded.count == 40)
        #expect(bounded.first?.message.contains("lightest diagnoses tie") == true)
    }
}

/// Which figures are wrong: the lightest diagnoses, weighted primary > secondary > article.
@Suite struct DiagnosisTests {
    @Test func equallyLikelyDiagnosesAreReportedAsATie() throws {
        let analyzed = try analyzeInline(ConstraintNetworkTests.acme, """
            claim q1
              states acme.revenue @ 2025Q1 = $10.40B

            claim q2
              states acme.revenue @ 2025Q2 = $10.40B

            claim h1
              states acme.revenue @ 2025H1 = $19.60B

            """)
        for (id, others) in [("q1", ["h1", "q2"]), ("q2", ["h1", "q1"]), ("h1", ["q1", "q2"])] {
            let r = try analyzed.result(id)
            #expect(r.verdict == .inconsistent)
            #expect(r.decision.attribution == .tie(with: others.map { Base.claim($0) }), "\(id)")
        }
    }

    @Test func aPrimarySourceOutweighsASecondaryOneAndTheArticle() throws {
        let ledger = ConstraintNetworkTests.acme + """
            fact acme.revenue @ 2025Q1 = $10.40B
              source q
            fact acme.revenue @ 2025Q2 = $10.40B
              source q
            fact acme.revenue @ 2025H1 = $19.60B
              source press

            """
        let analyzed = try analyzeInline(ledger, """
            claim follows-press
              states acme.revenue @ 2025H1 = $19.60B

            claim follows-filings
              states acme.revenue @ 2025H1 = $20.80B

            """)
        // Doubting the press report and the claim that follows it (10 + 1) is lighter than
        // doubting a filing (100) and the claim that follows the filings.
        let press = try analyzed.result("follows-press")
        #expect(press.verdict == .inconsistent)
        #expect(press.decision.attribution.map { if case .tie = $0 { true } else { false } } != true)
        let filings = try analyzed.result("follows-filings")
        #expect(filings.verdict == .consistent, "\(filings.checks.map { ($0.basis, $0.verdict) })")
        let weight = { (b: Base) in MinimumDiagnosis.weight(b, in: analyzed.project) }
        #expect(analyzed.fact("acme.revenue @ 2025Q1", source: "q").map(weight) == 100)
        #expect(analyzed.fact("acme.revenue @ 2025H1", source: "press").map(weight) == 10)
        #expect(weight(.claim("follows-press")) == 1)
    }
}

/// A ledger that contradicts itself: which facts stay evidence, and what formulas read.
@Suite struct ContradictoryLedgerTests {
    /// Eight filed quarters and a press report's growth figure two points off, as in a large
    /// archive: the filings are the ledger's word, and claims that follow them are cleared.
    @Test func aWrongSecondaryGrowthFactDoesNotTurnCorrectClaimsInconsistent() throws {
        let ledger = ConstraintNetworkTests.acme + """
            fact acme.rev @ 2024Q1 = $972.8M
              source q
            fact acme.rev @ 2024Q2 = $1029.1M
              source q
            fact acme.rev @ 2024Q3 = $1104.1M
              source q
            fact acme.rev @ 2024Q4 = $1116.1M
              source q
            fact acme.rev @ 2025Q1 = $1149.0M
              source q
            fact acme.rev @ 2025Q2 = $1173.1M
              source q
            fact acme.rev @ 2025Q3 = $1300.4M
              source q
            fact acme.rev @ 2025Q4 = $1392.2M
              source q
            fact acme.rev.yoy @ 2025Q4 = 26.7%
              source press

            """
        let analyzed = try analyzeInline(ledger, """
            claim growth-q3
              states acme.rev.yoy @ 2025Q3 = 17.8%
            claim year
              states acme.rev @ 2025 = $5014.7M
            claim monthly
              states about $383.00M/month
              because acme.rev @ 2025Q1
            claim rising
              holds acme.rev @ 2025Q3 > acme.rev @ 2025Q2
            claim growth-q4
              states acme.rev.yoy @ 2025Q4 = 24.7%

            """)
        for id in ["growth-q3", "year", "monthly", "rising", "growth-q4"] {
            #expect(try analyzed.result(id).verdict == .consistent, "\(id)")
        }
        #expect(analyzed.analysis.diagnostics.filter { ["R404", "R411"].contains($0.code) }.isEmpty,
                "\(analyzed.analysis.diagnostics.map(\.message))")
        // The press figure is named in a conflict with the filings.
        let press = try #require(analyzed.fact("acme.rev.yoy @ 2025Q4", source: "press"))
        #expect(analyzed.analysis.conflicts.contains { $0.support.contains(press) })
    }

    /// Three filings that cannot all be right (two quarters and the half year they sum to), with
    /// nothing to say which is wrong: what the ledger states for each quarter is still read.
    @Test func aTieInTheLedgerDoesNotHideWhatItStatesForAQuantity() throws {
        let ledger = ConstraintNetworkTests.acme + """
            source k "Acme 10-K"
              grade primary
            fact acme.rev @ 2025Q1 = $10.40B
              source q
            fact acme.rev @ 2025Q2 = $10.40B
              source q
            fact acme.rev @ 2025H1 = $19.60B
              source k

            """
        let analyzed = try analyzeInline(ledger, """
            claim monthly
              states about $3.47B/month
              because acme.rev @ 2025Q1

            """)
        #expect(analyzed.analysis.conflicts.count == 1)
        let monthly = try analyzed.result("monthly")
        #expect(monthly.verdict == .consistent, "\(monthly.checks.map { ($0.basis, $0.verdict, $0.problem?.message) })")
    }

    /// The article cannot outvote the ledger by repeating a figure: which facts are evidence is
    /// decided among the facts alone.
    @Test func repeatedClaimsDoNotOutweighASecondarySource() throws {
        let ledger = ConstraintNetworkTests.acme + """
            fact acme.revenue @ 2025 = $41.0B
              source press

            """
        let claims = (1...12).map { "claim c\($0)\n  states acme.revenue @ 2025 = $40.0B\n" }.joined(separator: "\n")
        let analyzed = try analyzeInline(ledger, claims)
        #expect(analyzed.analysis.results.allSatisfy { $0.verdict == .inconsistent },
                "\(analyzed.analysis.results.map { "\($0.claim.id) \($0.verdict)" })")
    }

    /// More conflicts than any one component could hold are all reported: the bounds are per
    /// component, so what is found in one part of a project does not depend on another.
    @Test func conflictsAreNotCappedOverTheProject() throws {
        let count = 1_100
        var ledger = ConstraintNetworkTests.acme
        var claims = ""
        for i in 0..<count {
            ledger += "fact acme.line\(i) @ 2025 = $1.0M\n  source q\n"
            claims += "claim c\(i)\n  states acme.line\(i) @ 2025 = $2.0M\n"
        }
        let analyzed = try analyzeInline(ledger, claims)
        #expect(analyzed.analysis.conflicts.count == count)
        #expect(analyzed.analysis.results.filter { $0.verdict == .inconsistent }.count == count)
    }
}
