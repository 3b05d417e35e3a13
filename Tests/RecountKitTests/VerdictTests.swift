import Foundation
import RecountCore
import RecountEngine
import RecountKit
import RecountModel
import RecountResolver
import RecountSyntax
import Testing

/// A small ledger for the verdict tests. Acme's fiscal year ends 30 June, like Microsoft's.
private let verdictLedger = """
    entity acme "Acme"
      fiscal-year-end 06-30

    source acme-10k "Acme annual report"
      grade primary

    fact acme.run_rate @ FY2026Q3 = $37B/yr
      source acme-10k
    fact acme.growth @ FY2026Q3 = 123%
      source acme-10k
    fact acme.price @ FY2026Q3 = $12/MW/yr
      source acme-10k
    fact acme.capacity @ FY2026Q3 = 30 GW
      source acme-10k

    """

/// What the engine made of one inline project.
private struct Checked {
    var results: [ClaimResult]
    var diagnostics: [Diagnostic]

    func result(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ClaimResult {
        try #require(results.first { $0.claim.id == id }, "no claim '\(id)'", sourceLocation: sourceLocation)
    }

    func verdict(_ id: String) -> Verdict? { results.first { $0.claim.id == id }?.verdict }
}

/// Parses, resolves and checks inline files, requiring that they load without errors.
private func check(claims: String, ledger: String = verdictLedger,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Checked {
    var documents: [Syntax.Document] = []
    var loadDiagnostics: [Diagnostic] = []
    for (path, text) in [("Evidence/acme.ledger", ledger), ("Claims/test.claims", "article t \"Test\"\n" + claims)] {
        let (document, diagnostics) = Parser.parse(SourceFile(path: path, text: text))
        documents.append(document)
        loadDiagnostics += diagnostics
    }
    let (project, resolveDiagnostics) = Resolver.resolve(documents)
    loadDiagnostics += resolveDiagnostics
    try #require(loadDiagnostics.isEmpty, "\(loadDiagnostics.map { "\($0.code) \($0.message)" })",
                 sourceLocation: sourceLocation)
    let (results, diagnostics) = Engine.check(project)
    return Checked(results: results, diagnostics: diagnostics)
}

private func isNear(_ value: Double?, _ expected: Double, within tolerance: Double = 0.0005) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}

@Suite struct VerdictTests {
    // MARK: consistent, approximate, inconsistent

    @Test func consistentWhenTheRecomputedValueMeetsThePrintedOne() throws {
        let checked = try check(claims: """
            claim monthly
              states about $3.08B/month
              because acme.run_rate @ FY2026Q3
            """)
        let r = try checked.result("monthly")
        #expect(r.verdict == .consistent)
        #expect(r.checks.count == 1)
        let check = try #require(r.checks.first)
        #expect(check.basis == .formula)
        #expect(check.problem == nil)
        // $3.08B against $37B/12 = $3.0833B.
        #expect(isNear(check.deviation, 3.08 / (37.0 / 12) - 1, within: 1e-9))
        #expect(checked.diagnostics.isEmpty)
        #expect(!r.restsOnArticleOnly)
    }

    @Test func approximateWhenOnlyTheHedgeToleranceReaches() throws {
        let checked = try check(claims: """
            claim hedged
              states about $3.2 billion/month
              because acme.run_rate @ FY2026Q3
            claim plain
              states $3.2 billion/month
              because acme.run_rate @ FY2026Q3
            """)
        // [36.5, 37.5]/12 = [3.042, 3.125] misses [3.15, 3.25] but meets it widened by 5%.
        let hedged = try checked.result("hedged")
        #expect(hedged.verdict == .approximate)
        #expect(isNear(hedged.checks.first?.deviation, 0.0378))
        // Without a hedge there is no tolerance.
        #expect(checked.verdict("plain") == .inconsistent)
    }

    @Test func aFileCanNarrowTheHedgeTolerance() throws {
        let checked = try check(claims: """
              tolerance about 0.1%
            claim hedged
              states about $3.2 billion/month
              because acme.run_rate @ FY2026Q3
            """)
        #expect(checked.verdict("hedged") == .inconsistent)
    }

    @Test func inconsistentWithTheLedgerGivesTheDeviation() throws {
        let checked = try check(claims: """
            claim growth
              states acme.growth @ FY2026Q3 = 12%
            """)
        let r = try checked.result("growth")
        #expect(r.verdict == .inconsistent)
        let check = try #require(r.checks.first)
        #expect(check.basis == .evidence(source: "acme-10k", grade: .primary))
        // (12% − 123%) / 123%
        #expect(isNear(check.deviation, -0.902))
        #expect(isNear(check.deviation, (0.12 - 1.23) / 1.23, within: 1e-12))
    }

