import RecountCore
@testable import RecountEngine
import RecountModel
import RecountReport
import Testing

/// An amount stated with no quantity against flows over one period: compared over that period,
/// and shown as amounts (issue 13, "Adding up a budget's lines trips a unit error").
@Suite struct FlowsOverPeriodTests {
    /// A town whose fiscal year ends in June: its FY2026 is July 2025 to June 2026, and its
    /// FY2026Q3 is January to March 2026, the calendar 2026Q1.
    static let ledger = """
        entity town "Town"
          fiscal-year-end 06-30
        source s "Adopted budget"
          grade primary
        fact town.police @ FY2026 = $412 million
          source s
        fact town.schools @ FY2026 = $385 million
          source s
        fact town.parks @ FY2026 = $106 million
          source s
        fact town.schools @ FY2025 = $380 million
          source s
        fact town.police @ FY2026Q3 = $101 million
          source s
        fact town.parks @ 2026Q1 = $27 million
          source s
        fact town.price @ FY2026 = $12/MW/yr
          source s
        fact town.capacity @ FY2026 = 30 GW
          source s
        """

    static let lines = "town.police @ FY2026 + town.schools @ FY2026 + town.parks @ FY2026"

    /// The project with one claim, `total`, stating `figure` for the sum of the three lines.
    static func total(_ figure: String) throws -> (Analyzed, ClaimResult) {
        let a = try analyzeInline(ledger, "claim total\n  states \(figure)\n  because \(lines)\n")
        return (a, try a.result("total"))
    }

    @Test func threeBudgetLinesAddUpToTheirTotalWithNoCeremony() throws {
        let (a, r) = try Self.total("$903 million")
        #expect(r.verdict == .consistent)
        let check = try #require(r.checks.first)
        #expect(check.problem == nil)
        let d = try #require(check.derivation)
        // The sum is an amount over FY2026, not a rate per year, and reads as one.
        #expect(d.value.dimension == .currency("USD"))
        #expect(abs(d.value.nominal - 903e6) < 1)
        #expect(d.flowPeriod?.label == "FY2026")
        #expect(DerivationText.substituted(d) == "$412 million + $385 million + $106 million")
        #expect(ValueText.nominal(d.valueInUnit, in: d.unit) == "$903 million")
        #expect(a.analysis.diagnostics.isEmpty)
    }

    @Test func aWrongTotalIsInconsistentWithItsDeviation() throws {
        let (_, r) = try Self.total("$930 million")
        #expect(r.verdict == .inconsistent)
        let check = try #require(r.checks.first)
        let deviation = try #require(check.deviation)
        #expect(abs(deviation - (930.0 - 903.0) / 903.0) < 1e-9)
        #expect(check.slips.contains { if case .transposedDigits = $0 { true } else { false } })
    }

    @Test func flowsOverDifferentPeriodsAreAFindingThatNamesThem() throws {
        let a = try analyzeInline(Self.ledger, """
            claim total
              states $792 million
              because town.police @ FY2026 + town.schools @ FY2025
            claim below
              holds town.police @ FY2026 + town.schools @ FY2025 < $1 billion
            """)
        for id in ["total", "below"] {
            let r = try a.result(id)
            #expect(r.verdict == .undetermined, "\(id)")
            let problem = try #require(r.checks.first?.problem)
            #expect(problem.code == "R420")
            #expect(problem.message == "cannot compare USD with flows over different periods: FY2025, FY2026")
            #expect(problem.hint?.hasPrefix("the inputs are flows over FY2025 and FY2026;") == true)
            #expect(problem.hint?.contains("1 month") == false)
        }
        #expect(a.analysis.diagnostics.map(\.code) == ["R420", "R420"])
    }

