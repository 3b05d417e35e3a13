import RecountCore
import RecountEngine
import RecountModel
import Testing

/// Months sum into quarters, halves and years, as quarters do (issue 11, point 6a).
@Suite struct MonthSumTests {
    private static let entities = """
        entity acme "Acme"
        entity orcl "Oracle"
          fiscal-year-end 05-31
        source s "S"
          grade primary

        """

    /// Facts for consecutive months of `metric`, starting at `first` (year, month), in $B.
    private static func months(_ entity: String, from first: (Int, Int), _ values: [String]) -> String {
        values.enumerated().map { i, value in
            let index = first.0 * 12 + first.1 - 1 + i
            let month = index % 12 + 1
            return "fact \(entity).revenue @ \(index / 12)-\(month < 10 ? "0" : "")\(month) = $\(value)B\n  source s\n"
        }.joined()
    }

    @Test(arguments: [("3.3", Verdict.consistent), ("3.9", .inconsistent)])
    func threeMonthsGiveTheirQuarter(_ stated: String, _ expected: Verdict) throws {
        let analyzed = try analyzeInline(Self.entities + Self.months("acme", from: (2025, 1), ["1.0", "1.1", "1.2"]),
                                         "claim q\n  states acme.revenue @ 2025Q1 = $\(stated)B\n")
        let result = try analyzed.result("q")
        #expect(result.verdict == expected)
        let derived = try analyzed.derived("q")
        #expect(derived.relation == "sum of months")
        #expect(derived.check.verdict == expected)
    }

    @Test func aWrongQuarterConflictsWithItsMonths() throws {
        let analyzed = try analyzeInline(Self.entities + Self.months("acme", from: (2025, 1), ["1.0", "1.1", "1.2"]),
                                         "claim q\n  states acme.revenue @ 2025Q1 = $3.9B\n")
        let conflict = try #require(analyzed.analysis.conflicts.first)
        #expect(analyzed.names(conflict.support).sorted() == [
            "claim q", "fact acme.revenue @ 2025-01 (s)", "fact acme.revenue @ 2025-02 (s)",
            "fact acme.revenue @ 2025-03 (s)",
        ])
    }

    @Test func sixAndTwelveMonthsGiveTheirHalfAndYear() throws {
        let values = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.0", "2.1"]
        let analyzed = try analyzeInline(Self.entities + Self.months("acme", from: (2025, 1), values), """
            claim h1
              states acme.revenue @ 2025H1 = $7.5B
            claim year
              states acme.revenue @ 2025 = $18.6B
            claim wrong-year
              states acme.revenue @ 2025 = $19.6B
            """)
        #expect(try analyzed.result("h1").verdict == .consistent)
        #expect(try analyzed.result("year").verdict == .consistent)
        #expect(try analyzed.result("wrong-year").verdict == .inconsistent)
    }

    /// A quarter and two of its months give the third month.
    @Test func aQuarterAndTwoMonthsGiveTheThird() throws {
        let analyzed = try analyzeInline(Self.entities + Self.months("acme", from: (2025, 1), ["1.0", "1.1"]) + """
            fact acme.revenue @ 2025Q1 = $3.3B
              source s

            """, "claim march\n  states acme.revenue @ 2025-03 = $1.2B\n")
        let derived = try analyzed.derived("march")
        #expect(derived.relation == "sum of months")
        #expect(derived.check.verdict == .consistent)
    }

    /// Months are parts of the quarters of the entity's fiscal calendar: Oracle's first fiscal
    /// quarter of 2026 is June to August 2025.
    @Test func monthsFollowTheFiscalCalendar() throws {
        let analyzed = try analyzeInline(Self.entities + Self.months("orcl", from: (2025, 6), ["1.0", "1.1", "1.2"]),
                                         "claim q\n  states orcl.revenue @ FY2026Q1 = $3.3B\n")
        #expect(try analyzed.result("q").verdict == .consistent)
    }
}