    @Test func theWorstCheckDecidesTheVerdict() throws {
        let checked = try check(claims: """
            claim growth
              states acme.growth @ FY2026Q3 = 12%
              because 12%
            """)
        let r = try checked.result("growth")
        let direct = r.checks.filter { if case .conflict = $0.basis { false } else { true } }
        #expect(direct.map(\.verdict).sorted() == [.consistent, .inconsistent])
        // The ledger's 123% against the claim's 12% is also a conflict that blames the claim.
        #expect(r.checks.contains { if case .conflict = $0.basis { $0.verdict == .inconsistent } else { false } })
        #expect(r.verdict == .inconsistent)
    }

    // MARK: undetermined

    @Test func undeterminedWhenAnInputIsMissing() throws {
        let checked = try check(claims: """
            claim missing
              states $5B
              because acme.nothing @ FY2026Q3 * 2
            """)
        let r = try checked.result("missing")
        #expect(r.verdict == .undetermined)
        let problem = try #require(r.checks.first?.problem)
        #expect(problem.code == "R404")
        #expect(problem.message.contains("acme.nothing @ FY2026Q3"))
        #expect(problem.range?.start.line == 4)
        #expect(checked.diagnostics.map(\.code) == ["R404"])
    }

    @Test func aRatePerMegawattTimesCapacityIsARateNotAnAmount() throws {
        let checked = try check(claims: """
            claim per-year
              states $360K/yr
              because acme.price @ FY2026Q3 * acme.capacity @ FY2026Q3
            claim amount
              states $360K
              because acme.price @ FY2026Q3 * acme.capacity @ FY2026Q3
            """)
        // $12/MW/yr × 30 GW = $12 × 30,000 per year.
        #expect(checked.verdict("per-year") == .consistent)
        let amount = try checked.result("amount")
        #expect(amount.verdict == .undetermined)
        let problem = try #require(amount.checks.first?.problem)
        #expect(problem.code == "R421")
        #expect(problem.message.contains("USD") && problem.message.contains("time"))
        #expect(checked.diagnostics.map(\.code) == ["R421"])
    }

    @Test func divisionByAnIntervalThatMayBeZeroIsUndetermined() throws {
        // 123% − 122.6% is 0.4% at face value, but as printed it spans [−0.15%, 0.95%].
        let checked = try check(claims: """
            claim ratio
              states $9T/yr
              because acme.run_rate @ FY2026Q3 / (acme.growth @ FY2026Q3 - 122.6%)
            claim safe
              states $370B/yr
              because acme.run_rate @ FY2026Q3 / (acme.growth @ FY2026Q3 - 113%)
            """)
        let r = try checked.result("ratio")
        #expect(r.verdict == .undetermined)
        let problem = try #require(r.checks.first?.problem)
        #expect(problem.code == "R402")
        #expect(checked.diagnostics.map(\.code) == ["R402"])
        // A divisor whose interval excludes zero is evaluated: $37B / 10%.
        #expect(checked.verdict("safe") == .consistent)
    }

    // MARK: sourced

    @Test func aNamedFigureWithNothingToCheckItIsSourcedNeverConsistent() throws {
        let checked = try check(claims: """
            claim staff
              states acme.employees @ FY2026Q3 = 5,000
              source acme-10k
            claim staff-unattributed
              states acme.contractors @ FY2026Q3 = 700
            """)
        for id in ["staff", "staff-unattributed"] {
            let r = try checked.result(id)
            #expect(r.verdict == .sourced, "\(id)")
            #expect(r.checks.isEmpty)
            #expect(r.restsOnArticleOnly)
        }
        #expect(checked.diagnostics.isEmpty)
    }

    // MARK: holds

    /// Figures with printed precision to compare: each stands for the interval that prints as
    /// written (`5` is [4.5, 5.5], `5.2` is [5.15, 5.25]).
    private static let figures = verdictLedger + """
        fact acme.three = 3
          source acme-10k
        fact acme.five = 5
          source acme-10k
        fact acme.five_two = 5.2
          source acme-10k
        fact acme.nine = 9
          source acme-10k
        fact acme.bn3 = $3B
          source acme-10k
        fact acme.bn3_2 = $3.2B
          source acme-10k
        fact acme.bn5 = $5B
          source acme-10k

        """