    @Test func aQuarterlySumMeetsAQuarterlyTotalInEitherCalendar() throws {
        // FY2026Q3 and 2026Q1 cover the same days, so they are one period.
        let a = try analyzeInline(Self.ledger, """
            claim quarter
              states $128 million
              because town.police @ FY2026Q3 + town.parks @ 2026Q1
            claim quarter-wrong
              states $182 million
              because town.police @ FY2026Q3 + town.parks @ 2026Q1
            """)
        let r = try a.result("quarter")
        #expect(r.verdict == .consistent)
        let d = try #require(r.checks.first?.derivation)
        #expect(abs(d.value.nominal - 128e6) < 1)
        #expect(DerivationText.substituted(d) == "$101 million + $27 million")
        #expect(try a.result("quarter-wrong").verdict == .inconsistent)
    }

    @Test func aShareOfAFlowIsAFlowOverItsPeriodAndARatioIsANumber() throws {
        let a = try analyzeInline(Self.ledger, """
            claim half
              states $206 million
              because town.police @ FY2026 * 50%
            claim per-line
              states $301 million
              because (\(Self.lines)) / 3
            claim ratio
              states 25.7%
              because town.parks @ FY2026 / town.police @ FY2026
            claim amount-already
              states $412 million
              because town.police @ FY2026 * 1 year
            """)
        #expect(try a.result("half").verdict == .consistent)
        #expect(try DerivationText.substituted(#require(a.result("half").checks.first?.derivation)) == "$412 million * 50%")
        #expect(try a.result("per-line").verdict == .consistent)
        #expect(try a.result("ratio").verdict == .consistent)
        #expect(try a.result("amount-already").verdict == .consistent)
        #expect(a.analysis.diagnostics.isEmpty)
    }

    @Test func aComparisonOfAnAmountWithFlowsIsMadeOverTheirPeriod() throws {
        let a = try analyzeInline(Self.ledger, """
            claim below
              holds town.police @ FY2026 + town.parks @ FY2026 < $600 million
            claim above
              holds $500 million < town.police @ FY2026 + town.parks @ FY2026
            claim wrong
              holds town.police @ FY2026 + town.parks @ FY2026 < $500 million
            """)
        #expect(try a.result("below").verdict == .consistent)
        let margin = try #require(a.result("below").checks.first?.margin)
        #expect(abs(margin - (600.0 - 518.0) / 600.0) < 1e-9)
        #expect(try a.result("above").verdict == .consistent)
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func aReadingOfTheTotalIsComparedOverThePeriodToo() throws {
        let a = try analyzeInline(Self.ledger, """
            claim total
              quote "the lines come to $903 million"
              reading budget
                states $903 million
                because \(Self.lines)
            """)
        let r = try a.result("total")
        #expect(r.readings.map(\.verdict) == [.consistent])
        #expect(r.verdict == .consistent)
    }

    @Test func anotherClaimsFlowAddsToTheLedgersFlowsOverTheSamePeriod() throws {
        let a = try analyzeInline(Self.ledger, """
            claim two-lines
              states town.two_lines @ FY2026 = $797 million
            claim total
              states $903 million
              because two-lines + town.parks @ FY2026
            claim rest
              states $491 million
              because two-lines - town.police @ FY2026 + town.parks @ FY2026
            """)
        let total = try a.result("total")
        #expect(total.verdict == .consistent)
        #expect(try DerivationText.substituted(#require(total.checks.first?.derivation)) == "$797 million + $106 million")
        #expect(try a.result("rest").verdict == .consistent)
        #expect(a.analysis.diagnostics.isEmpty)
    }

    @Test func aRateWithNoPeriodStaysAFinding() throws {
        let a = try analyzeInline(Self.ledger, """
            claim revenue
              states $360K
              because town.price @ FY2026 * town.capacity @ FY2026
            """)
        let r = try a.result("revenue")
        #expect(r.verdict == .undetermined)
        let problem = try #require(r.checks.first?.problem)
        #expect(problem.code == "R421")
        #expect(problem.message.hasPrefix("cannot compare USD with USD/time"))
    }
}
