import RecountCore
import RecountEngine
import RecountModel
import Testing

// Half-year flows: H1 and H2 periods, the `half` time unit, and how they meet quarters and years.

private let ledger = """
    entity acme "Acme"
    entity msft "Microsoft"
      fiscal-year-end 06-30
    source s "Acme interim report"
      grade primary
    fact acme.revenue @ 2025Q1 = $2.1B
      source s
    fact acme.revenue @ 2025Q2 = $2.3B
      source s
    fact msft.revenue @ FY2026Q1 = $77.7B
      source s
    fact msft.revenue @ FY2026Q2 = $81.3B
      source s

    """

@Suite struct HalfTests {
    @Test func aHalfIsTheSumOfItsQuartersInEverySpelling() throws {
        let a = try analyzeInline(ledger, """
            claim compact
              states acme.revenue @ 2025H1 = $4.4B
            claim spaced
              states acme.revenue @ H1 2025 = $4.4B
            claim fiscal
              states msft.revenue @ FY2026H1 = $159B
            claim fiscal-spaced
              states msft.revenue @ H1 FY2026 = $159B
            claim calendar-of-fiscal
              states msft.revenue @ 2025H2 = $159B
            claim wrong
              states acme.revenue @ 2025H1 = $4.0B
            """)
        for id in ["compact", "spaced", "fiscal", "fiscal-spaced", "calendar-of-fiscal"] {
            let (relation, check) = try a.derived(id)
            #expect(relation == "sum of quarters", "\(id)")
            #expect(check.verdict == .consistent, "\(id)")
        }
        #expect(try a.result("wrong").verdict == .inconsistent)
    }

    @Test func aFlowPerHalfIsTheHalfsAmountAndAnnualisesByTwo() throws {
        let a = try analyzeInline(ledger, """
            claim per-half
              states acme.revenue @ 2025H1 = $4.4B/half
            claim per-year
              states acme.revenue @ 2025H1 = $8.8B/yr
            claim annualised
              states $8.8B/yr
              because acme.revenue @ 2025H1
            claim amount
              states $4.4B
              because acme.revenue @ 2025H1 * 1 half
            claim doubled-wrongly
              states $4.4B/yr
              because acme.revenue @ 2025H1
            """)
        for id in ["per-half", "per-year", "annualised", "amount"] {
            #expect(try a.result(id).verdict == .consistent, "\(id)")
        }
        // H1's $4.4B is $8.8B a year, not $4.4B a year.
        #expect(try a.result("doubled-wrongly").verdict == .inconsistent)
        let (_, check) = try a.derived("per-half")
        #expect(check.derivation?.value.interval.contains(8.8e9) == true, "held per year: twice the half's amount")
    }

    @Test func halvesSumToTheYear() throws {
        let a = try analyzeInline(ledger + """
            fact acme.cost @ 2025H1 = $1.5B/half
              source s
            fact acme.cost @ 2025H2 = $1.7B
              source s

            """, """
            claim year
              states acme.cost @ 2025 = $3.2B
            """)
        let (relation, check) = try a.derived("year")
        #expect(relation == "sum of halves")
        #expect(check.verdict == .consistent)
    }
}