    @Test(arguments: [
        // (comparison, verdict, margin at face value)
        ("three < five", Verdict.consistent, 0.4),            // [2.5, 3.5] wholly below [4.5, 5.5]
        ("nine < five", Verdict.inconsistent, -0.8),          // wholly above
        ("five < five_two", Verdict.approximate, 0.2 / 5.2),  // overlaps; holds at face value
        ("five_two < five", Verdict.approximate, -0.04),      // overlaps; fails at face value
        ("five <= five", Verdict.approximate, 0.0),
        ("nine > five", Verdict.consistent, 0.8),
        ("three > five", Verdict.inconsistent, -0.4),
        ("three >= five", Verdict.inconsistent, -0.4),
        ("nine >= five", Verdict.consistent, 0.8),
        ("five_two >= five", Verdict.approximate, 0.04),
        ("bn3 = bn3_2", Verdict.consistent, -0.2 / 3.2),      // [2.5, 3.5] meets [3.15, 3.25]
        ("bn3 = bn5", Verdict.inconsistent, -0.4),
    ])
    func holdsIsCertainPossibleOrImpossible(_ c: (String, Verdict, Double)) throws {
        let sides = c.0.split(separator: " ")
        let checked = try check(claims: """
            claim comparison
              holds acme.\(sides[0]) \(sides[1]) acme.\(sides[2])
            """, ledger: Self.figures)
        let r = try checked.result("comparison")
        #expect(r.verdict == c.1)
        let check = try #require(r.checks.first)
        let relation = try #require(ComparisonOperator(rawValue: String(sides[1])))
        #expect(check.basis == .comparison(relation))
        #expect(isNear(check.margin, c.2, within: 1e-12), "margin \(String(describing: check.margin))")
    }

    /// Numbers written inside a formula (`/ 10`, `1 + …`, `1 month`) are exact, unlike stated
    /// figures, so a comparison of two written constants is decided at face value.
    @Test func formulaConstantsAreExact() throws {
        let checked = try check(claims: """
            claim constants
              holds 5 < 5.2
            claim reversed
              holds 5.2 < 5
            """)
        #expect(checked.verdict("constants") == .consistent)
        #expect(checked.verdict("reversed") == .inconsistent)
    }

    @Test func holdsOverQuantitiesConvertsRatesAndChecksDimensions() throws {
        let checked = try check(claims: """
            claim month-below
              holds acme.run_rate @ FY2026Q3 * 1 month < $3.2B
            claim year-below
              holds acme.run_rate @ FY2026Q3 * 1 year < $3.2B
            claim over-the-quarter
              holds acme.run_rate @ FY2026Q3 < $3.2B
            claim mismatch
              holds acme.price @ FY2026Q3 * acme.capacity @ FY2026Q3 < $3.2B
            """)
        let month = try checked.result("month-below")
        #expect(month.verdict == .consistent)
        #expect(isNear(month.checks.first?.margin, (3.2 - 37.0 / 12) / 3.2, within: 1e-9))
        let year = try checked.result("year-below")
        #expect(year.verdict == .inconsistent)
        #expect((year.checks.first?.margin ?? 0) < 0)
        // A flow over a quarter against an amount is its amount over the quarter: $37B/yr × ¼ yr.
        let quarter = try checked.result("over-the-quarter")
        #expect(quarter.verdict == .inconsistent)
        #expect(isNear((quarter.checks.first?.derivation?.value.nominal).map { $0 / 1e9 }, 9.25, within: 1e-9))
        // A price per megawatt-year times a capacity is a rate that no period turns into an amount.
        let mismatch = try checked.result("mismatch")
        #expect(mismatch.verdict == .undetermined)
        #expect(mismatch.checks.first?.problem?.code == "R421")
    }

    // MARK: the seed

    @Test func theSeedArticleGetsItsExpectedVerdictsAndDeviations() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let audit = Audit.run(paths: [], root: root)
        #expect(!audit.loadFailed)
        let byID = Dictionary(uniqueKeysWithValues: audit.results.map { ($0.claim.id, $0) })

        // $16.59B against $37B / 1.12 = $33.04B.
        let priorYear = try #require(byID["msft-prior-year"])
        #expect(priorYear.verdict == .inconsistent)
        let formula = try #require(priorYear.checks.first { $0.basis == .formula })
        #expect(isNear(formula.deviation, -0.498))
        #expect(isNear(formula.deviation, 16.59 / (37 / 1.12) - 1, within: 1e-9))

        let growth = try #require(byID["msft-growth"])
        #expect(growth.verdict == .inconsistent)
        let evidence = growth.checks.filter { if case .evidence = $0.basis { true } else { false } }
        #expect(evidence.count == 2)
        #expect(evidence.allSatisfy { isNear($0.deviation, -0.902) })
        // Every check names the dropped digit, so the claim does.
        #expect(growth.cause == .droppedDigit(implied: "123%", printed: "12%"))

