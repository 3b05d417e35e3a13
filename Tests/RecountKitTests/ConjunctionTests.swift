@testable import RecountEngine
@testable import RecountModel
import Testing

/// `holds A and B`: each comparison is a check of its own, and the worst is the claim's verdict.
@Suite struct ConjunctionTests {
    static let ledger = """
        entity acme "Acme"
        source s "S"
          grade primary
        fact acme.cash @ 2025-12-31 = $11.2B
          source s
        fact acme.cash @ 2024-12-31 = $9.8B
          source s
        """

    @Test(arguments: [
        ("acme.cash @ 2025-12-31 >= $10B and acme.cash @ 2025-12-31 <= $12B", Verdict.consistent, 2),
        ("acme.cash @ 2025-12-31 > $11.5B and acme.cash @ 2025-12-31 > acme.cash @ 2024-12-31", .inconsistent, 2),
        ("acme.cash @ 2025-12-31 > acme.cash @ 2024-12-31 and acme.cash @ 2025-12-31 > $11.2B", .approximate, 2),
        ("acme.cash @ 2025-12-31 > $1B and acme.cash @ 2025-12-31 > $2B and acme.cash @ 2025-12-31 > $3B", .consistent, 3),
    ])
    func theWorstComparisonIsTheVerdict(_ comparisons: String, _ verdict: Verdict, _ checks: Int) throws {
        let a = try analyzeInline(Self.ledger, "claim c\n  holds \(comparisons)\n")
        let r = try a.result("c")
        #expect(r.verdict == verdict)
        #expect(r.checks.count == checks)
    }
}