        #expect(byID["msft-monthly"]?.verdict == .consistent)
        let tenth = try #require(byID["msft-tenth"])
        #expect(tenth.verdict == .consistent)
        #expect((tenth.checks.first?.margin ?? -1) > 0)
        #expect(audit.expectationMismatches.isEmpty)
    }
}

/// `!=` is the negation of `=`: it holds when the two sides share no value.
@Suite struct NotEqualTests {
    static let ledger = """
        entity drax "Drax"
        source r "Annual report"
          grade primary
        fact drax.line_a @ 2025 = £198m
          source r
        fact drax.line_b @ 2025 = £138m
          source r
        fact drax.line_c @ 2025 = £48m
          source r
        fact drax.headline @ 2025 = £378m
          source r
        fact drax.total @ 2025 = £384m
          source r

        """

    @Test func linesThatDoNotSumToTheHeadlineAreConsistentAndOnesThatDoAreNot() throws {
        let analyzed = try analyzeInline(Self.ledger, """
            claim do-not-sum
              holds drax.line_a @ 2025 + drax.line_b @ 2025 + drax.line_c @ 2025 != drax.headline @ 2025
            claim sign
              holds drax.line_a @ 2025 + drax.line_b @ 2025 + drax.line_c @ 2025 ≠ drax.headline @ 2025
            claim do-sum
              holds drax.line_a @ 2025 + drax.line_b @ 2025 + drax.line_c @ 2025 != drax.total @ 2025

            """)
        #expect(try analyzed.result("do-not-sum").verdict == .consistent)
        #expect(try analyzed.result("sign").verdict == .consistent)
        #expect(try analyzed.result("do-sum").verdict == .inconsistent)
    }

    /// Touching bounds share a value: 11 and 12 printed to units may both be 11.5.
    @Test func figuresWhoseIntervalsTouchMayBeEqual() throws {
        let analyzed = try analyzeInline("""
            entity acme "Acme"
            source k "10-K"
              grade primary
            fact acme.a @ 2025 = 11
              source k
            fact acme.b @ 2025 = 12
              source k
            fact acme.c @ 2025 = 13
              source k

            """, """
            claim touching
              holds acme.a @ 2025 != acme.b @ 2025
            claim apart
              holds acme.a @ 2025 != acme.c @ 2025

            """)
        #expect(try analyzed.result("touching").verdict == .inconsistent)
        #expect(try analyzed.result("apart").verdict == .consistent)
    }
}

/// `~` is `=` once the right side is widened by the article's `about` tolerance (5% unless the
/// article sets another).
@Suite struct ApproximatelyTests {
    static let ledger = """
        entity acme "Acme"
        source k "10-K"
          grade primary
        fact acme.a @ 2025 = $104M
          source k
        fact acme.b @ 2025 = $100.0M
          source k
        fact acme.c @ 2025 = $120.0M
          source k

        """

    @Test func withinTheAboutToleranceHoldsAndBeyondItDoesNot() throws {
        let analyzed = try analyzeInline(Self.ledger, """
            claim near
              holds acme.a @ 2025 ~ acme.b @ 2025
            claim sign
              holds acme.a @ 2025 ≈ acme.b @ 2025
            claim far
              holds acme.c @ 2025 ~ acme.b @ 2025

            """)
        #expect(try analyzed.result("near").verdict == .consistent)
        #expect(try analyzed.result("sign").verdict == .consistent)
        #expect(try analyzed.result("far").verdict == .inconsistent)
    }

    /// $104M against $100.0M: within 5%, not within 2%.
    @Test func anArticleCanNarrowTheTolerance() throws {
        let text = "article t \"Test\"\n  tolerance about 2%\n\nclaim near\n  holds acme.a @ 2025 ~ acme.b @ 2025\n"
        let (ledger, _) = Parser.parse(SourceFile(path: "Evidence/t.ledger", text: Self.ledger))
        let (claims, problems) = Parser.parse(SourceFile(path: "Claims/t.claims", text: text))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let (project, resolveProblems) = Resolver.resolve([ledger, claims])
        #expect(resolveProblems.isEmpty, "\(resolveProblems.map(\.message))")
        let result = try #require(Engine.analyze(project).results.first)
        #expect(result.verdict == .inconsistent)
    }

    @Test func wideningIsAFractionOfTheLargestMagnitude() {
        let widened = Interval(100, 110).widened(byFraction: 0.05)
        #expect(widened.lower <= 94.5 && widened.lower > 94.49)
        #expect(widened.upper >= 115.5 && widened.upper < 115.51)
        #expect(Interval(1, .infinity).widened(byFraction: 0.05) == Interval(1, .infinity))
    }
}
